package dev.valuex.planning;

import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When an action happens: either a calendar date or a named milestone such as "after the
 * pilot". Exactly one of the two is set.
 *
 * <pre>{@code
 * When launch = When.on(LocalDate.of(2026, 9, 1));
 * When later = When.milestone("after the pilot");
 * }</pre>
 */
@Value.Immutable
public abstract class When {

  When() {}

  /**
   * Returns the date, when the action is set for a date.
   *
   * @return the date, empty when a milestone is set instead
   */
  public abstract Optional<LocalDate> date();

  /**
   * Returns the milestone, when the action is set for a milestone.
   *
   * @return the milestone, empty when a date is set instead
   */
  public abstract Optional<String> milestone();

  /**
   * Creates a date.
   *
   * @param date the date, not null
   * @return the when, never null
   */
  public static When on(LocalDate date) {
    return ImmutableWhen.builder().date(date).build();
  }

  /**
   * Creates a named milestone.
   *
   * @param milestone the milestone, e.g. "after the pilot", not null
   * @return the when, never null
   * @throws dev.valuex.core.InvalidValueException if the milestone is blank or untrimmed
   */
  public static When milestone(String milestone) {
    return ImmutableWhen.builder().milestone(milestone).build();
  }

  @Value.Check
  final void validate() {
    check(date().isPresent() != milestone().isPresent(), "When", "date and milestone",
        "have exactly one of the two set", date().isPresent() ? "both" : "neither");
    milestone().ifPresent(m -> trimmedText(m, "When", "milestone"));
  }

  /**
   * Returns the date in ISO form, or the milestone.
   *
   * @return the when as text, never null
   */
  @Override
  public String toString() {
    return date().map(LocalDate::toString).orElseGet(() -> milestone().orElseThrow());
  }
}
