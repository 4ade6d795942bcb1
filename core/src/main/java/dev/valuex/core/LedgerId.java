package dev.valuex.core;

import static dev.valuex.core.internal.Checks.check;

import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The identifier of a ledger, chosen by whoever records it: letters, digits and {@code . _ : -},
 * 1 to 128 characters, starting with a letter or digit, e.g. {@code p07-current}.
 *
 * <p>{@link #parse(CharSequence)} reads back what {@link #toString()} writes.
 */
@Value.Immutable
public abstract class LedgerId implements Comparable<LedgerId> {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

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
    check(ID.matcher(value()).matches(), "LedgerId", "value",
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
