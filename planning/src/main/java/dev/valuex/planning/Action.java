package dev.valuex.planning;

import static dev.valuex.core.internal.Checks.trimmedText;
import static dev.valuex.core.internal.Checks.trimmedTexts;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One specific step that creates or captures value: what is done, when, and who is involved.
 * When and who may be left open while a plan is drafted; {@link #isComplete()} says whether all
 * three are answered.
 *
 * <pre>{@code
 * Action premake = Action.of("Ship the frame pre-assembled")
 *     .withWhen(When.milestone("next product release"))
 *     .withWho("product team", "two customers from the panel")
 *     .withStatus(Action.Status.IN_PROGRESS);
 * }</pre>
 */
@Value.Immutable
public abstract class Action implements WithAction {

  /** How far an action has come. */
  public enum Status {
    /** Planned, not started. */
    PLANNED,
    /** Started. */
    IN_PROGRESS,
    /** Done. */
    DONE,
    /** Dropped: will not be done. */
    DROPPED
  }

  Action() {}

  /**
   * Returns what is done.
   *
   * @return the action in words, never null or blank
   */
  public abstract String what();

  /**
   * Returns when it is done.
   *
   * @return the date or milestone, empty while not yet decided
   */
  public abstract Optional<When> when();

  /**
   * Returns who is involved: people, roles or teams.
   *
   * @return who, never null, empty while not yet decided
   */
  public abstract ImmutableList<String> who();

  /**
   * Returns how far the action has come; {@link Status#PLANNED} unless set.
   *
   * @return the status, never null
   */
  @Value.Default
  public Status status() {
    return Status.PLANNED;
  }

  /**
   * Creates a planned action with when and who still open.
   *
   * @param what what is done, not null
   * @return the action, never null
   * @throws dev.valuex.core.InvalidValueException if {@code what} is blank or untrimmed
   */
  public static Action of(String what) {
    return builder().what(what).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns whether the action says what, when and who.
   *
   * @return true when when and who are both set
   */
  public final boolean isComplete() {
    return when().isPresent() && !who().isEmpty();
  }

  @Value.Check
  final void validate() {
    trimmedText(what(), "Action", "what");
    trimmedTexts(who(), "Action '" + what() + "'", "who");
  }

  /** Builds {@link Action}s; every attribute may be set once. */
  public static final class Builder extends ImmutableAction.Builder {
    Builder() {}
  }
}
