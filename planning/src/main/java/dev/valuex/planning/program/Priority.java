package dev.valuex.planning.program;

import dev.valuex.core.Side;
import org.immutables.value.Value;

/**
 * The place of one benefit or contribution in a program exchange's prioritisation: its value
 * and feasibility ratings and the {@link Quadrant} they put it in. From the customer's side a
 * benefit is {@link Side#OUT} and a contribution {@link Side#IN}.
 */
@Value.Immutable
public abstract class Priority {

  Priority() {}

  /**
   * Returns whether the item is a benefit ({@code OUT}) or a contribution ({@code IN}).
   *
   * @return the side, never null
   */
  @Value.Parameter
  public abstract Side side();

  /**
   * Returns the item's id.
   *
   * @return the id, never null
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Returns the value rating: perceived value for a benefit, value to the business for a
   * contribution.
   *
   * @return the value, 1 to 5
   */
  @Value.Parameter
  public abstract int value();

  /**
   * Returns the feasibility rating: feasibility for a benefit, ease for the customer for a
   * contribution.
   *
   * @return the feasibility, 1 to 5
   */
  @Value.Parameter
  public abstract int feasibility();

  /**
   * Returns the quadrant of the value and feasibility.
   *
   * @return the quadrant, never null
   */
  @Value.Derived
  public Quadrant quadrant() {
    return Quadrant.of(value(), feasibility());
  }

  static Priority of(Side side, String id, int value, int feasibility) {
    return ImmutablePriority.of(side, id, value, feasibility);
  }
}
