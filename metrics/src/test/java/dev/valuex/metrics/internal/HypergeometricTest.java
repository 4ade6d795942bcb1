package dev.valuex.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HypergeometricTest {

  @Test
  void seriesMatchesTheClosedFormOfTheLogarithm() {
    // 2F1(1, 1; 2; z) = -ln(1 - z) / z
    for (double z : new double[] {0.01, 0.3, 0.5, 0.9, 0.999}) {
      assertEquals(-Math.log1p(-z) / z, Hypergeometric.f21(1, 1, 2, z), 1e-12, "z = " + z);
    }
  }

  @Test
  void seriesMatchesTheBinomialClosedForm() {
    // 2F1(a, b; b; z) = (1 - z)^-a
    assertEquals(Math.pow(1 - 0.7, -2.5), Hypergeometric.f21(2.5, 3.2, 3.2, 0.7), 1e-10);
  }

  @Test
  void argumentsOutsideTheUnitIntervalAreRejected() {
    ArithmeticException e =
        assertThrows(ArithmeticException.class, () -> Hypergeometric.f21(1, 1, 2, 1.0));
    assertEquals("2F1: z must be in [0, 1), got 1.0", e.getMessage());
  }
}
