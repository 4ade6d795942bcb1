package dev.valuex.core.journey;

import static dev.valuex.core.internal.Checks.trimmedText;

import dev.valuex.core.Evidence;
import org.immutables.value.Value;

/**
 * A barrier to consumption or hurdle to satisfaction named in evidence at a stage: which of the
 * two it is follows from the stage's phase.
 *
 * <pre>{@code
 * Obstacle o = Obstacle.of("Acquisition", Evidence.quote("the sign-up form kept timing out"));
 * }</pre>
 */
@Value.Immutable
public abstract class Obstacle {
  Obstacle() {}

  /**
   * Returns the name of the stage where the obstacle arises.
   *
   * @return the stage name, never null or blank
   */
  @Value.Parameter
  public abstract String stage();

  /**
   * Returns the evidence that names the obstacle.
   *
   * @return the evidence, never null
   */
  @Value.Parameter
  public abstract Evidence evidence();

  /**
   * Creates an obstacle.
   *
   * @param stage the stage name, not null
   * @param evidence the evidence, not null
   * @return the obstacle, never null
   */
  public static Obstacle of(String stage, Evidence evidence) {
    return ImmutableObstacle.of(stage, evidence);
  }

  @Value.Check
  final void validate() {
    trimmedText(stage(), "Obstacle", "stage");
  }
}
