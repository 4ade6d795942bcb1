package dev.valuex.core;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value breaks a rule of the model: a blank name, an importance off the scale, a
 * pairing that refers to an entry its ledger does not have.
 *
 * <p>Example message: {@code Ledger acme-7: pairing 1 given must refer to IN entries of this
 * ledger, got customer.time}. When the rule concerns one field or one item, {@link #path()}
 * says which, so readers of documents can report the problem at that field's JSON pointer.
 */
public class InvalidValueException extends ValuexException {
  private static final long serialVersionUID = 1L;

  /** Where in the value the rule is broken, or null when it concerns the value as a whole. */
  private final @Nullable String path;
  /** The rule and the bad value, without the subject. */
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param message the subject, field, rule and bad value, not null
   */
  public InvalidValueException(String message) {
    this(message, null, message);
  }

  /**
   * Creates the exception for a rule broken at one place in the value.
   *
   * @param message the subject, field, rule and bad value, not null
   * @param path where in the value, as field names and indexes joined by {@code /} and named as
   *     the accessors are, e.g. {@code importance} or {@code pairings/0/given/1}; null when the
   *     rule concerns the value as a whole
   * @param rule the rule and the bad value without the subject, e.g. {@code must be from 1 to
   *     5, got 9}, not null
   */
  public InvalidValueException(String message, @Nullable String path, String rule) {
    super(message);
    this.path = path;
    this.rule = rule;
  }

  /**
   * Returns where in the value the rule is broken, e.g. {@code importance}, {@code entries/1}
   * or {@code pairings/0/given/0}: accessor names and indexes joined by {@code /}.
   *
   * @return the path, empty when the rule concerns the value as a whole
   */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  /**
   * Returns the rule and the bad value without the subject, e.g. {@code must be from 1 to 5
   * (leave it unset when not weighed), got 9}, to be shown at {@link #path()}.
   *
   * @return the rule text, the whole message when there is no path, never null
   */
  public String rule() {
    return rule;
  }
}
