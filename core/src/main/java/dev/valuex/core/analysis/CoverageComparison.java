package dev.valuex.core.analysis;

import static dev.valuex.core.internal.Checks.check;

import org.immutables.value.Value;

/**
 * The difference in coverage of one placement between two slices of ledgers (two segments, two
 * periods, desired against current), with a confidence interval for that difference.
 *
 * <p>The interval is Newcombe's hybrid score interval (method 10 of Newcombe, "Interval
 * estimation for the difference between independent proportions", Statistics in Medicine,
 * 1998), built from the Wilson score interval of each share. Unlike the simple Wald interval it
 * stays inside [-1, 1] and keeps close to its nominal coverage for small counts and for shares
 * near 0 or 1, which is common with a few dozen interviews. With {@code p1 = x1/n1}, {@code p2 =
 * x2/n2}, Wilson intervals {@code [l1, u1]} and {@code [l2, u2]} and {@code d = p2 - p1}:
 *
 * <pre>
 * lower = d - sqrt((p2 - l2)^2 + (u1 - p1)^2)
 * upper = d + sqrt((u2 - p2)^2 + (p1 - l1)^2)
 * </pre>
 *
 * <p>Worked example (Newcombe's first): 56 of 70 against 48 of 80 ledgers, second minus first
 * at 95%: difference -0.2, interval about [-0.3339, -0.0524]. The interval assumes the two
 * slices are independent samples; two segments that share ledgers make it only approximate.
 * A slice with no ledgers has share 0 and the uninformative interval [0, 1].
 */
@Value.Immutable
public abstract class CoverageComparison {

  CoverageComparison() {}

  /**
   * Returns the element and side compared.
   *
   * @return the placement, never null
   */
  @Value.Parameter
  public abstract Placement placement();

  /**
   * Returns how many ledgers of the first slice carry the placement.
   *
   * @return the count, from 0 to {@link #firstOutOf()}
   */
  @Value.Parameter
  public abstract long firstLedgers();

  /**
   * Returns how many ledgers the first slice holds.
   *
   * @return the count, at least 0
   */
  @Value.Parameter
  public abstract long firstOutOf();

  /**
   * Returns how many ledgers of the second slice carry the placement.
   *
   * @return the count, from 0 to {@link #secondOutOf()}
   */
  @Value.Parameter
  public abstract long secondLedgers();

  /**
   * Returns how many ledgers the second slice holds.
   *
   * @return the count, at least 0
   */
  @Value.Parameter
  public abstract long secondOutOf();

  /**
   * Returns the confidence level of the interval, e.g. 0.95.
   *
   * @return the level, between 0 and 1 exclusive
   */
  @Value.Parameter
  public abstract double level();

  /**
   * Compares the coverage of a placement in two slices.
   *
   * @param placement the placement, not null
   * @param firstLedgers ledgers of the first slice carrying it
   * @param firstOutOf ledgers in the first slice
   * @param secondLedgers ledgers of the second slice carrying it
   * @param secondOutOf ledgers in the second slice
   * @param level the confidence level, e.g. 0.95
   * @return the comparison, never null
   * @throws dev.valuex.core.InvalidValueException if a count is negative or exceeds its slice,
   *     or the level is not strictly between 0 and 1
   */
  public static CoverageComparison of(Placement placement, long firstLedgers, long firstOutOf,
      long secondLedgers, long secondOutOf, double level) {
    return ImmutableCoverageComparison.of(placement, firstLedgers, firstOutOf, secondLedgers,
        secondOutOf, level);
  }

  /**
   * Returns the share of the first slice's ledgers carrying the placement.
   *
   * @return the share, 0 for an empty slice
   */
  public final double firstShare() {
    return firstOutOf() == 0 ? 0 : (double) firstLedgers() / firstOutOf();
  }

  /**
   * Returns the share of the second slice's ledgers carrying the placement.
   *
   * @return the share, 0 for an empty slice
   */
  public final double secondShare() {
    return secondOutOf() == 0 ? 0 : (double) secondLedgers() / secondOutOf();
  }

  /**
   * Returns the second share minus the first: positive when the placement is more common in
   * the second slice.
   *
   * @return the difference, from -1 to 1
   */
  public final double difference() {
    return secondShare() - firstShare();
  }

  /**
   * Returns the lower end of the Newcombe interval for {@link #difference()}.
   *
   * @return the lower bound, at least -1
   */
  @Value.Derived
  public double lower() {
    return interval()[0];
  }

  /**
   * Returns the upper end of the Newcombe interval for {@link #difference()}.
   *
   * @return the upper bound, at most 1
   */
  @Value.Derived
  public double upper() {
    return interval()[1];
  }

  /**
   * Tells whether the interval excludes zero, i.e. the slices differ at the chosen level.
   *
   * @return true if the whole interval is above or below zero
   */
  public final boolean differs() {
    return lower() > 0 || upper() < 0;
  }

  private double[] interval() {
    return Intervals.newcombe(firstLedgers(), firstOutOf(), secondLedgers(), secondOutOf(),
        Intervals.z(level()));
  }

  @Value.Check
  final void validate() {
    String who = "CoverageComparison " + placement();
    check(level() > 0 && level() < 1, who, "level", "be between 0 and 1 exclusive", level());
    check(firstLedgers() >= 0 && firstLedgers() <= firstOutOf(), who, "firstLedgers",
        "be from 0 to " + firstOutOf(), firstLedgers());
    check(secondLedgers() >= 0 && secondLedgers() <= secondOutOf(), who, "secondLedgers",
        "be from 0 to " + secondOutOf(), secondLedgers());
  }
}
