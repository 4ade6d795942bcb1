package dev.valuex.core;

import static dev.valuex.core.internal.Checks.trimmedText;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a ledger entry rests on: a verbatim quote, an observation, a survey answer or behavioural
 * data, with where it came from.
 *
 * <pre>{@code
 * Evidence quote = Evidence.quote("I always look around to get the best deal")
 *     .withSource("interview 7, 00:12:40")
 *     .withSpeaker("P07");
 * }</pre>
 */
@Value.Immutable
public abstract class Evidence implements WithEvidence {

  /** The kinds of evidence. */
  public enum Kind {
    /** The subject's own words, verbatim. */
    QUOTE,
    /** What a researcher saw the subject do. */
    OBSERVATION,
    /** An answer to a survey question. */
    SURVEY_ANSWER,
    /** Data about behaviour, such as purchases or usage. */
    BEHAVIOURAL_DATA,
    /** Anything else. */
    OTHER
  }

  Evidence() {}

  /**
   * Returns the kind of evidence.
   *
   * @return the kind, never null
   */
  public abstract Kind kind();

  /**
   * Returns the verbatim text: the quote, the observation or the answer.
   *
   * @return the text, never null or blank
   */
  public abstract String text();

  /**
   * Returns a reference to the source, e.g. an interview and a time stamp.
   *
   * @return the source, empty when not recorded
   */
  public abstract Optional<String> source();

  /**
   * Returns the pseudonym of who said it.
   *
   * @return the speaker, empty when not recorded
   */
  public abstract Optional<String> speaker();

  /**
   * Returns when the evidence was gathered.
   *
   * @return the date, empty when not recorded
   */
  public abstract Optional<LocalDate> date();

  /**
   * Creates evidence of a kind with its text.
   *
   * @param kind the kind, not null
   * @param text the verbatim text, not null
   * @return the evidence, never null
   * @throws InvalidValueException if the text is blank
   */
  public static Evidence of(Kind kind, String text) {
    return builder().kind(kind).text(text).build();
  }

  /**
   * Creates a verbatim quote.
   *
   * @param text the subject's words, not null
   * @return the evidence, never null
   * @throws InvalidValueException if the text is blank
   */
  public static Evidence quote(String text) {
    return of(Kind.QUOTE, text);
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
    trimmedText(text(), "Evidence", "text");
    // Each accessor call wraps its value in a new Optional: one call per attribute, no lambda.
    Optional<String> source = source();
    if (source.isPresent()) {
      trimmedText(source.get(), "Evidence", "source");
    }
    Optional<String> speaker = speaker();
    if (speaker.isPresent()) {
      trimmedText(speaker.get(), "Evidence", "speaker");
    }
  }

  /** Builds {@link Evidence}; every attribute may be set once. */
  public static final class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }
}
