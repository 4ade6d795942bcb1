package dev.valuex.metrics;

import static dev.valuex.core.internal.Checks.check;

import org.immutables.value.Value;

/**
 * A confidence interval: lower and upper bound and the confidence level they were computed
 * for, such as the 95% interval around a Net Promoter Score.
 */
@Value.Immutable
public abstract class Interval {

  Interval() {}

  /**
   * Returns the lower bound.
   *
   * @return the lower bound, finite, not above {@link #upper()}
   */
  public abstract double lower();

  /**
   * Returns the upper bound.
   *
   * @return the upper bound, finite, not below {@link #lower()}
   */
  public abstract double upper();

  /**
   * Returns the confidence level, e.g. 0.95.
   *
   * @return the level, strictly between 0 and 1
   */
  public abstract double level();

  /**
   * Returns an interval.
   *
   * @param lower the lower bound, finite
   * @param upper the upper bound, finite and not below {@code lower}
   * @param level the confidence level, strictly between 0 and 1
   * @return the interval, never null
   * @throws dev.valuex.core.InvalidValueException if a bound is not finite, the bounds are
   *     reversed or the level is not strictly between 0 and 1
   */
  public static Interval of(double lower, double upper, double level) {
    return ImmutableInterval.builder().lower(lower).upper(upper).level(level).build();
  }

  /**
   * Tells whether a value lies in the interval, bounds included.
   *
   * @param value the value
   * @return true if {@code lower <= value <= upper}
   */
  public final boolean contains(double value) {
    return lower() <= value && value <= upper();
  }

  /**
   * Returns the width of the interval.
   *
   * @return {@code upper - lower}, not negative
   */
  public final double width() {
    return upper() - lower();
  }

  @Value.Check
  final void validate() {
    check(Double.isFinite(lower()), "Interval", "lower", "be a finite number", lower());
    check(Double.isFinite(upper()), "Interval", "upper", "be a finite number", upper());
    check(lower() <= upper(), "Interval", "upper", "not be below the lower bound " + lower(),
        upper());
    check(level() > 0 && level() < 1, "Interval", "level", "be strictly between 0 and 1",
        level());
  }
}
