package dev.valuex.core;

import static dev.valuex.core.internal.Checks.check;

import com.google.common.base.CharMatcher;
import org.immutables.value.Value;

/**
 * The identifier of a ledger, chosen by whoever records it: letters, digits and {@code . _ : -},
 * 1 to 128 characters, starting with a letter or digit, e.g. {@code p07-current}.
 *
 * <p>{@link #parse(CharSequence)} reads back what {@link #toString()} writes.
 */
@Value.Immutable
public abstract class LedgerId implements Comparable<LedgerId> {
  /** The characters an id starts with: ASCII letters and digits. */
  private static final CharMatcher FIRST = CharMatcher.inRange('A', 'Z')
      .or(CharMatcher.inRange('a', 'z')).or(CharMatcher.inRange('0', '9')).precomputed();
  /** The characters an id goes on with: those, and . _ : - (no regex, so no matcher per id). */
  private static final CharMatcher REST = FIRST.or(CharMatcher.anyOf("._:-")).precomputed();

  LedgerId() {}

  /**
   * Returns the id as text.
   *
   * @return the id, never null
   */
  @Value.Parameter
  public abstract String value();

  /**
   * Creates a ledger id.
   *
   * @param value the id, not null
   * @return the id, never null
   * @throws InvalidValueException if the id breaks the naming rule
   */
  public static LedgerId of(String value) {
    return ImmutableLedgerId.of(value);
  }

  /**
   * Reads a ledger id written by {@link #toString()}.
   *
   * @param text the id, not null
   * @return the id, never null
   * @throws InvalidValueException if the id breaks the naming rule
   */
  public static LedgerId parse(CharSequence text) {
    return of(text.toString());
  }

  @Value.Check
  final void validate() {
    String v = value();
    check(!v.isEmpty() && v.length() <= 128 && FIRST.matches(v.charAt(0))
            && REST.matchesAllOf(v), "LedgerId", "value",
        "be 1 to 128 letters, digits or . _ : - starting with a letter or digit", value());
  }

  /**
   * Orders ids by their text.
   *
   * @param other the id to compare with, not null
   * @return negative, zero or positive as this id sorts before, with or after {@code other}
   */
  @Override
  public int compareTo(LedgerId other) {
    return value().compareTo(other.value());
  }

  /**
   * Returns the id as text, the form {@link #parse(CharSequence)} reads.
   *
   * @return the id, never null
   */
  @Override
  public String toString() {
    return value();
  }
}
