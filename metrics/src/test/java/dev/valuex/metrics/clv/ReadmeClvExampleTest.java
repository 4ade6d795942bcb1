package dev.valuex.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.metrics.Rate;
import dev.valuex.metrics.TimeSpan;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's CLV sample, verbatim between the markers, run on simulated purchases. */
class ReadmeClvExampleTest {
  @Test
  void readmeSampleFitsTheModelsAndValuesACustomer() {
    List<Purchase> purchases = new Simulation(42).purchases(2_000,
        BgNbdModel.of(0.25, 4, 0.8, 2.5, ChronoUnit.WEEKS), GammaGammaModel.of(6, 4, 15),
        LocalDate.of(2025, 12, 31));
    // README-SAMPLE-START
    List<PurchaseHistory> customers = PurchaseHistory.summarize(purchases,
        LocalDate.of(2025, 12, 31), ChronoUnit.WEEKS);     // recency and age in weeks
    BgNbdFit counts = BgNbdModel.fit(customers);            // r, alpha, a, b with standard errors
    GammaGammaFit spend = GammaGammaModel.fit(customers);   // p, q, v; warnings() on correlation
    PurchaseHistory first = customers.get(0);
    double alive = counts.model().probabilityAlive(first);
    double nextYear = counts.model()
        .expectedRepeatPurchases(first, TimeSpan.of(1, ChronoUnit.YEARS));
    LifetimeValueTerms terms = LifetimeValueTerms.builder()
        .horizon(TimeSpan.of(3, ChronoUnit.YEARS))
        .step(TimeSpan.of(1, ChronoUnit.MONTHS))
        .discountRate(Rate.ofPercent(10))
        .discountPeriod(TimeSpan.of(1, ChronoUnit.YEARS))  // 10% per year, stated
        .margin(Rate.ofPercent(30))
        .build();
    double clv = ExpectedLifetimeValue.discounted(counts.model(), spend.model(), first, terms);
    System.out.printf("r %.3f (se %.3f); P(alive) %.2f; next year %.2f; CLV %.2f%n",
        counts.r().value(), counts.r().standardError(), alive, nextYear, clv);
    // README-SAMPLE-END
    assertTrue(alive >= 0 && alive <= 1 && nextYear >= 0 && clv >= 0);
    assertTrue(counts.r().lower95() < 0.25 * 1.5 && 0.25 / 1.5 < counts.r().upper95());
  }
}
