package dev.valuex.metrics;

import static dev.valuex.core.internal.Checks.check;

import org.immutables.value.Value;

/**
 * An integer answer scale such as 1-5 or 1-7, for satisfaction questions whose scale a survey
 * chooses.
 */
@Value.Immutable
public abstract class RatingScale {

  RatingScale() {}

  /**
   * Returns the lowest answer.
   *
   * @return the lowest point of the scale
   */
  public abstract int min();

  /**
   * Returns the highest answer.
   *
   * @return the highest point of the scale, above {@link #min()}
   */
  public abstract int max();

  /**
   * Returns the scale {@code min..max}.
   *
   * @param min the lowest answer, 0 or more
   * @param max the highest answer, at least {@code min + 2} and at most 100
   * @return the scale, never null
   * @throws dev.valuex.core.InvalidValueException if {@code min} is negative, the scale has
   *     fewer than three points or {@code max} exceeds 100
   */
  public static RatingScale of(int min, int max) {
    return ImmutableRatingScale.builder().min(min).max(max).build();
  }

  /**
   * Returns the usual 1-5 scale.
   *
   * @return the scale 1 to 5, never null
   */
  public static RatingScale oneToFive() {
    return of(1, 5);
  }

  /**
   * Returns the number of points on the scale.
   *
   * @return {@code max - min + 1}
   */
  public final int points() {
    return max() - min() + 1;
  }

  @Override
  public final String toString() {
    return min() + "-" + max();
  }

  @Value.Check
  final void validate() {
    check(min() >= 0, "RatingScale", "min", "not be negative", min());
    check(max() >= min() + 2, "RatingScale " + min() + "-" + max(), "max",
        "be at least min + 2 (a top-two box needs three points)", max());
    check(max() <= 100, "RatingScale " + min() + "-" + max(), "max", "be at most 100", max());
  }
}
