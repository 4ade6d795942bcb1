package dev.valuex.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.temporal.ChronoUnit;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class LifetimeValueProperties {

  @Property(tries = 300)
  void closedFormGrowsWithRetention(
      @ForAll @DoubleRange(min = 0.01, max = 10_000) double margin,
      @ForAll @DoubleRange(min = 0, max = 0.99) double r1,
      @ForAll @DoubleRange(min = 0, max = 0.99) double r2,
      @ForAll @DoubleRange(min = 0.01, max = 1) double d) {
    Assume.that(r1 < r2);
    Rate discount = Rate.ofFraction(d);
    assertTrue(LifetimeValue.closedForm(margin, Rate.ofFraction(r1), discount)
        < LifetimeValue.closedForm(margin, Rate.ofFraction(r2), discount));
  }

  @Property(tries = 300)
  void closedFormGrowsWithMargin(
      @ForAll @DoubleRange(min = -10_000, max = 10_000) double m1,
      @ForAll @DoubleRange(min = -10_000, max = 10_000) double m2,
      @ForAll @DoubleRange(min = 0.01, max = 0.99) double r,
      @ForAll @DoubleRange(min = 0, max = 1) double d) {
    Assume.that(m1 < m2);
    Rate retention = Rate.ofFraction(r);
    Rate discount = Rate.ofFraction(d);
    assertTrue(LifetimeValue.closedForm(m1, retention, discount)
        < LifetimeValue.closedForm(m2, retention, discount));
  }

  @Property(tries = 300)
  void closedFormFallsWithTheDiscountRate(
      @ForAll @DoubleRange(min = 0.01, max = 10_000) double margin,
      @ForAll @DoubleRange(min = 0.01, max = 1) double r,
      @ForAll @DoubleRange(min = 0, max = 1) double d1,
      @ForAll @DoubleRange(min = 0, max = 1) double d2) {
    Assume.that(d1 < d2);
    Assume.that(1 + d1 - r > 0);
    Rate retention = Rate.ofFraction(r);
    assertTrue(LifetimeValue.closedForm(margin, retention, Rate.ofFraction(d1))
        > LifetimeValue.closedForm(margin, retention, Rate.ofFraction(d2)));
  }

  @Property(tries = 300)
  void finiteHorizonGrowsTowardsTheClosedForm(
      @ForAll @DoubleRange(min = 0.01, max = 10_000) double margin,
      @ForAll @DoubleRange(min = 0, max = 1) double r,
      @ForAll @DoubleRange(min = 0.01, max = 1) double d,
      @ForAll @IntRange(min = 1, max = 200) int periods) {
    Rate retention = Rate.ofFraction(r);
    Rate discount = Rate.ofFraction(d);
    double shorter = LifetimeValue.discounted(margin, periods, retention, discount);
    double longer = LifetimeValue.discounted(margin, periods + 1, retention, discount);
    double unbounded = LifetimeValue.closedForm(margin, retention, discount);
    assertTrue(shorter <= longer, shorter + " then " + longer);
    assertTrue(longer <= unbounded * (1 + 1e-12), longer + " above " + unbounded);
  }

  @Property(tries = 300)
  void historicalScalesLinearlyInTheLifespanWhateverItsUnit(
      @ForAll @DoubleRange(min = 0, max = 1_000) double orderValue,
      @ForAll @DoubleRange(min = 0, max = 50) double perYear,
      @ForAll @DoubleRange(min = 0, max = 1) double margin,
      @ForAll @IntRange(min = 0, max = 40) int years) {
    PurchaseFrequency f = PurchaseFrequency.of(perYear, ChronoUnit.YEARS);
    double inYears = LifetimeValue.historical(orderValue, f, Rate.ofFraction(margin),
        TimeSpan.of(years, ChronoUnit.YEARS));
    double inMonths = LifetimeValue.historical(orderValue, f, Rate.ofFraction(margin),
        TimeSpan.of(12.0 * years, ChronoUnit.MONTHS));
    assertEquals(orderValue * perYear * margin * years, inYears, 1e-9 * (1 + inYears));
    assertEquals(inYears, inMonths, 1e-9 * (1 + inYears));
  }
}
