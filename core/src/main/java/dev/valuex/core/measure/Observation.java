package dev.valuex.core.measure;

import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One dated actual value of a measure, with an optional note on how it was obtained. The
 * observation names its measure, so a review can hold observations of many measures.
 *
 * <pre>{@code
 * Observation steps = Observation.of("steps to ready", LocalDate.of(2026, 6, 30), 4)
 *     .withNote("usability test with 8 customers, median");
 * }</pre>
 *
 * <p>Only finiteness is checked here; whether a value suits its measure (for example, no
 * negative counts) is checked by {@link Measure#achievement(Iterable)}.
 */
@Value.Immutable
public abstract class Observation implements WithObservation {

  Observation() {}

  /**
   * Returns the name of the measure observed.
   *
   * @return the measure's name, never null or blank
   */
  public abstract String measure();

  /**
   * Returns the date the value was observed.
   *
   * @return the date, never null
   */
  public abstract LocalDate date();

  /**
   * Returns the observed value, in the measure's unit.
   *
   * @return the value, a finite number
   */
  public abstract double value();

  /**
   * Returns a note on how the value was obtained.
   *
   * @return the note, empty when there is none
   */
  public abstract Optional<String> note();

  /**
   * Creates an observation without a note.
   *
   * @param measure the name of the measure observed, not null
   * @param date the date observed, not null
   * @param value the observed value, a finite number
   * @return the observation, never null
   * @throws dev.valuex.core.InvalidValueException if the name is blank or the value not finite
   */
  public static Observation of(String measure, LocalDate date, double value) {
    return builder().measure(measure).date(date).value(value).build();
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
    trimmedText(measure(), "Observation", "measure");
    String who = "Observation of '" + measure() + "' on " + date();
    check(Double.isFinite(value()), who, "value", "be a finite number", value());
    note().ifPresent(n -> trimmedText(n, who, "note"));
  }

  /** Builds {@link Observation}s; every attribute may be set once. */
  public static final class Builder extends ImmutableObservation.Builder {
    Builder() {}
  }
}
