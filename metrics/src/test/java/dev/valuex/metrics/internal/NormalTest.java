package dev.valuex.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NormalTest {
  // Reference values: Python's statistics.NormalDist, and standard normal tables.

  @Test
  void cdfMatchesTheTableAtOneNinetySix() {
    assertEquals(0.9750021048517796, Normal.cdf(1.96), 1e-14);
    assertEquals(0.5, Normal.cdf(0), 0);
    assertEquals(1 - 0.9750021048517796, Normal.cdf(-1.96), 1e-14);
  }

  @Test
  void cdfIsZeroOrOneFarInTheTails() {
    assertEquals(0.0, Normal.cdf(-40));
    assertEquals(1.0, Normal.cdf(40));
  }

  @Test
  void quantileInvertsTheCdf() {
    assertEquals(1.9599639845400536, Normal.quantile(0.975), 1e-12);
    assertEquals(1.6448536269514715, Normal.twoSidedCritical(0.90), 1e-12);
    assertEquals(-2.3263478740408408, Normal.quantile(0.01), 1e-12);
    assertEquals(3.090232306167813, Normal.quantile(0.999), 1e-11);
  }

  @Test
  void quantileRejectsProbabilitiesOutsideTheOpenUnitInterval() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Normal.quantile(1.0));
    assertEquals("p must be strictly between 0 and 1, got 1.0", e.getMessage());
  }
}
