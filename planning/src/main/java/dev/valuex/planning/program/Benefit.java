package dev.valuex.planning.program;

import static dev.valuex.core.internal.Checks.trimmedText;

import dev.valuex.core.ElementId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something the business gives the customers of a program, rated for how much customers would
 * value it and how feasible it is for the business to provide, each from 1 (low) to 5 (high).
 * Look beyond promotional incentives: recognition, access, convenience and belonging are
 * benefits too.
 *
 * <pre>{@code
 * Benefit early = Benefit.builder()
 *     .id("early-access")
 *     .description("Members try new breads a week before everyone else")
 *     .element(ElementId.parse("customer.status-recognition"))
 *     .perceivedValue(4)
 *     .feasibility(5)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Benefit implements WithBenefit {

  Benefit() {}

  /**
   * Returns the benefit's id within its exchange, used by pairings.
   *
   * @return the id: lower-case letters or digits in words joined by hyphens, never null
   */
  public abstract String id();

  /**
   * Returns what the business gives, in words.
   *
   * @return the description, never null or blank
   */
  public abstract String description();

  /**
   * Returns the value element the benefit creates for the customer.
   *
   * @return the element id, empty when not linked to an element
   */
  public abstract Optional<ElementId> element();

  /**
   * Returns how much customers would value the benefit, from 1 to 5.
   *
   * @return the perceived value
   */
  public abstract int perceivedValue();

  /**
   * Returns how feasible it is for the business to provide, from 1 (hard) to 5 (easy).
   *
   * @return the feasibility
   */
  public abstract int feasibility();

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
    Ratings.id(id(), "Benefit");
    String who = "Benefit " + id();
    trimmedText(description(), who, "description");
    Ratings.rating(perceivedValue(), who, "perceivedValue");
    Ratings.rating(feasibility(), who, "feasibility");
  }

  /** Builds {@link Benefit}s; every attribute may be set once. */
  public static final class Builder extends ImmutableBenefit.Builder {
    Builder() {}
  }
}
