package dev.valuex.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** The assertion every validation-rule test makes: the type, and the message a user reads. */
public final class Rejections {
  private Rejections() {}

  /**
   * Asserts that building something is refused with an {@link InvalidValueException} carrying
   * exactly the given message.
   *
   * @param message the expected message
   * @param build what should be refused
   * @return the exception, for its path and rule
   */
  public static InvalidValueException rejected(String message, Executable build) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build);
    assertEquals(message, e.getMessage());
    return e;
  }
}
