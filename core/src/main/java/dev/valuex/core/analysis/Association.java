package dev.valuex.core.analysis;

import static dev.valuex.core.internal.Checks.check;

import org.immutables.value.Value;

/**
 * How strongly one placement goes together with another in a slice of ledgers, read as the rule
 * "ledgers that carry the antecedent also carry the consequent".
 *
 * <ul>
 *   <li>support: the share of all ledgers that carry both, {@code together / ledgers};
 *   <li>confidence: the share of the antecedent's ledgers that also carry the consequent,
 *       {@code together / antecedentLedgers};
 *   <li>lift: confidence divided by the consequent's own share, {@code together * ledgers /
 *       (antecedentLedgers * consequentLedgers)}; above 1 the two go together more often than
 *       chance would have it, below 1 less often.
 * </ul>
 *
 * <p>With 10 ledgers, MONEY given in 5, SAVINGS sought in 4 and both in 3: support 0.3,
 * confidence 0.6 and lift 1.5.
 */
@Value.Immutable
public abstract class Association {

  Association() {}

  /**
   * Returns the placement the rule starts from.
   *
   * @return the antecedent, never null
   */
  public abstract Placement antecedent();

  /**
   * Returns the placement the rule predicts.
   *
   * @return the consequent, never null
   */
  public abstract Placement consequent();

  /**
   * Returns how many ledgers carry both placements.
   *
   * @return the count, at most either placement's count
   */
  public abstract long together();

  /**
   * Returns how many ledgers carry the antecedent.
   *
   * @return the count, at most {@link #ledgers()}
   */
  public abstract long antecedentLedgers();

  /**
   * Returns how many ledgers carry the consequent.
   *
   * @return the count, at most {@link #ledgers()}
   */
  public abstract long consequentLedgers();

  /**
   * Returns how many ledgers the slice holds.
   *
   * @return the count, at least 0
   */
  public abstract long ledgers();

  /**
   * Returns the share of all ledgers that carry both placements.
   *
   * @return the support from 0 to 1, 0 when there are no ledgers
   */
  public final double support() {
    return ledgers() == 0 ? 0 : (double) together() / ledgers();
  }

  /**
   * Returns the share of the antecedent's ledgers that also carry the consequent.
   *
   * @return the confidence from 0 to 1, 0 when no ledger carries the antecedent
   */
  public final double confidence() {
    return antecedentLedgers() == 0 ? 0 : (double) together() / antecedentLedgers();
  }

  /**
   * Returns how much more often the two go together than if they were independent.
   *
   * @return the lift, at least 0; 0 when either placement is carried by no ledger
   */
  public final double lift() {
    if (antecedentLedgers() == 0 || consequentLedgers() == 0) {
      return 0;
    }
    return (double) together() * ledgers() / ((double) antecedentLedgers() * consequentLedgers());
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
    String who = "Association " + antecedent() + " -> " + consequent();
    check(antecedentLedgers() <= ledgers(), who, "antecedentLedgers", "be at most " + ledgers(),
        antecedentLedgers());
    check(consequentLedgers() <= ledgers(), who, "consequentLedgers", "be at most " + ledgers(),
        consequentLedgers());
    check(together() >= 0 && together() <= Math.min(antecedentLedgers(), consequentLedgers()),
        who, "together", "be from 0 to the smaller placement count", together());
  }

  /** Builds {@link Association}s; every attribute may be set once. */
  public static final class Builder extends ImmutableAssociation.Builder {
    Builder() {}
  }
}
