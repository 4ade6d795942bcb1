package dev.valuex.core.analysis;

import dev.valuex.core.ElementId;
import dev.valuex.core.Side;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * A value element on one side of the exchange, the unit patterns are counted in: SAVINGS sought
 * (OUT) and SAVINGS given (IN) are different placements of one element.
 *
 * <pre>{@code
 * Placement sought = Placement.of(ElementId.parse("customer.savings"), Side.OUT);
 * }</pre>
 */
@Value.Immutable
public abstract class Placement implements Comparable<Placement> {
  private static final Comparator<Placement> ORDER =
      Comparator.comparing(Placement::element).thenComparing(Placement::side);

  Placement() {}

  /**
   * Returns the element.
   *
   * @return the element id, never null
   */
  @Value.Parameter
  public abstract ElementId element();

  /**
   * Returns the side the element is on.
   *
   * @return the side, never null
   */
  @Value.Parameter
  public abstract Side side();

  /**
   * Creates a placement.
   *
   * @param element the element, not null
   * @param side the side, not null
   * @return the placement, never null
   */
  public static Placement of(ElementId element, Side side) {
    return ImmutablePlacement.of(element, side);
  }

  /**
   * Orders placements by element, then IN before OUT.
   *
   * @param other the placement to compare with, not null
   * @return negative, zero or positive as this placement sorts before, with or after it
   */
  @Override
  public int compareTo(Placement other) {
    return ORDER.compare(this, other);
  }

  /**
   * Returns the element and side, e.g. {@code customer.savings OUT}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return element() + " " + side();
  }
}
