package dev.valuex.metrics;

import dev.valuex.metrics.internal.Answers;
import dev.valuex.metrics.internal.Normal;
import org.immutables.value.Value;

/**
 * The difference between the Net Promoter Scores of two independent samples, such as this
 * quarter's and last quarter's, with its standard error and a two-sided z test of whether the
 * scores differ.
 *
 * <p>The standard error is {@code sqrt(SE1^2 + SE2^2)}; z is the difference over it; the
 * p-value is {@code 2 (1 - Phi(|z|))}. The normal approximation wants samples of some size
 * (say 30 or more each) with answers in more than one group.
 */
@Value.Immutable
public abstract class NpsDifference implements MetricResult {

  NpsDifference() {}

  /**
   * Returns the first score, from which the second is subtracted.
   *
   * @return the first score, never null
   */
  public abstract NetPromoterScore first();

  /**
   * Returns the second score.
   *
   * @return the second score, never null
   */
  public abstract NetPromoterScore second();

  /**
   * Returns the difference of two independent scores.
   *
   * @param first the score from which {@code second} is subtracted, not null
   * @param second the other score, not null
   * @return the difference, never null
   */
  public static NpsDifference of(NetPromoterScore first, NetPromoterScore second) {
    return ImmutableNpsDifference.builder().first(first).second(second).build();
  }

  /**
   * Returns the first score minus the second.
   *
   * @return the difference in points, in [-200, 200]
   */
  public final double difference() {
    return first().score() - second().score();
  }

  /**
   * Returns the standard error of the difference, {@code sqrt(SE1^2 + SE2^2)}.
   *
   * @return the standard error in points, not negative
   */
  public final double standardError() {
    return Math.sqrt(first().variance() + second().variance());
  }

  /**
   * Returns the z statistic, the difference over its standard error. When both samples have
   * all their answers in one group the standard error is 0: z is then 0 for equal scores and
   * an infinity carrying the sign of the difference otherwise.
   *
   * @return the z statistic
   */
  public final double z() {
    double se = standardError();
    double d = difference();
    if (se == 0) {
      return d == 0 ? 0.0 : Math.copySign(Double.POSITIVE_INFINITY, d);
    }
    return d / se;
  }

  /**
   * Returns the two-sided p-value of the hypothesis that the two scores are equal.
   *
   * @return the p-value in [0, 1]
   */
  public final double pValue() {
    double z = Math.abs(z());
    return Double.isInfinite(z) ? 0.0 : Math.min(1.0, 2 * Normal.cdf(-z));
  }

  /**
   * Tells whether the scores differ at a significance level, i.e. the p-value is below it.
   *
   * @param alpha the significance level, e.g. 0.05, strictly between 0 and 1
   * @return true if {@link #pValue()} is below {@code alpha}
   * @throws dev.valuex.core.InvalidValueException if {@code alpha} is not strictly between 0
   *     and 1
   */
  public final boolean isSignificant(double alpha) {
    Answers.level(alpha, "NpsDifference", "alpha");
    return pValue() < alpha;
  }

  /**
   * Returns the Wald confidence interval of the difference, cut to [-200, 200].
   *
   * @param level the confidence level, e.g. 0.95
   * @return the interval, never null
   * @throws dev.valuex.core.InvalidValueException if the level is not strictly between 0 and 1
   */
  public final Interval confidenceInterval(double level) {
    Answers.level(level, "NpsDifference", "level");
    double half = Normal.twoSidedCritical(level) * standardError();
    return Interval.of(Math.max(-200, difference() - half), Math.min(200, difference() + half),
        level);
  }

  /**
   * Returns {@code "Net Promoter Score difference"}.
   *
   * @return the metric name, never null
   */
  @Override
  public final String metric() {
    return "Net Promoter Score difference";
  }

  /**
   * Returns the {@link #difference()}.
   *
   * @return the difference in points
   */
  @Override
  public final double value() {
    return difference();
  }

  /**
   * Returns {@code "points"}.
   *
   * @return the unit, never null
   */
  @Override
  public final String unit() {
    return "points";
  }
}
