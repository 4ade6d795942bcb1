package dev.valuex.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.InvalidValueException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LifetimeValueTest {
  static final Rate R80 = Rate.ofPercent(80);
  static final Rate D10 = Rate.ofPercent(10);

  @Test
  void closedFormMatchesTheWorkedExample() {
    // m = 100, r = 0.8, d = 0.1: 100 x 0.8 / (1 + 0.1 - 0.8) = 266.67
    assertEquals(266.6666666666667, LifetimeValue.closedForm(100, R80, D10), 1e-9);
  }

  @Test
  void closedFormRejectsFullRetentionWithoutDiscount() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> LifetimeValue.closedForm(100, Rate.ofFraction(1), Rate.ofFraction(0)));
    assertEquals("LifetimeValue: discount must exceed retention - 1 (a retention of 100% with no"
        + " discount gives an unbounded value), got 0%", e.getMessage());
  }

  @Test
  void closedFormRejectsAMarginThatIsNotFinite() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> LifetimeValue.closedForm(Double.POSITIVE_INFINITY, R80, D10));
    assertEquals("LifetimeValue: margin must be a finite number, got Infinity", e.getMessage());
  }

  @Test
  void historicalMultipliesOrderValueFrequencyMarginAndLifespan() {
    // 50 x 4 per year x 30% x 5 years = 300
    PurchaseFrequency fourAYear = PurchaseFrequency.of(4, ChronoUnit.YEARS);
    assertEquals(300.0, LifetimeValue.historical(50, fourAYear, Rate.ofPercent(30),
        TimeSpan.of(5, ChronoUnit.YEARS)), 1e-9);
  }

  @Test
  void historicalConvertsTheLifespanToTheFrequencysUnit() {
    PurchaseFrequency fourAYear = PurchaseFrequency.of(4, ChronoUnit.YEARS);
    assertEquals(300.0, LifetimeValue.historical(50, fourAYear, Rate.ofPercent(30),
        TimeSpan.of(60, ChronoUnit.MONTHS)), 1e-9);
  }

  @Test
  void historicalRejectsANegativeOrderValue() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> LifetimeValue.historical(-5, PurchaseFrequency.of(1, ChronoUnit.YEARS),
            Rate.ofPercent(30), TimeSpan.of(1, ChronoUnit.YEARS)));
    assertEquals("LifetimeValue: averageOrderValue must be a finite number not below 0,"
        + " got -5.0", e.getMessage());
  }

  @Test
  void finiteHorizonDiscountsEachPeriodsMargin() {
    // 100 (8/11 + 64/121 + 512/1331) = 100 x 2184 / 1331
    assertEquals(100.0 * 2184 / 1331,
        LifetimeValue.discounted(ImmutableList.of(100.0, 100.0, 100.0), R80, D10), 1e-9);
    assertEquals(100.0 * 2184 / 1331, LifetimeValue.discounted(100, 3, R80, D10), 1e-9);
  }

  @Test
  void finiteHorizonSubtractsTheAcquisitionCost() {
    assertEquals(100.0 * 2184 / 1331 - 75,
        LifetimeValue.discounted(ImmutableList.of(100.0, 100.0, 100.0), R80, D10, 75), 1e-9);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> LifetimeValue.discounted(ImmutableList.of(100.0), R80, D10, Double.NaN));
    assertEquals("LifetimeValue: acquisitionCost must be a finite number not below 0, got NaN",
        e.getMessage());
  }

  @Test
  void finiteHorizonApproachesTheClosedForm() {
    assertEquals(LifetimeValue.closedForm(100, R80, D10),
        LifetimeValue.discounted(100, 500, R80, D10), 1e-9);
  }

  @Test
  void finiteHorizonRejectsMissingOrNonFiniteMargins() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> LifetimeValue.discounted(ImmutableList.of(), R80, D10));
    assertEquals("LifetimeValue: margins must hold at least one period, got []", e.getMessage());
    e = assertThrows(InvalidValueException.class,
        () -> LifetimeValue.discounted(Arrays.asList(1.0, Double.NaN), R80, D10));
    assertEquals("LifetimeValue: margins (period 2) must be a finite number, got NaN",
        e.getMessage());
    e = assertThrows(InvalidValueException.class,
        () -> LifetimeValue.discounted(100, 0, R80, D10));
    assertEquals("LifetimeValue: periods must be between 1 and 10000, got 0", e.getMessage());
  }
}
