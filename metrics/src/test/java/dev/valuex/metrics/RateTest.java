package dev.valuex.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import dev.valuex.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class RateTest {

  @Test
  void percentAndFractionNameTheSameRate() {
    assertEquals(Rate.ofFraction(0.05), Rate.ofPercent(5));
    assertEquals(0.07, Rate.ofPercent(7).fraction());
    assertEquals(7.0, Rate.ofFraction(0.07).percent());
  }

  @Test
  void aWholeNumberIsNeverTakenAsAPercentage() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Rate.ofFraction(5));
    assertEquals("Rate: fraction must be a finite number in [0, 1] (for percentages use"
        + " Rate.ofPercent), got 5.0", e.getMessage());
  }

  @Test
  void rejectsNegativeAndNonFiniteRates() {
    assertThrows(InvalidValueException.class, () -> Rate.ofFraction(-0.01));
    assertThrows(InvalidValueException.class, () -> Rate.ofFraction(Double.NaN));
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Rate.ofPercent(Double.POSITIVE_INFINITY));
    assertEquals("Rate: percent must be a finite number in [0, 100], got Infinity",
        e.getMessage());
  }

  @Test
  void rejectsPercentagesAboveOneHundred() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Rate.ofPercent(120));
    assertEquals("Rate: percent must be a finite number in [0, 100], got 120.0", e.getMessage());
  }

  @Test
  void ratioDividesPartByWhole() {
    assertEquals(Rate.ofFraction(0.25), Rate.ratio(3, 12));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Rate.ratio(1, 0));
    assertEquals("Rate: whole must be positive, got 0", e.getMessage());
    e = assertThrows(InvalidValueException.class, () -> Rate.ratio(13, 12));
    assertEquals("Rate: part must be between 0 and the whole 12, got 13", e.getMessage());
  }

  @Test
  void printsAsAPercentageThatParsesBack() {
    assertEquals("12.5%", Rate.ofFraction(0.125).toString());
    assertEquals("7%", Rate.ofFraction(0.07).toString());
    assertEquals(Rate.ofFraction(0.125), Rate.parse("12.5%"));
    assertEquals(Rate.ofFraction(0.125), Rate.parse(" 12.5 % "));
  }

  @Test
  void parseRejectsTextWithoutAPercentSign() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Rate.parse("5"));
    assertEquals("Rate: text must be a percentage such as '12.5%', got '5'", e.getMessage());
    e = assertThrows(InvalidValueException.class, () -> Rate.parse("five%"));
    assertEquals("Rate: text must be a percentage such as '12.5%', got 'five%'", e.getMessage());
  }

  @Test
  void negativeZeroIsZero() {
    assertEquals(Rate.ofFraction(0), Rate.ofFraction(-0.0));
    assertEquals("0%", Rate.ofFraction(-0.0).toString());
  }

  @Test
  void complementTurnsRetentionIntoChurn() {
    assertEquals(Rate.ofFraction(0.25), Rate.ofFraction(0.75).complement());
  }

  @Test
  void ratesOrderByFraction() {
    assertEquals(-1, Integer.signum(Rate.ofPercent(5).compareTo(Rate.ofPercent(6))));
  }

  @Test
  void equalityIsByFraction() {
    new EqualsTester()
        .addEqualityGroup(Rate.ofFraction(0.5), Rate.ofPercent(50), Rate.parse("50%"))
        .addEqualityGroup(Rate.ofFraction(0.05))
        .testEquals();
  }
}
