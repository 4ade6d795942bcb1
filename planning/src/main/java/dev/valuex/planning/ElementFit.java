package dev.valuex.planning;

import static dev.valuex.core.internal.Checks.check;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.ElementId;
import dev.valuex.core.Side;
import org.immutables.value.Value;

/**
 * How one element customers seek (OUT) or give (IN) meets a value proposition in a slice of
 * ledgers: how many ledgers carry it, out of how many, and which offerings serve it.
 */
@Value.Immutable
public abstract class ElementFit {

  ElementFit() {}

  /**
   * Returns the element.
   *
   * @return the element id, never null
   */
  public abstract ElementId element();

  /**
   * Returns the side: OUT for value sought, IN for a cost given.
   *
   * @return the side, never null
   */
  public abstract Side side();

  /**
   * Returns how many ledgers of the slice carry the element on the side.
   *
   * @return the count, at least 1
   */
  public abstract long ledgers();

  /**
   * Returns how many ledgers the slice holds.
   *
   * @return the count, at least {@link #ledgers()}
   */
  public abstract long outOf();

  /**
   * Returns the names of the offerings that create (OUT) or relieve (IN) the element, in the
   * proposition's order.
   *
   * @return the names, never null, empty when nothing serves the element
   */
  public abstract ImmutableList<String> servedBy();

  /**
   * Returns the share of the slice's ledgers that carry the element: its coverage.
   *
   * @return {@code ledgers / outOf}
   */
  public final double share() {
    return (double) ledgers() / outOf();
  }

  /**
   * Tells whether some offering serves the element.
   *
   * @return true unless {@link #servedBy()} is empty
   */
  public final boolean isServed() {
    return !servedBy().isEmpty();
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
    String who = "ElementFit " + element() + " " + side();
    check(ledgers() >= 1 && ledgers() <= outOf(), who, "ledgers", "be from 1 to " + outOf(),
        ledgers());
  }

  /** Builds {@link ElementFit}s; every attribute may be set once. */
  public static final class Builder extends ImmutableElementFit.Builder {
    Builder() {}
  }
}
