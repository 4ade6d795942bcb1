package dev.valuex.core.analysis;

import static dev.valuex.core.internal.Checks.check;

import dev.valuex.core.ElementId;
import org.immutables.value.Value;

/**
 * One pick of a {@link SummarySetProposal}, with the counts behind it: how many ledgers carry
 * the element on its own, how many of those no earlier pick reached, and how many the picks so
 * far reach together.
 */
@Value.Immutable
public abstract class ProposedElement {

  ProposedElement() {}

  /**
   * Returns the element picked.
   *
   * @return the element id, never null
   */
  public abstract ElementId element();

  /**
   * Returns how many ledgers carry the element on the proposal's side.
   *
   * @return the count, at least {@link #newLedgers()}
   */
  public abstract long ledgers();

  /**
   * Returns how many ledgers this pick adds to those reached by the earlier picks.
   *
   * @return the count, at least 0
   */
  public abstract long newLedgers();

  /**
   * Returns how many ledgers this pick and the earlier ones reach together.
   *
   * @return the count, at most {@link #outOf()}
   */
  public abstract long reachedLedgers();

  /**
   * Returns how many ledgers the proposal was made from.
   *
   * @return the count, at least 1
   */
  public abstract long outOf();

  /**
   * Returns the share of ledgers reached by this pick and the earlier ones.
   *
   * @return {@code reachedLedgers / outOf}
   */
  public final double reachedShare() {
    return (double) reachedLedgers() / outOf();
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
    String who = "ProposedElement " + element();
    check(newLedgers() >= 0 && newLedgers() <= ledgers(), who, "newLedgers",
        "be from 0 to " + ledgers(), newLedgers());
    check(reachedLedgers() >= newLedgers() && reachedLedgers() <= outOf(), who,
        "reachedLedgers", "be from " + newLedgers() + " to " + outOf(), reachedLedgers());
  }

  /** Builds {@link ProposedElement}s; every attribute may be set once. */
  public static final class Builder extends ImmutableProposedElement.Builder {
    Builder() {}
  }
}
