package dev.valuex.planning;

import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;

import com.google.common.collect.ImmutableSet;
import dev.valuex.core.ElementId;
import dev.valuex.core.Side;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A product, service or feature of a value proposition, with the value elements it creates for
 * customers (sought, OUT-side elements) and the costs it relieves them of (given, IN-side
 * elements it reduces, such as time or effort).
 *
 * <pre>{@code
 * Offering ebikes = Offering.builder()
 *     .name("E-bike fleet")
 *     .kind(Offering.Kind.PRODUCT)
 *     .addCreates(ElementId.parse("customer.time-saving"))
 *     .addRelieves(ElementId.parse("customer.effort"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Offering implements WithOffering {

  /** What kind of thing an offering is. */
  public enum Kind {
    /** Something customers get or use: a bike, a device, a box. */
    PRODUCT,
    /** Something done for customers: a pass, support, delivery, an event. */
    SERVICE,
    /** A part of a product or service: an app function, an alert, a setting. */
    FEATURE
  }

  Offering() {}

  /**
   * Returns the offering's name, unique within its proposition.
   *
   * @return the name, never null or blank
   */
  public abstract String name();

  /**
   * Returns what kind of thing the offering is.
   *
   * @return the kind, never null
   */
  public abstract Kind kind();

  /**
   * Returns what the offering is, in a sentence.
   *
   * @return the description, empty when not given
   */
  public abstract Optional<String> description();

  /**
   * Returns the value elements the offering creates: value customers seek to get (OUT).
   *
   * @return the element ids, never null, possibly empty
   */
  public abstract ImmutableSet<ElementId> creates();

  /**
   * Returns the costs the offering relieves: elements customers put in (IN) that it reduces.
   *
   * @return the element ids, never null, possibly empty
   */
  public abstract ImmutableSet<ElementId> relieves();

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether the offering serves an element on a side: creates it (OUT) or relieves it
   * (IN).
   *
   * @param element the element, not null
   * @param side the side, not null
   * @return true if the offering creates the element (OUT) or relieves it (IN)
   */
  public final boolean serves(ElementId element, Side side) {
    return (side == Side.OUT ? creates() : relieves()).contains(element);
  }

  @Value.Check
  final void validate() {
    trimmedText(name(), "Offering", "name");
    String who = "Offering '" + name() + "'";
    description().ifPresent(d -> trimmedText(d, who, "description"));
    check(!creates().isEmpty() || !relieves().isEmpty(), who, "creates or relieves",
        "name at least one element", "nothing");
  }

  /** Builds {@link Offering}s; every attribute may be set once. */
  public static final class Builder extends ImmutableOffering.Builder {
    Builder() {}
  }
}
