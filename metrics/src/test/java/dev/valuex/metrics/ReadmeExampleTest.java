package dev.valuex.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's metrics sample, verbatim between the markers, so it cannot rot. */
class ReadmeExampleTest {
  @Test
  void readmeSampleComputesMetricsAndReadings() {
    // README-SAMPLE-START
    NetPromoterScore nps = NetPromoterScore.fromAnswers(10, 9, 9, 8, 7, 6, 10, 3, 9, 10);
    Interval ci = nps.confidenceInterval(0.95, NpsIntervalMethod.ADJUSTED_WALD);
    NpsDifference change = nps.difference(NetPromoterScore.of(40, 30, 30));

    double clv = LifetimeValue.closedForm(100, Rate.ofPercent(80), Rate.ofPercent(10));

    AttributeProfile quality = AttributeProfile.of(
        AttributeRating.ofRatio("recovery", 40, 3.0),
        AttributeRating.ofRatio("hospital stay", 30, 2.0),
        AttributeRating.ofRatio("complications", 10, 1.5),
        AttributeRating.ofRatio("scar", 5, 1.4),
        AttributeRating.ofRatio("operation time", 15, 2.0));
    double value = FairValueLine.diagonal()
        .distance(ValueMapPosition.of("endoscopic", quality, RelativePrice.fromPrices(1.2, 1)));

    MetricReading reading = nps.readingOn(LocalDate.of(2026, 3, 31));
    System.out.printf("NPS %.0f (95%% CI %.0f to %.0f), p = %.2f; CLV %.2f; value %.1f%n",
        nps.score(), ci.lower(), ci.upper(), change.pValue(), clv, value);
    // README-SAMPLE-END
    assertEquals(40.0, nps.score(), 1e-12); // 6 promoters, 2 passives, 2 detractors
    assertEquals(266.67, clv, 0.005);
    assertEquals(232.0, quality.score(), 1e-9);
    assertEquals((232 - 120) / Math.sqrt(2), value, 1e-9);
    assertEquals(40.0, reading.value(), 1e-12);
  }
}
