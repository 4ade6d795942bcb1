package dev.valuex.core.journey;

import static dev.valuex.core.internal.Checks.trimmedText;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A point where the customer meets the organisation at a stage of the journey: through a
 * channel, serving a functional, social or emotional characteristic, owned by an organisation
 * function (or by nobody, which is a gap).
 *
 * <pre>{@code
 * Touchpoint chat = Touchpoint.builder()
 *     .id("support-chat")
 *     .stage("Service")
 *     .channel("web chat")
 *     .description("answers set-up questions")
 *     .characteristic(Characteristic.FUNCTIONAL)
 *     .owner("Customer Service")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Touchpoint implements WithTouchpoint {
  Touchpoint() {}

  /**
   * Returns the touchpoint's id, unique within its journey.
   *
   * @return the id, never null or blank
   */
  public abstract String id();

  /**
   * Returns the name of the stage the touchpoint sits at.
   *
   * @return the stage name, never null or blank
   */
  public abstract String stage();

  /**
   * Returns the channel, e.g. {@code shop}, {@code email} or {@code app}.
   *
   * @return the channel, never null or blank
   */
  public abstract String channel();

  /**
   * Returns what happens at the touchpoint.
   *
   * @return the description, empty when not recorded
   */
  public abstract Optional<String> description();

  /**
   * Returns the characteristic of the journey the touchpoint serves.
   *
   * @return the characteristic, never null
   */
  public abstract Characteristic characteristic();

  /**
   * Returns the name of the organisation function that owns the touchpoint.
   *
   * @return the owner, empty when nobody owns it
   */
  public abstract Optional<String> owner();

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
    trimmedText(id(), "Touchpoint", "id");
    String who = "Touchpoint " + id();
    trimmedText(stage(), who, "stage");
    trimmedText(channel(), who, "channel");
    description().ifPresent(d -> trimmedText(d, who, "description"));
    owner().ifPresent(o -> trimmedText(o, who, "owner"));
  }

  /** Builds {@link Touchpoint}s; every attribute may be set once. */
  public static final class Builder extends ImmutableTouchpoint.Builder {
    Builder() {}
  }
}
