package dev.valuex.metrics.internal;

/**
 * The standard normal distribution: cumulative probability and quantile, accurate to about
 * 1e-15 absolute error, enough for p-values and interval bounds.
 */
public final class Normal {
  private Normal() {}

  /** ln(sqrt(2 pi)). */
  private static final double LN_SQRT_2PI = 0.91893853320467274178;

  /**
   * Returns P(Z &lt;= x) for a standard normal Z.
   *
   * <p>Marsaglia's Taylor series (Journal of Statistical Software 11(4), 2004), exact to
   * double precision in absolute terms; beyond |x| &gt; 38 the result is 0 or 1.
   *
   * @param x the point, a finite number
   * @return the probability in [0, 1]
   */
  public static double cdf(double x) {
    if (x < -38) {
      return 0.0;
    }
    if (x > 38) {
      return 1.0;
    }
    double s = x;
    double t = 0;
    double b = x;
    double q = x * x;
    double i = 1;
    while (s != t) {
      t = s;
      i += 2;
      b *= q / i;
      s = t + b;
    }
    return Math.min(1.0, Math.max(0.0, 0.5 + s * Math.exp(-0.5 * q - LN_SQRT_2PI)));
  }

  /**
   * Returns x with P(Z &lt;= x) = p for a standard normal Z.
   *
   * <p>Acklam's rational approximation (relative error below 1.2e-9) refined by one Halley
   * step against {@link #cdf(double)}.
   *
   * @param p the probability, strictly between 0 and 1
   * @return the quantile
   */
  public static double quantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("p must be strictly between 0 and 1, got " + p);
    }
    double x;
    double pLow = 0.02425;
    if (p < pLow) {
      double q = Math.sqrt(-2 * Math.log(p));
      x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
          / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    } else if (p <= 1 - pLow) {
      double q = p - 0.5;
      double r = q * q;
      x = (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
          / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    } else {
      double q = Math.sqrt(-2 * Math.log1p(-p));
      x = -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
          / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    }
    double e = cdf(x) - p;
    double u = e * Math.sqrt(2 * Math.PI) * Math.exp(x * x / 2);
    return x - u / (1 + x * u / 2);
  }

  /**
   * Returns the two-sided critical value z with P(-z &lt;= Z &lt;= z) = level.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @return z, positive
   */
  public static double twoSidedCritical(double level) {
    return quantile(0.5 + level / 2);
  }

  private static final double[] A = {
    -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
    1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00
  };
  private static final double[] B = {
    -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
    6.680131188771972e+01, -1.328068155288572e+01
  };
  private static final double[] C = {
    -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
    -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00
  };
  private static final double[] D = {
    7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
    3.754408661907416e+00
  };
}
