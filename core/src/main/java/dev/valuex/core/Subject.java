package dev.valuex.core;

import static dev.valuex.core.internal.Checks.areTrimmedTexts;
import static dev.valuex.core.internal.Checks.trimmedText;
import static dev.valuex.core.internal.Checks.trimmedTexts;

import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * Who a ledger is about: an individual under a pseudonym, a persona, a segment or a group. No
 * personal data is needed: a pseudonym such as {@code P07} is enough.
 *
 * <pre>{@code
 * Subject p07 = Subject.builder()
 *     .kind(Subject.Kind.INDIVIDUAL)
 *     .label("P07")
 *     .addSegment("frequent-flyer")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Subject implements WithSubject {

  /** The kinds of subject a ledger can describe. */
  public enum Kind {
    /** One person, named by a pseudonym. */
    INDIVIDUAL,
    /** A persona standing for many customers. */
    PERSONA,
    /** A market or customer segment. */
    SEGMENT,
    /** A group, such as a household or a team. */
    GROUP
  }

  Subject() {}

  /**
   * Returns the kind of subject.
   *
   * @return the kind, never null
   */
  public abstract Kind kind();

  /**
   * Returns the pseudonym, persona or segment name the subject is known by.
   *
   * @return the label, never null or blank
   */
  public abstract String label();

  /**
   * Returns the segment tags used to group ledgers in analysis, e.g. {@code new-customer}.
   *
   * @return the tags, never null, possibly empty
   */
  public abstract ImmutableSet<String> segments();

  /**
   * Creates a subject without segment tags.
   *
   * @param kind the kind, not null
   * @param label the pseudonym or name, not null
   * @return the subject, never null
   * @throws InvalidValueException if the label is blank
   */
  public static Subject of(Kind kind, String label) {
    return builder().kind(kind).label(label).build();
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
    trimmedText(label(), "Subject", "label");
    if (!areTrimmedTexts(segments())) {
      trimmedTexts(segments(), "Subject " + label(), "segments");
    }
  }

  /** Builds {@link Subject}s; every attribute may be set once. */
  public static final class Builder extends ImmutableSubject.Builder {
    Builder() {}
  }
}
