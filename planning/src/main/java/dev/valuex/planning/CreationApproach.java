package dev.valuex.planning;

import static dev.valuex.core.internal.Checks.trimmedText;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * One way to create or capture a value, ideally explored with customers, and the actions that
 * carry it out.
 *
 * <pre>{@code
 * CreationApproach premade = CreationApproach.of(
 *         "Cut the actions a customer needs by pre-making parts of the product")
 *     .withActions(Action.of("Ship the frame pre-assembled"));
 * }</pre>
 */
@Value.Immutable
public abstract class CreationApproach implements WithCreationApproach {

  CreationApproach() {}

  /**
   * Returns how the value is created or captured, in words an audience understands.
   *
   * @return the description, never null or blank
   */
  public abstract String description();

  /**
   * Returns the actions that carry the approach out, in order.
   *
   * @return the actions, never null, possibly empty
   */
  public abstract ImmutableList<Action> actions();

  /**
   * Creates an approach with no actions yet.
   *
   * @param description how the value is created or captured, not null
   * @return the approach, never null
   * @throws dev.valuex.core.InvalidValueException if the description is blank or untrimmed
   */
  public static CreationApproach of(String description) {
    return builder().description(description).build();
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
    trimmedText(description(), "CreationApproach", "description");
  }

  /** Builds {@link CreationApproach}es; every attribute may be set once. */
  public static final class Builder extends ImmutableCreationApproach.Builder {
    Builder() {}
  }
}
