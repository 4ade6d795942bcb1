package dev.valuex.planning;

import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;
import static dev.valuex.core.internal.Checks.trimmedTexts;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.measure.Observation;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One periodic look at a plan: on a date, a reviewer records the actual values observed since
 * the last review, in order, with notes on whether value is being created as expected.
 *
 * <pre>{@code
 * Review june = Review.builder()
 *     .date(LocalDate.of(2026, 6, 30))
 *     .reviewer("service design team")
 *     .addObservations(Observation.of("steps to ready", LocalDate.of(2026, 6, 28), 4))
 *     .addNotes("Frame now ships pre-assembled; the handle still needs tools")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Review implements WithReview {

  Review() {}

  /**
   * Returns the date of the review.
   *
   * @return the date, never null
   */
  public abstract LocalDate date();

  /**
   * Returns who reviewed.
   *
   * @return the reviewer, a person, role or team, never null or blank
   */
  public abstract String reviewer();

  /**
   * Returns the observations recorded at the review, in the order recorded.
   *
   * @return the observations, never null, possibly empty
   */
  public abstract ImmutableList<Observation> observations();

  /**
   * Returns the reviewer's notes.
   *
   * @return the notes, never null, possibly empty
   */
  public abstract ImmutableList<String> notes();

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
    String who = "Review " + date();
    trimmedText(reviewer(), who, "reviewer");
    trimmedTexts(notes(), who, "notes");
    for (Observation o : observations()) {
      check(!o.date().isAfter(date()), who, "observations",
          "be dated on or before the review", o.measure() + " on " + o.date());
    }
  }

  /** Builds {@link Review}s; every attribute may be set once. */
  public static final class Builder extends ImmutableReview.Builder {
    Builder() {}
  }
}
