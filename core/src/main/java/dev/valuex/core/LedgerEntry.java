package dev.valuex.core;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.isTrimmedText;
import static dev.valuex.core.internal.Checks.trimmedText;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One value element placed on one side of a ledger, with the evidence it rests on, an optional
 * importance and a note.
 *
 * <p>Importance uses a five-point scale, from {@value #MIN_IMPORTANCE} (matters a little) to
 * {@value #MAX_IMPORTANCE} (essential). An entry without importance has not been weighed: that
 * is different from, and never treated as, zero.
 *
 * <pre>{@code
 * LedgerEntry savings = LedgerEntry.of(ElementId.parse("customer.savings"), Side.OUT)
 *     .withImportance(4)
 *     .withEvidence(Evidence.quote("I always look around to get the best deal"));
 * }</pre>
 */
@Value.Immutable
public abstract class LedgerEntry implements WithLedgerEntry {
  /** The lowest importance on the scale: the element matters a little. */
  public static final int MIN_IMPORTANCE = 1;

  /** The highest importance on the scale: the element is essential. */
  public static final int MAX_IMPORTANCE = 5;

  LedgerEntry() {}

  /**
   * Returns the element placed on the ledger.
   *
   * @return the element id, never null
   */
  public abstract ElementId element();

  /**
   * Returns the side the element is placed on.
   *
   * @return the side, never null
   */
  public abstract Side side();

  /**
   * Returns the importance on the scale {@value #MIN_IMPORTANCE} to {@value #MAX_IMPORTANCE}.
   *
   * @return the importance, empty when the entry has not been weighed
   */
  public abstract OptionalInt importance();

  /**
   * Returns the importance, or {@code unweighed} when the entry has not been weighed: the same
   * as {@code importance().orElse(unweighed)}, without creating an {@code OptionalInt}, for
   * loops over millions of entries.
   *
   * @param unweighed the value to return for an entry that has not been weighed
   * @return the importance, or {@code unweighed}
   */
  public final int importanceOr(int unweighed) {
    int level = level();
    return level == 0 ? unweighed : level;
  }

  /** The importance kept as a plain int, 0 when not weighed; computed once per entry. */
  @Value.Derived
  @Value.Auxiliary
  int level() {
    OptionalInt importance = importance();
    return importance.isPresent() ? importance.getAsInt() : 0;
  }

  /**
   * Returns the evidence the entry rests on, in the order it was recorded.
   *
   * @return the evidence, never null, possibly empty
   */
  public abstract ImmutableList<Evidence> evidence();

  /**
   * Returns a note by the author.
   *
   * @return the note, empty when there is none
   */
  public abstract Optional<String> note();

  /**
   * Creates an entry with no importance, evidence or note.
   *
   * @param element the element, not null
   * @param side the side, not null
   * @return the entry, never null
   */
  public static LedgerEntry of(ElementId element, Side side) {
    return builder().element(element).side(side).build();
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
   * Returns a copy with more evidence appended.
   *
   * @param more the evidence to append, not null
   * @return the new entry, never null
   */
  public final LedgerEntry plusEvidence(Iterable<Evidence> more) {
    checkNotNull(more, "more");
    return withEvidence(ImmutableList.<Evidence>builder().addAll(evidence()).addAll(more).build());
  }

  /**
   * Checks an importance on its own, so a reader can report it together with the other
   * problems of an entry it cannot build.
   *
   * @param importance the importance to check
   * @return the importance
   * @throws InvalidValueException if it lies outside {@value #MIN_IMPORTANCE} to {@value
   *     #MAX_IMPORTANCE}
   */
  public static int checkImportance(int importance) {
    checkImportance(importance, "LedgerEntry");
    return importance;
  }

  private static void checkImportance(int importance, String who) {
    check(importance >= MIN_IMPORTANCE && importance <= MAX_IMPORTANCE, who, "importance",
        "be from " + MIN_IMPORTANCE + " to " + MAX_IMPORTANCE
            + " (leave it unset when not weighed)", importance);
  }

  // The subject of a message is put into words only for a broken rule: readers check millions
  // of entries.
  @Value.Check
  final void validate() {
    // The level is the importance kept as an int, 0 when unset; an importance() call makes an
    // OptionalInt for a set importance, so it is made only to tell unset from a set 0.
    int level = level();
    if (level != 0 ? level < MIN_IMPORTANCE || level > MAX_IMPORTANCE
        : importance().isPresent()) {
      checkImportance(importance().getAsInt(), who());
    }
    if (note().isPresent() && !isTrimmedText(note().get())) {
      trimmedText(note().get(), who(), "note");
    }
  }

  private String who() {
    return "LedgerEntry " + element() + " " + side();
  }

  /** Builds {@link LedgerEntry}s; every attribute may be set once. */
  public static final class Builder extends ImmutableLedgerEntry.Builder {
    Builder() {}
  }
}
