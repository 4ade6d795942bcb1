package dev.valuex.core.analysis;

/**
 * Confidence intervals for proportions: Wilson's score interval for one proportion and
 * Newcombe's hybrid score interval for the difference of two independent proportions.
 */
final class Intervals {
  private Intervals() {}

  /** The Wilson score interval {@code {lower, upper}} for {@code x} successes in {@code n}. */
  static double[] wilson(long x, long n, double z) {
    if (n == 0) {
      return new double[] {0, 1};
    }
    double p = (double) x / n;
    double z2 = z * z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }

  /**
   * Newcombe's hybrid score interval (his method 10, 1998) for {@code p2 - p1}, built from the
   * Wilson intervals of each proportion.
   */
  static double[] newcombe(long x1, long n1, long x2, long n2, double z) {
    double p1 = n1 == 0 ? 0 : (double) x1 / n1;
    double p2 = n2 == 0 ? 0 : (double) x2 / n2;
    double[] w1 = wilson(x1, n1, z);
    double[] w2 = wilson(x2, n2, z);
    double d = p2 - p1;
    double lower = d - Math.sqrt(square(p2 - w2[0]) + square(w1[1] - p1));
    double upper = d + Math.sqrt(square(w2[1] - p2) + square(p1 - w1[0]));
    return new double[] {Math.max(-1, lower), Math.min(1, upper)};
  }

  private static double square(double x) {
    return x * x;
  }

  /** The two-sided normal quantile for a confidence level, e.g. 1.959964 for 0.95. */
  static double z(double level) {
    return inverseNormal(1 - (1 - level) / 2);
  }

  // Acklam's rational approximation of the normal quantile; relative error below 1.2e-9.
  private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02,
      -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01,
      2.506628277459239e+00};
  private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02,
      -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01};
  private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01,
      -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00,
      2.938163982698783e+00};
  private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01,
      2.445134137142996e+00, 3.754408661907416e+00};
  private static final double P_LOW = 0.02425;

  static double inverseNormal(double p) {
    if (p < P_LOW) {
      return tail(Math.sqrt(-2 * Math.log(p)));
    }
    if (p > 1 - P_LOW) {
      return -tail(Math.sqrt(-2 * Math.log(1 - p)));
    }
    double q = p - 0.5;
    double r = q * q;
    return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
        / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  }

  private static double tail(double q) {
    return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
        / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  }
}
