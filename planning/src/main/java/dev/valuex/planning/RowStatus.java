package dev.valuex.planning;

import dev.valuex.core.ElementId;
import dev.valuex.core.Side;
import org.immutables.value.Value;

/**
 * Where one plan row stands after the plan's reviews, with the reason in words. Part of {@link
 * PlanStatus}, which documents the rules.
 */
@Value.Immutable
public abstract class RowStatus {

  /** The states a row can be in. */
  public enum State {
    /** Every measure of the row has been observed and its latest achievement meets its target. */
    MET,
    /** Not met yet, and no observed measure is at risk. */
    ON_TRACK,
    /** An observed measure that is not met is falling or below the at-risk threshold. */
    AT_RISK,
    /** The row has no measure, or none of its measures has been observed. */
    NOT_MEASURED
  }

  RowStatus() {}

  /**
   * Returns the row's element.
   *
   * @return the element id, never null
   */
  @Value.Parameter
  public abstract ElementId element();

  /**
   * Returns the row's side.
   *
   * @return the side, never null
   */
  @Value.Parameter
  public abstract Side side();

  /**
   * Returns the row's state.
   *
   * @return the state, never null
   */
  @Value.Parameter
  public abstract State state();

  /**
   * Returns why the row is in its state, naming the measures that decided it.
   *
   * @return the explanation, never null
   */
  @Value.Parameter
  public abstract String explanation();

  static RowStatus of(PlanRow row, State state, String explanation) {
    return ImmutableRowStatus.of(row.element(), row.side(), state, explanation);
  }
}
