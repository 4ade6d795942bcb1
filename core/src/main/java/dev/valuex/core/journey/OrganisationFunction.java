package dev.valuex.core.journey;

import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;
import static dev.valuex.core.internal.Checks.trimmedTexts;

import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * A function of the organisation, such as a department or team, with the journey stages it owns
 * and the functions it hands the customer off to. Named so as not to clash with {@code
 * java.util.function.Function}.
 *
 * <pre>{@code
 * OrganisationFunction sales = OrganisationFunction.builder()
 *     .name("Sales")
 *     .addOwnedStages("Consideration", "Acquisition")
 *     .addHandsOffTo("Customer Service")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class OrganisationFunction implements WithOrganisationFunction {
  OrganisationFunction() {}

  /**
   * Returns the function's name, unique within its journey.
   *
   * @return the name, never null or blank
   */
  public abstract String name();

  /**
   * Returns the names of the stages the function owns.
   *
   * @return the stage names, never null, possibly empty
   */
  public abstract ImmutableSet<String> ownedStages();

  /**
   * Returns the names of the functions this one hands the customer off to.
   *
   * @return the function names, never null, possibly empty
   */
  public abstract ImmutableSet<String> handsOffTo();

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
    trimmedText(name(), "OrganisationFunction", "name");
    String who = "OrganisationFunction " + name();
    trimmedTexts(ownedStages(), who, "ownedStages");
    trimmedTexts(handsOffTo(), who, "handsOffTo");
    check(!handsOffTo().contains(name()), who, "handsOffTo", "name other functions", name());
  }

  /** Builds {@link OrganisationFunction}s; every attribute may be set once. */
  public static final class Builder extends ImmutableOrganisationFunction.Builder {
    Builder() {}
  }
}
