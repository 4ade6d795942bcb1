package dev.valuex.core;

/**
 * The root of valuex's one family of unchecked exceptions, so callers can catch every valuex
 * failure in one place.
 *
 * <p>Messages name the subject, the field, the rule and the bad value, in the shape {@code
 * <Subject> <id>: <field> must <rule>, got <value>}. Messages are part of the API.
 */
public abstract class ValuexException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message in the valuex shape.
   *
   * @param message what went wrong, not null
   */
  protected ValuexException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the cause behind it.
   *
   * @param message what went wrong, not null
   * @param cause what caused it, may be null
   */
  protected ValuexException(String message, Throwable cause) {
    super(message, cause);
  }
}
