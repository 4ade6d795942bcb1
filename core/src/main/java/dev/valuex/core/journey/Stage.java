package dev.valuex.core.journey;

import static dev.valuex.core.internal.Checks.trimmedText;

import org.immutables.value.Value;

/**
 * One stage of a journey model, such as {@code Awareness} or {@code Use}, in exactly one phase.
 *
 * <pre>{@code
 * Stage use = Stage.of("Use", Phase.POST_PURCHASE);
 * }</pre>
 */
@Value.Immutable
public abstract class Stage {
  Stage() {}

  /**
   * Returns the stage's name, unique within its model.
   *
   * @return the name, never null or blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the phase the stage belongs to.
   *
   * @return the phase, never null
   */
  @Value.Parameter
  public abstract Phase phase();

  /**
   * Creates a stage.
   *
   * @param name the name, not null
   * @param phase the phase, not null
   * @return the stage, never null
   * @throws dev.valuex.core.InvalidValueException if the name is blank or untrimmed
   */
  public static Stage of(String name, Phase phase) {
    return ImmutableStage.of(name, phase);
  }

  @Value.Check
  final void validate() {
    trimmedText(name(), "Stage", "name");
  }

  /**
   * Returns the name, as written in documents.
   *
   * @return the name, never null
   */
  @Override
  public String toString() {
    return name();
  }
}
