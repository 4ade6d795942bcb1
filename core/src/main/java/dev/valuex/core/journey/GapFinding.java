package dev.valuex.core.journey;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.valuex.core.internal.Checks.trimmedText;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * One place where the organisation leaves the customer stranded, with the stages it concerns and
 * an explanation in plain words.
 */
@Value.Immutable
public abstract class GapFinding {

  /** The kinds of gap. */
  public enum Kind {
    /** A stage that no organisation function owns. */
    UNOWNED_STAGE,
    /** Consecutive stages whose owners have no hand-off between them. */
    MISSING_HAND_OFF,
    /** A touchpoint that no function owns. */
    UNOWNED_TOUCHPOINT,
    /** A barrier or hurdle named in evidence at a stage with no touchpoint. */
    UNSERVED_OBSTACLE
  }

  GapFinding() {}

  /**
   * Returns the kind of gap.
   *
   * @return the kind, never null
   */
  @Value.Parameter
  public abstract Kind kind();

  /**
   * Returns the names of the stages the gap concerns: one, or two for a missing hand-off.
   *
   * @return the stage names, never null
   */
  @Value.Parameter
  public abstract ImmutableList<String> stages();

  /**
   * Returns why this is a gap, in plain words.
   *
   * @return the explanation, never null or blank
   */
  @Value.Parameter
  public abstract String explanation();

  /**
   * Creates a finding.
   *
   * @param kind the kind, not null
   * @param stages the stage names, not null
   * @param explanation the explanation, not null
   * @return the finding, never null
   */
  public static GapFinding of(Kind kind, Iterable<String> stages, String explanation) {
    checkNotNull(kind, "kind");
    checkNotNull(stages, "stages");
    checkNotNull(explanation, "explanation");
    return ImmutableGapFinding.of(kind, stages, explanation);
  }

  @Value.Check
  final void validate() {
    trimmedText(explanation(), "GapFinding", "explanation");
  }
}
