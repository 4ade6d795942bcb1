package dev.valuex.core.analysis;

import static dev.valuex.core.internal.Checks.check;

import org.immutables.value.Value;

/**
 * How widely one placement recurs in a slice of ledgers: how many ledgers carry it out of how
 * many, how much evidence backs it, and how it was weighed.
 *
 * <pre>{@code
 * ElementCoverage c = summary.coverage(Placement.of(savings, Side.OUT));
 * System.out.printf("%s in %d of %d ledgers (%.0f%%)%n", c.placement(), c.ledgers(),
 *     c.outOf(), 100 * c.share());
 * }</pre>
 */
@Value.Immutable
public abstract class ElementCoverage {

  ElementCoverage() {}

  /**
   * Returns the element and side counted.
   *
   * @return the placement, never null
   */
  public abstract Placement placement();

  /**
   * Returns how many ledgers carry the placement.
   *
   * @return the count, from 0 to {@link #outOf()}
   */
  public abstract long ledgers();

  /**
   * Returns how many ledgers the slice holds.
   *
   * @return the count, at least 0
   */
  public abstract long outOf();

  /**
   * Returns how many pieces of evidence back the placement across those ledgers.
   *
   * @return the count, at least 0
   */
  public abstract long evidence();

  /**
   * Returns how the entries of the placement were weighed.
   *
   * @return the distribution, never null
   */
  public abstract ImportanceDistribution importance();

  /**
   * Returns the share of ledgers that carry the placement.
   *
   * @return {@code ledgers / outOf}, or 0 when the slice holds no ledgers
   */
  public final double share() {
    return outOf() == 0 ? 0 : (double) ledgers() / outOf();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void validate() {
    String who = "ElementCoverage " + placement();
    check(ledgers() >= 0 && ledgers() <= outOf(), who, "ledgers", "be from 0 to " + outOf(),
        ledgers());
    check(evidence() >= 0, who, "evidence", "be at least 0", evidence());
  }

  /** Builds {@link ElementCoverage}s; every attribute may be set once. */
  public static final class Builder extends ImmutableElementCoverage.Builder {
    Builder() {}
  }
}
