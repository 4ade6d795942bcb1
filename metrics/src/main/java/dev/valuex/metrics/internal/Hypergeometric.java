package dev.valuex.metrics.internal;

/**
 * The Gaussian hypergeometric function 2F1(a, b; c; z) by its power series
 * {@code sum_k (a)_k (b)_k / ((c)_k k!) z^k}, for real {@code 0 <= z < 1}, positive
 * {@code a, b} and {@code c} not 0 or a negative integer: the case the BG/NBD expectations need
 * (c = a + b + x - 1 of the model; the sum is ill-conditioned when that is near 0). The sum
 * stops when a term falls below 1e-16 of the total and the terms are shrinking; it converges
 * like {@code z^k}, so it takes a few dozen terms for z near 0.5 and thousands for z near 1.
 * Hipparchus has no 2F1.
 */
public final class Hypergeometric {

  /** The most terms summed before giving up. */
  public static final int MAX_TERMS = 10_000_000;

  private Hypergeometric() {}

  /**
   * Returns 2F1(a, b; c; z).
   *
   * @param a the first numerator parameter, positive
   * @param b the second numerator parameter, positive
   * @param c the denominator parameter, positive
   * @param z the argument, in [0, 1)
   * @return the value
   * @throws ArithmeticException if the series does not converge within {@link #MAX_TERMS}
   */
  public static double f21(double a, double b, double c, double z) {
    if (!(z >= 0 && z < 1)) {
      throw new ArithmeticException("2F1: z must be in [0, 1), got " + z);
    }
    double term = 1;
    double sum = 1;
    for (int k = 0; k < MAX_TERMS; k++) {
      term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
      sum += term;
      if (Math.abs(term) <= 1e-16 * Math.abs(sum)
          && Math.abs((a + k + 1) * (b + k + 1) / ((c + k + 1) * (k + 2)) * z) < 1) {
        return sum;
      }
      if (!Double.isFinite(sum)) {
        break;
      }
    }
    throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z
        + "): the series did not converge");
  }
}
