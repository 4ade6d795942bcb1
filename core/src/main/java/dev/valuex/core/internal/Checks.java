package dev.valuex.core.internal;

import dev.valuex.core.InvalidValueException;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Validation helpers that produce messages in the valuex shape
 * {@code <Subject> <id>: <field> must <rule>, got <value>}.
 *
 * <p>Internal to valuex: exported only to valuex modules.
 */
public final class Checks {
  private static final Pattern FIELD = Pattern.compile("[a-z][A-Za-z]*");

  private Checks() {}

  /**
   * Fails with an {@link InvalidValueException} unless {@code condition} holds.
   *
   * @param condition the rule that must hold
   * @param subject who is validated, e.g. {@code "Ledger acme-1"} or {@code "Evidence"}
   * @param field the field that breaks the rule
   * @param rule what the field must do, e.g. {@code "not be blank"}
   * @param value the offending value, quoted in the message
   * @throws InvalidValueException if {@code condition} is false
   */
  public static void check(
      boolean condition, String subject, String field, String rule, Object value) {
    if (!condition) {
      throw new InvalidValueException(message(subject, field, rule, value),
          FIELD.matcher(field).matches() ? field : null, "must " + rule + ", got " + quote(value));
    }
  }

  /**
   * Requires a condition, naming in the exception where in the value the rule is broken, for
   * rules across fields that one item breaks (a duplicated entry, a pairing naming an absent
   * entry).
   *
   * @param condition what must hold
   * @param subject who is validated
   * @param field the field in the message, e.g. {@code "pairing 1 given"}
   * @param path where the rule is broken, e.g. {@code "pairings/0/given/1"}
   * @param rule what the field must do
   * @param value the offending value, quoted in the message
   * @throws InvalidValueException if {@code condition} is false
   */
  public static void checkAt(boolean condition, String subject, String field, String path,
      String rule, Object value) {
    if (!condition) {
      throw new InvalidValueException(message(subject, field, rule, value), path,
          "must " + rule + ", got " + quote(value));
    }
  }

  /**
   * Formats a message in the valuex shape.
   *
   * @param subject who is validated
   * @param field the field that breaks the rule
   * @param rule what the field must do
   * @param value the offending value
   * @return the message, never null
   */
  public static String message(String subject, String field, String rule, Object value) {
    return String.format("%s: %s must %s, got %s", subject, field, rule, quote(value));
  }

  /**
   * Quotes a value for a message: strings in single quotes (shortened past 80 characters),
   * other values as their {@code toString()}.
   *
   * @param value the value to show
   * @return the quoted form, never null
   */
  public static String quote(Object value) {
    if (value instanceof CharSequence) {
      String s = value.toString();
      if (s.length() > 80) {
        s = s.substring(0, 77) + "...";
      }
      return "'" + s + "'";
    }
    return String.valueOf(value);
  }

  /**
   * Tells whether a text is not blank and carries no leading or trailing white space, without
   * allocating: validation asks this of every text of every value read, and builds a message
   * only when the answer is no.
   *
   * @param text the text
   * @return true when the text is trimmed and not blank
   */
  public static boolean isTrimmedText(String text) {
    // What isBlank and strip look for is white space by Character.isWhitespace, all of it in
    // the Basic Multilingual Plane, so the first and last chars decide.
    return !text.isEmpty() && !Character.isWhitespace(text.charAt(0))
        && !Character.isWhitespace(text.charAt(text.length() - 1));
  }

  /**
   * Tells whether every text of a collection is trimmed and not blank.
   *
   * @param texts the texts
   * @return true when each is, see {@link #isTrimmedText(String)}
   */
  public static boolean areTrimmedTexts(Collection<String> texts) {
    for (String text : texts) {
      if (!isTrimmedText(text)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Requires text that is not blank and carries no leading or trailing white space.
   *
   * @param text the text to check
   * @param subject who is validated
   * @param field the field name
   */
  public static void trimmedText(String text, String subject, String field) {
    if (isTrimmedText(text)) {
      return;
    }
    check(!text.isBlank(), subject, field, "not be blank", text);
    check(text.strip().equals(text), subject, field, "not start or end with white space", text);
  }

  /**
   * Requires each text of a collection to be trimmed and not blank.
   *
   * @param texts the texts to check
   * @param subject who is validated
   * @param field the field name
   */
  public static void trimmedTexts(Collection<String> texts, String subject, String field) {
    int i = 0;
    for (String text : texts) {
      if (isTrimmedText(text)) {
        i++;
        continue;
      }
      String path = field + "/" + i++;
      checkAt(!text.isBlank(), subject, field, path, "not be blank", text);
      checkAt(text.strip().equals(text), subject, field, path, "not start or end with white space",
          text);
    }
  }

  /**
   * Requires text to match a pattern.
   *
   * @param text the text to check
   * @param pattern the pattern it must match completely
   * @param subject who is validated
   * @param field the field name
   * @param rule the rule in words, e.g. {@code "be lower-case letters, digits and hyphens"}
   */
  public static void matches(
      CharSequence text, Pattern pattern, String subject, String field, String rule) {
    check(pattern.matcher(text).matches(), subject, field, rule, text);
  }
}
