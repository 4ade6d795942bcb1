package dev.valuex.core.measure;

import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A number that says how much of a value is being created: something a team can count, sum and
 * turn into a percentage achieved against the minimum value sought (the target). A measure has
 * a unit, a kind, a direction (at least or at most), an optional baseline, records who defined
 * it (the method asks customers first) and how its observations aggregate into one actual value.
 *
 * <pre>{@code
 * // SIMPLIFICATION: the product is ready to use in at most 3 steps; today it takes 7
 * Measure steps = Measure.builder()
 *     .name("steps to ready")
 *     .unit("steps")
 *     .kind(Measure.Kind.COUNT)
 *     .direction(Measure.Direction.AT_MOST)
 *     .target(3)
 *     .baseline(7)
 *     .definedBy(Measure.DefinedBy.CUSTOMERS)
 *     .build();
 * Achievement now = steps.achievement(4);   // 75% achieved, not met
 *
 * // STATUS/RECOGNITION: at least 20 favourable comments, each comment one observation
 * Measure comments = Measure.builder()
 *     .name("favourable comments")
 *     .unit("comments")
 *     .kind(Measure.Kind.COUNT)
 *     .direction(Measure.Direction.AT_LEAST)
 *     .target(20)
 *     .definedBy(Measure.DefinedBy.REPRESENTATIVES)
 *     .aggregation(Measure.Aggregation.COUNT)
 *     .build();
 * }</pre>
 *
 * <p>The target and baseline must leave the percentage achieved well defined and rising as the
 * actual value improves: for {@link Direction#AT_LEAST} the target lies above the baseline
 * (which counts as 0 when absent); for {@link Direction#AT_MOST} it lies below the baseline, or
 * above 0 when there is no baseline. See {@link Achievement} for the formulas.
 */
@Value.Immutable
public abstract class Measure implements WithMeasure {

  /** What sort of number a measure is. */
  public enum Kind {
    /** How many of something: never negative. */
    COUNT,
    /** A total of amounts added up, such as minutes saved across customers. */
    SUM,
    /** A share out of 100. */
    PERCENTAGE,
    /** A length of time in the measure's unit: never negative. */
    DURATION,
    /** An amount of money or another quantity. */
    AMOUNT,
    /** A rating on a scale. */
    SCORE;

    boolean neverNegative() {
      return this == COUNT || this == DURATION;
    }
  }

  /** Which way the actual value has to go to satisfy the target. */
  public enum Direction {
    /** The actual value must reach the target or exceed it, e.g. at least 20 comments. */
    AT_LEAST,
    /** The actual value must not exceed the target, e.g. at most 3 steps. */
    AT_MOST
  }

  /** Who defined a measure: the method asks customers to define it before anyone else. */
  public enum DefinedBy {
    /** The customers themselves. */
    CUSTOMERS,
    /** A group representing the customers. */
    REPRESENTATIVES,
    /** The organisation creating the value. */
    ORGANISATION
  }

  /** How the observations of a measure combine into one actual value. */
  public enum Aggregation {
    /** The value of the observation with the latest date (the last listed among equal dates). */
    LATEST,
    /** The sum of the observed values. */
    SUM,
    /** The arithmetic mean of the observed values. */
    MEAN,
    /** The number of observations, whatever their values: each observation is one occurrence. */
    COUNT
  }

  Measure() {}

  /**
   * Returns the measure's name, unique within a plan, e.g. "favourable comments".
   *
   * @return the name, never null or blank
   */
  public abstract String name();

  /**
   * Returns the unit of the actual values and the target, e.g. "steps" or "comments".
   *
   * @return the unit, never null or blank
   */
  public abstract String unit();

  /**
   * Returns what sort of number the measure is.
   *
   * @return the kind, never null
   */
  public abstract Kind kind();

  /**
   * Returns which way the actual value has to go to satisfy the target.
   *
   * @return the direction, never null
   */
  public abstract Direction direction();

  /**
   * Returns the minimum value sought: the level at which the measure is met.
   *
   * @return the target, a finite number
   */
  public abstract double target();

  /**
   * Returns where the actual value stood before any value was created, the starting point of
   * the percentage achieved.
   *
   * @return the baseline, empty when none was recorded
   */
  public abstract OptionalDouble baseline();

  /**
   * Returns who defined the measure.
   *
   * @return who defined it, never null
   */
  public abstract DefinedBy definedBy();

  /**
   * Returns how observations combine into one actual value; {@link Aggregation#LATEST} unless
   * set.
   *
   * @return the aggregation, never null
   */
  @Value.Default
  public Aggregation aggregation() {
    return Aggregation.LATEST;
  }

  /**
   * Returns a longer description of what is counted and how.
   *
   * @return the description, empty when there is none
   */
  public abstract Optional<String> description();

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the percentage achieved for an actual value, by the formulas documented on {@link
   * Achievement}.
   *
   * @param actual the actual value, finite (and not negative for counts and durations)
   * @return the percentage achieved: 100 when the target is reached exactly, above 100 when it
   *     is exceeded, possibly negative when the actual value is worse than the baseline, and
   *     positive infinity for an actual of 0 or less against an at-most target with no baseline
   * @throws dev.valuex.core.InvalidValueException if the actual value does not suit the measure
   */
  public final double percentageAchieved(double actual) {
    checkActual(actual);
    if (direction() == Direction.AT_LEAST) {
      double b = baseline().orElse(0);
      // The ratio first: a ratio of equal numbers is exactly 1, so the target gives exactly 100.
      return 100 * ((actual - b) / (target() - b));
    }
    if (baseline().isPresent()) {
      double b = baseline().getAsDouble();
      return 100 * ((b - actual) / (b - target()));
    }
    return actual <= 0 ? Double.POSITIVE_INFINITY : 100 * (target() / actual);
  }

  /**
   * Returns whether an actual value satisfies the target: at least the target for {@link
   * Direction#AT_LEAST}, at most the target for {@link Direction#AT_MOST}.
   *
   * @param actual the actual value, finite (and not negative for counts and durations)
   * @return true when the target is met
   * @throws dev.valuex.core.InvalidValueException if the actual value does not suit the measure
   */
  public final boolean isMet(double actual) {
    checkActual(actual);
    return direction() == Direction.AT_LEAST ? actual >= target() : actual <= target();
  }

  /**
   * Returns the achievement of an actual value: its percentage achieved and whether it meets
   * the target.
   *
   * @param actual the actual value, finite (and not negative for counts and durations)
   * @return the achievement, never null
   * @throws dev.valuex.core.InvalidValueException if the actual value does not suit the measure
   */
  public final Achievement achievement(double actual) {
    return Achievement.builder()
        .measure(name())
        .actual(actual)
        .percentage(percentageAchieved(actual))
        .met(isMet(actual))
        .build();
  }

  /**
   * Combines observations of this measure into one actual value by its {@link #aggregation()}.
   *
   * @param observations observations of this measure, in the order they were recorded, not null
   * @return the actual value, empty when there are no observations
   * @throws dev.valuex.core.InvalidValueException if an observation names another measure or
   *     its value does not suit the measure
   */
  public final OptionalDouble aggregate(Iterable<Observation> observations) {
    int n = 0;
    double sum = 0;
    @Nullable Observation latest = null;
    for (Observation o : observations) {
      check(o.measure().equals(name()), who(), "observations",
          "be observations of this measure", o.measure());
      checkActual(o.value());
      n++;
      sum += o.value();
      if (latest == null || !o.date().isBefore(latest.date())) {
        latest = o;
      }
    }
    if (latest == null) {
      return OptionalDouble.empty();
    }
    switch (aggregation()) {
      case SUM:
        return OptionalDouble.of(sum);
      case MEAN:
        return OptionalDouble.of(sum / n);
      case COUNT:
        return OptionalDouble.of(n);
      default:
        return OptionalDouble.of(latest.value());
    }
  }

  /**
   * Returns the achievement of the actual value that observations aggregate to.
   *
   * @param observations observations of this measure, in the order they were recorded, not null
   * @return the achievement, empty when there are no observations
   * @throws dev.valuex.core.InvalidValueException if an observation names another measure or
   *     its value does not suit the measure
   */
  public final Optional<Achievement> achievement(Iterable<Observation> observations) {
    OptionalDouble actual = aggregate(observations);
    return actual.isPresent()
        ? Optional.of(achievement(actual.getAsDouble()))
        : Optional.empty();
  }

  /**
   * Returns the target in words, e.g. "at most 3 steps" or "at least 20 comments".
   *
   * @return the target in words, never null
   */
  public final String targetInWords() {
    return (direction() == Direction.AT_LEAST ? "at least " : "at most ")
        + number(target()) + " " + unit();
  }

  /**
   * Writes a number without a trailing ".0" when it is whole, e.g. {@code 3} and {@code 2.5}.
   *
   * @param value the number
   * @return the number as text, never null
   */
  public static String number(double value) {
    if (Double.isFinite(value) && value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  private String who() {
    return "Measure '" + name() + "'";
  }

  private void checkActual(double actual) {
    check(Double.isFinite(actual), who(), "actual", "be a finite number", actual);
    check(!(kind().neverNegative() && actual < 0), who(), "actual",
        "not be negative for a " + kind(), actual);
  }

  @Value.Check
  final void validate() {
    trimmedText(name(), "Measure", "name");
    String who = who();
    trimmedText(unit(), who, "unit");
    description().ifPresent(d -> trimmedText(d, who, "description"));
    check(Double.isFinite(target()), who, "target", "be a finite number", target());
    check(!(kind().neverNegative() && target() < 0), who, "target",
        "not be negative for a " + kind(), target());
    if (baseline().isPresent()) {
      double b = baseline().getAsDouble();
      check(Double.isFinite(b), who, "baseline", "be a finite number", b);
      check(!(kind().neverNegative() && b < 0), who, "baseline",
          "not be negative for a " + kind(), b);
      if (direction() == Direction.AT_LEAST) {
        check(target() > b, who, "target",
            "be above the baseline " + number(b) + " for AT_LEAST", target());
      } else {
        check(target() < b, who, "target",
            "be below the baseline " + number(b) + " for AT_MOST", target());
      }
    } else if (direction() == Direction.AT_LEAST) {
      check(target() > 0, who, "target",
          "be above 0 for AT_LEAST without a baseline (the baseline counts as 0)", target());
    } else {
      check(target() > 0, who, "target",
          "be above 0 for AT_MOST without a baseline (percentage achieved is 100 * target"
              + " / actual)", target());
    }
  }

  /** Builds {@link Measure}s; every attribute may be set once. */
  public static final class Builder extends ImmutableMeasure.Builder {
    Builder() {}
  }
}
