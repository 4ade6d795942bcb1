package dev.valuex.planning;

import dev.valuex.core.ElementId;
import dev.valuex.core.Side;
import org.immutables.value.Value;

/**
 * What one plan row still lacks to answer one of the three questions, with an explanation.
 * Listed by {@link CompletenessReport}.
 */
@Value.Immutable
public abstract class Gap {

  Gap() {}

  /**
   * Returns the element of the row.
   *
   * @return the element id, never null
   */
  @Value.Parameter
  public abstract ElementId element();

  /**
   * Returns the side of the row.
   *
   * @return the side, never null
   */
  @Value.Parameter
  public abstract Side side();

  /**
   * Returns the question left unanswered.
   *
   * @return the question, never null
   */
  @Value.Parameter
  public abstract Question question();

  /**
   * Returns what is missing, in words.
   *
   * @return the explanation, never null
   */
  @Value.Parameter
  public abstract String explanation();

  static Gap of(PlanRow row, Question question, String explanation) {
    return ImmutableGap.of(row.element(), row.side(), question, explanation);
  }
}
