package dev.valuex.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CdnowTest {

  private static void within(double expected, double actual, double relative, String what) {
    assertEquals(expected, actual, Math.abs(expected) * relative, what);
  }

  @Test
  void bgNbdFitReproducesThePublishedEstimatesWithinHalfAPercent() {
    BgNbdFit fit = BgNbdModel.fit(Cdnow.summary());
    System.out.println("CDNOW BG/NBD: " + fit.r() + ", " + fit.alpha() + ", " + fit.a() + ", "
        + fit.b() + ", LL " + fit.logLikelihood() + ", evaluations " + fit.evaluations());
    within(0.2426, fit.r().value(), 0.005, "r");
    within(4.4135, fit.alpha().value(), 0.005, "alpha");
    within(0.7929, fit.a().value(), 0.005, "a");
    within(2.4258, fit.b().value(), 0.005, "b");
    within(-9582.4, fit.logLikelihood(), 0.005, "log-likelihood");
    assertEquals(2357, fit.customers());
  }

  @Test
  void gammaGammaFitReproducesThePublishedEstimatesOnTheRepeatBuyers() {
    ImmutableList<PurchaseHistory> repeat = Cdnow.summary().stream()
        .filter(h -> h.frequency() > 0).collect(ImmutableList.toImmutableList());
    assertEquals(946, repeat.size());
    GammaGammaFit fit = GammaGammaModel.fit(repeat);
    System.out.println("CDNOW Gamma-Gamma: " + fit.p() + ", " + fit.q() + ", " + fit.v()
        + ", spend-frequency correlation " + fit.spendFrequencyCorrelation());
    within(6.25, fit.p().value(), 0.005, "p");
    within(3.74, fit.q().value(), 0.005, "q");
    within(15.45, fit.v().value(), 0.005, "v");
  }

  @Test
  void summaryBuiltFromTheTransactionsMatchesThePublishedSummary() {
    ImmutableList<PurchaseHistory> built = PurchaseHistory.summarize(Cdnow.transactions(),
        Cdnow.CALIBRATION_END, ChronoUnit.WEEKS);
    Map<String, PurchaseHistory> published = Cdnow.summary().stream()
        .collect(Collectors.toMap(PurchaseHistory::customer, Function.identity()));
    assertEquals(published.size(), built.size());
    for (PurchaseHistory h : built) {
      PurchaseHistory p = published.get(h.customer());
      assertEquals(p.frequency(), h.frequency(), h.customer());
      assertEquals(p.recency(), h.recency(), 0.0051, h.customer());
      assertEquals(p.age(), h.age(), 0.0051, h.customer());
      assertEquals(p.meanRepeatSpend(), h.meanRepeatSpend(), 0.0051, h.customer());
    }
  }
}
