package dev.valuex.core;

/**
 * Thrown when a value breaks a rule of the model: a blank name, an importance off the scale, a
 * pairing that refers to an entry its ledger does not have.
 *
 * <p>Example message: {@code Ledger acme-7: pairing 1 given must refer to IN entries of this
 * ledger, got customer.time}.
 */
public class InvalidValueException extends ValuexException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the subject, field, rule and bad value, not null
   */
  public InvalidValueException(String message) {
    super(message);
  }
}
