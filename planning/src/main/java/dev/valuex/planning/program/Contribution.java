package dev.valuex.planning.program;

import static dev.valuex.core.internal.Checks.trimmedText;

import dev.valuex.core.ElementId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something a program asks of its customers, rated for its value to the business and its
 * burden on the customer, each from 1 (low) to 5 (high). Personal data is a contribution too:
 * it should come with a stated purpose and a benefit in return.
 *
 * <pre>{@code
 * Contribution birthday = Contribution.builder()
 *     .id("birthday")
 *     .description("Tell us your birthday")
 *     .element(ElementId.parse("customer.personal-data"))
 *     .valueToBusiness(2)
 *     .burden(1)
 *     .personalData(true)
 *     .purpose("Send a free pastry on the day")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Contribution implements WithContribution {

  Contribution() {}

  /**
   * Returns the contribution's id within its exchange, used by pairings.
   *
   * @return the id: lower-case letters or digits in words joined by hyphens, never null
   */
  public abstract String id();

  /**
   * Returns what the customer gives, in words.
   *
   * @return the description, never null or blank
   */
  public abstract String description();

  /**
   * Returns the value element the customer puts in.
   *
   * @return the element id, empty when not linked to an element
   */
  public abstract Optional<ElementId> element();

  /**
   * Returns how much the contribution is worth to the business, from 1 to 5.
   *
   * @return the value to the business
   */
  public abstract int valueToBusiness();

  /**
   * Returns how heavy the contribution is for the customer, from 1 (light) to 5 (heavy).
   *
   * @return the burden
   */
  public abstract int burden();

  /**
   * Returns whether the contribution is personal data.
   *
   * @return true for personal data; false unless set
   */
  @Value.Default
  public boolean personalData() {
    return false;
  }

  /**
   * Returns the stated purpose the contribution is asked for, which personal data needs.
   *
   * @return the purpose, empty when none is stated
   */
  public abstract Optional<String> purpose();

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns how easy the contribution is for the customer, the inverse of the burden: 5 for a
   * burden of 1, 1 for a burden of 5.
   *
   * @return the ease, from 1 to 5
   */
  public final int ease() {
    return Ratings.MAX + Ratings.MIN - burden();
  }

  @Value.Check
  final void validate() {
    Ratings.id(id(), "Contribution");
    String who = "Contribution " + id();
    trimmedText(description(), who, "description");
    Ratings.rating(valueToBusiness(), who, "valueToBusiness");
    Ratings.rating(burden(), who, "burden");
    purpose().ifPresent(p -> trimmedText(p, who, "purpose"));
  }

  /** Builds {@link Contribution}s; every attribute may be set once. */
  public static final class Builder extends ImmutableContribution.Builder {
    Builder() {}
  }
}
