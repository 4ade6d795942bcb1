package dev.valuex.core;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a value element comes from: a bundled card (named in valuex's source documents, inspired
 * by a public framework referenced by name only, or valuex's own addition) or a custom card a
 * team wrote in its own words.
 *
 * <pre>{@code
 * Provenance p = Provenance.of(Provenance.Kind.PUBLIC_FRAMEWORK, "Bain Elements of Value");
 * Provenance blank = Provenance.custom();
 * }</pre>
 */
@Value.Immutable
public abstract class Provenance {

  /** The kinds of origin a card can have. */
  public enum Kind {
    /** A bundled card whose element is named in the documents valuex was created from. */
    SOURCE_DOCUMENTS,
    /** A bundled card inspired by a public framework; the source note names it. */
    PUBLIC_FRAMEWORK,
    /** A bundled card added by valuex beyond its sources. */
    OWN_ADDITION,
    /** A blank card a team wrote in its own words. */
    CUSTOM
  }

  Provenance() {}

  /**
   * Returns the kind of origin.
   *
   * @return the kind, never null
   */
  @Value.Parameter
  public abstract Kind kind();

  /**
   * Returns a note on the source: the framework's name, the document, or the team that wrote
   * the card.
   *
   * @return the note, never null, possibly empty
   */
  @Value.Parameter
  public abstract Optional<String> source();

  /**
   * Creates a provenance with a source note.
   *
   * @param kind the kind of origin, not null
   * @param source the source note, not null
   * @return the provenance, never null
   * @throws InvalidValueException if the note is blank
   */
  public static Provenance of(Kind kind, String source) {
    checkNotNull(kind, "kind");
    checkNotNull(source, "source");
    return ImmutableProvenance.of(kind, Optional.of(source));
  }

  /**
   * Creates a provenance without a source note.
   *
   * @param kind the kind of origin, not null
   * @return the provenance, never null
   * @throws InvalidValueException if the kind needs a note ({@link Kind#PUBLIC_FRAMEWORK})
   */
  public static Provenance of(Kind kind) {
    return ImmutableProvenance.of(kind, Optional.empty());
  }

  /**
   * Returns the provenance of a blank card written by a team.
   *
   * @return a {@link Kind#CUSTOM} provenance without a note, never null
   */
  public static Provenance custom() {
    return of(Kind.CUSTOM);
  }

  /**
   * Tells whether the card ships with a valuex catalog rather than being written by a team.
   *
   * @return true unless the kind is {@link Kind#CUSTOM}
   */
  public final boolean isBundled() {
    return kind() != Kind.CUSTOM;
  }

  @Value.Check
  final void validate() {
    if (source().isPresent()) {
      trimmedText(source().get(), "Provenance", "source");
    }
    check(kind() != Kind.PUBLIC_FRAMEWORK || source().isPresent(), "Provenance", "source",
        "name the framework when the kind is PUBLIC_FRAMEWORK", "nothing");
  }
}
