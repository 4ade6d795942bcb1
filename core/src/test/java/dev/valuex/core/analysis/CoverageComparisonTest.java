package dev.valuex.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.ElementId;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Side;
import org.junit.jupiter.api.Test;

/** The Newcombe interval on numbers worked out by hand or published. */
class CoverageComparisonTest {
  private static final Placement SAVINGS =
      Placement.of(ElementId.parse("customer.savings"), Side.OUT);

  @Test
  void reproducesNewcombesFirstPublishedExample() {
    // Newcombe (1998), example (a): 56/70 against 48/80, method 10: 0.0524 to 0.3339.
    CoverageComparison c = CoverageComparison.of(SAVINGS, 48, 80, 56, 70, 0.95);
    assertEquals(0.2, c.difference(), 1e-12);
    assertEquals(0.0524, c.lower(), 5e-5);
    assertEquals(0.3339, c.upper(), 5e-5);
    assertTrue(c.differs());
  }

  @Test
  void matchesTheClosedFormWhenNeitherSliceCarriesThePlacement() {
    // With x = 0 Wilson's upper bound is z^2 / (n + z^2); z = 1.959964 at 95%, so for n = 10:
    // 3.841459 / 13.841459 = 0.277533. Newcombe then gives d = 0 and [-0.277533, 0.277533].
    CoverageComparison c = CoverageComparison.of(SAVINGS, 0, 10, 0, 10, 0.95);
    double z2 = 1.959963984540054 * 1.959963984540054;
    assertEquals(z2 / (10 + z2), c.upper(), 1e-8);
    assertEquals(0.277533, c.upper(), 1e-6);
    assertEquals(-c.upper(), c.lower(), 1e-12);
    assertFalse(c.differs());
  }

  @Test
  void widerLevelGivesWiderInterval() {
    CoverageComparison at90 = CoverageComparison.of(SAVINGS, 3, 10, 9, 10, 0.90);
    CoverageComparison at99 = CoverageComparison.of(SAVINGS, 3, 10, 9, 10, 0.99);
    assertTrue(at99.lower() < at90.lower() && at99.upper() > at90.upper());
  }

  @Test
  void anEmptySliceGivesAnUninformativeInterval() {
    CoverageComparison c = CoverageComparison.of(SAVINGS, 0, 0, 5, 5, 0.95);
    assertEquals(1.0, c.difference(), 1e-12);
    assertTrue(c.lower() <= 0);
  }

  @Test
  void rejectsLevelOutsideZeroAndOne() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CoverageComparison.of(SAVINGS, 1, 2, 1, 2, 1.0));
    assertEquals("CoverageComparison customer.savings OUT: level must be between 0 and 1"
        + " exclusive, got 1.0", e.getMessage());
  }

  @Test
  void rejectsMoreCarryingLedgersThanTheSliceHolds() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CoverageComparison.of(SAVINGS, 3, 2, 1, 2, 0.95));
    assertEquals("CoverageComparison customer.savings OUT: firstLedgers must be from 0 to 2,"
        + " got 3", e.getMessage());
  }

  @Test
  void normalQuantileMatchesTables() {
    assertEquals(1.959964, Intervals.z(0.95), 1e-6);
    assertEquals(2.575829, Intervals.z(0.99), 1e-6);
    assertEquals(1.644854, Intervals.z(0.90), 1e-6);
  }
}
