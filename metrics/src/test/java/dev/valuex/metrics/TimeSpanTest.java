package dev.valuex.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.InvalidValueException;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class TimeSpanTest {

  @Test
  void monthsConvertToYearsExactly() {
    assertEquals(2.0, TimeSpan.of(24, ChronoUnit.MONTHS).amountIn(ChronoUnit.YEARS), 1e-12);
    assertEquals(TimeSpan.of(36, ChronoUnit.MONTHS),
        TimeSpan.of(3, ChronoUnit.YEARS).to(ChronoUnit.MONTHS));
  }

  @Test
  void aYearHoldsTheIsoEstimateOfWeeks() {
    // ChronoUnit.YEARS is 365.2425 days: 52.1775 weeks.
    assertEquals(52.1775, TimeSpan.of(1, ChronoUnit.YEARS).amountIn(ChronoUnit.WEEKS), 1e-9);
  }

  @Test
  void rejectsUnitsOtherThanDaysWeeksMonthsAndYears() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> TimeSpan.of(1, ChronoUnit.HOURS));
    assertEquals("TimeSpan: unit must be DAYS, WEEKS, MONTHS or YEARS, got Hours",
        e.getMessage());
  }

  @Test
  void rejectsNegativeAndNonFiniteAmounts() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> TimeSpan.of(-1, ChronoUnit.YEARS));
    assertEquals("TimeSpan: amount must be a finite number not below 0, got -1.0",
        e.getMessage());
    assertThrows(InvalidValueException.class, () -> TimeSpan.of(Double.NaN, ChronoUnit.DAYS));
  }

  @Test
  void printsAmountAndUnit() {
    assertEquals("2.5 years", TimeSpan.of(2.5, ChronoUnit.YEARS).toString());
  }

  @Test
  void spansCompareByLength() {
    assertEquals(0, TimeSpan.of(12, ChronoUnit.MONTHS).compareTo(TimeSpan.of(1, ChronoUnit.YEARS)));
  }
}
