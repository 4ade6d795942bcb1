package dev.valuex.core.measure;

import static dev.valuex.core.internal.Checks.check;

import org.immutables.value.Value;

/**
 * How far an actual value has come towards a measure's target: the percentage achieved and,
 * separately, whether the target is met. Made by {@link Measure#achievement(double)}.
 *
 * <p>The percentage achieved is defined per direction, with target {@code t}, baseline {@code b}
 * and actual value {@code a}:
 * <ul>
 *   <li>{@link Measure.Direction#AT_LEAST}: {@code 100 * (a - b) / (t - b)}, where {@code b}
 *       counts as 0 when the measure has no baseline;
 *   <li>{@link Measure.Direction#AT_MOST} with a baseline: {@code 100 * (b - a) / (b - t)};
 *   <li>{@link Measure.Direction#AT_MOST} without a baseline: {@code 100 * t / a}, and positive
 *       infinity when {@code a} is 0 or less (nothing is left that could exceed the target).
 * </ul>
 * 100 means the target is reached exactly, above 100 that it is exceeded, and below 0 that the
 * actual value is worse than the baseline. Whether the target is met is a separate answer:
 * {@code a >= t} for at least, {@code a <= t} for at most. The percentage rises as the actual
 * value improves in the measure's direction, and it reaches 100 exactly when the target is met.
 *
 * <p>Worked examples:
 * <ul>
 *   <li>SIMPLIFICATION, "ready to use in at most 3 steps", baseline 7 steps, actual 4 steps:
 *       {@code 100 * (7 - 4) / (7 - 3) = 75}: 75% achieved, not met (4 is more than 3). At 3
 *       steps it is 100% and met; at 2 steps 125% and met.
 *   <li>STATUS/RECOGNITION, "at least 20 favourable comments", no baseline, 15 comments counted:
 *       {@code 100 * (15 - 0) / (20 - 0) = 75}: 75% achieved, not met. At 24 comments it is
 *       120%, met.
 *   <li>"Wait at most 10 minutes", no baseline, actual 8 minutes: {@code 100 * 10 / 8 = 125}:
 *       125% achieved, met; at 20 minutes 50%, not met.
 * </ul>
 *
 * <pre>{@code
 * Achievement a = steps.achievement(4);
 * assert a.percentage() == 75.0 && !a.met();
 * }</pre>
 */
@Value.Immutable
public abstract class Achievement {

  Achievement() {}

  /**
   * Returns the name of the measure achieved.
   *
   * @return the measure's name, never null
   */
  public abstract String measure();

  /**
   * Returns the actual value the achievement was computed from.
   *
   * @return the actual value, a finite number
   */
  public abstract double actual();

  /**
   * Returns the percentage achieved, by the formulas above.
   *
   * @return the percentage, never NaN; positive infinity only for an actual of 0 or less against
   *     an at-most target without baseline
   */
  public abstract double percentage();

  /**
   * Returns whether the actual value satisfies the target.
   *
   * @return true when the target is met
   */
  public abstract boolean met();

  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the achievement in words, e.g. "75% achieved, not met".
   *
   * @return the achievement in words, never null
   */
  public final String inWords() {
    String pct = Double.isInfinite(percentage())
        ? "fully"
        : Measure.number(Math.round(percentage() * 10) / 10.0) + "%";
    return pct + " achieved, " + (met() ? "met" : "not met");
  }

  @Value.Check
  final void validate() {
    check(Double.isFinite(actual()), "Achievement of '" + measure() + "'", "actual",
        "be a finite number", actual());
    check(!Double.isNaN(percentage()), "Achievement of '" + measure() + "'", "percentage",
        "be a number", percentage());
  }

  static final class Builder extends ImmutableAchievement.Builder {
    Builder() {}
  }
}
