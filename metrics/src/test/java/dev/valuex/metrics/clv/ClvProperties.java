package dev.valuex.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.metrics.Rate;
import dev.valuex.metrics.TimeSpan;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

class ClvProperties {

  @Provide
  Arbitrary<BgNbdModel> models() {
    return Combinators.combine(
        Arbitraries.doubles().between(0.05, 5),
        Arbitraries.doubles().between(0.5, 50),
        Arbitraries.doubles().between(0.2, 5),
        Arbitraries.doubles().between(1, 10))
        .as((r, alpha, a, b) -> BgNbdModel.of(r, alpha, a, b, ChronoUnit.WEEKS));
  }

  @Provide
  Arbitrary<PurchaseHistory> histories() {
    return Combinators.combine(
        Arbitraries.integers().between(0, 40),
        Arbitraries.doubles().between(0, 1),
        Arbitraries.doubles().between(0, 60),
        Arbitraries.doubles().between(1, 200))
        .as((x, share, age, spend) -> PurchaseHistory.builder().customer("c").frequency(x)
            .recency(x == 0 ? 0 : share * age).age(age).meanRepeatSpend(x == 0 ? 0 : spend)
            .unit(ChronoUnit.WEEKS).build());
  }

  @Property(tries = 300)
  void probabilityAliveIsAProbability(@ForAll("models") BgNbdModel model,
      @ForAll("histories") PurchaseHistory history) {
    double p = model.probabilityAlive(history);
    assertTrue(p >= 0 && p <= 1, "P(alive) = " + p);
  }

  @Property(tries = 300)
  void expectedPurchasesGrowWithTheHorizon(@ForAll("models") BgNbdModel model,
      @ForAll("histories") PurchaseHistory history,
      @ForAll @DoubleRange(min = 0.1, max = 100) double shorter,
      @ForAll @DoubleRange(min = 0.01, max = 100) double more) {
    double near = model.expectedRepeatPurchases(history, TimeSpan.of(shorter, ChronoUnit.WEEKS));
    double far = model.expectedRepeatPurchases(history,
        TimeSpan.of(shorter + more, ChronoUnit.WEEKS));
    assertTrue(near >= 0 && far >= near * (1 - 1e-9), near + " then " + far);
    double fresh = model.expectedPurchases(TimeSpan.of(shorter, ChronoUnit.WEEKS));
    double older = model.expectedPurchases(TimeSpan.of(shorter + more, ChronoUnit.WEEKS));
    assertTrue(fresh >= 0 && older >= fresh * (1 - 1e-9), fresh + " then " + older);
  }

  @Property(tries = 300)
  void lifetimeValueFallsAsTheDiscountRateRises(@ForAll("models") BgNbdModel model,
      @ForAll("histories") PurchaseHistory history,
      @ForAll @DoubleRange(min = 0, max = 0.5) double lower,
      @ForAll @DoubleRange(min = 0.01, max = 0.5) double extra) {
    GammaGammaModel spend = GammaGammaModel.of(6.25, 3.74, 15.45);
    LifetimeValueTerms terms = LifetimeValueTerms.builder()
        .horizon(TimeSpan.of(2, ChronoUnit.YEARS))
        .step(TimeSpan.of(1, ChronoUnit.MONTHS))
        .discountRate(Rate.ofFraction(lower))
        .discountPeriod(TimeSpan.of(1, ChronoUnit.YEARS))
        .margin(Rate.ofPercent(30))
        .build();
    double cheap = ExpectedLifetimeValue.discounted(model, spend, history, terms);
    double dear = ExpectedLifetimeValue.discounted(model, spend, history,
        terms.withDiscountRate(Rate.ofFraction(lower + extra)));
    assertTrue(cheap >= 0 && dear <= cheap * (1 + 1e-9), cheap + " then " + dear);
  }
}
