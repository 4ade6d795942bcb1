package dev.valuex.planning.program;

import static dev.valuex.core.internal.Checks.trimmedText;
import static dev.valuex.core.internal.Checks.trimmedTexts;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * What a program exchange covers: the program's name and type, and the constraints that give
 * the team focus, such as a budget or the channels available.
 *
 * <pre>{@code
 * ProgramScope scope = ProgramScope.of("Bakery club", ProgramType.LOYALTY)
 *     .withConstraints("no discounts deeper than 10%", "app and till only");
 * }</pre>
 */
@Value.Immutable
public abstract class ProgramScope implements WithProgramScope {

  ProgramScope() {}

  /**
   * Returns the program's name.
   *
   * @return the name, never null or blank
   */
  public abstract String name();

  /**
   * Returns the kind of program.
   *
   * @return the type, never null
   */
  public abstract ProgramType type();

  /**
   * Returns the constraints the exchange must respect.
   *
   * @return the constraints, never null, possibly empty
   */
  public abstract ImmutableList<String> constraints();

  /**
   * Creates a scope without constraints.
   *
   * @param name the program's name, not null
   * @param type the kind of program, not null
   * @return the scope, never null
   * @throws dev.valuex.core.InvalidValueException if the name is blank or untrimmed
   */
  public static ProgramScope of(String name, ProgramType type) {
    return builder().name(name).type(type).build();
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
    trimmedText(name(), "ProgramScope", "name");
    trimmedTexts(constraints(), "ProgramScope '" + name() + "'", "constraints");
  }

  /** Builds {@link ProgramScope}s; every attribute may be set once. */
  public static final class Builder extends ImmutableProgramScope.Builder {
    Builder() {}
  }
}
