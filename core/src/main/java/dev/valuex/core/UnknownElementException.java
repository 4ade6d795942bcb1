package dev.valuex.core;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when a reference to a value element (by id or by name) does not resolve. The message
 * quotes the input and lists the nearest known names, so a typo is easy to fix.
 */
public class UnknownElementException extends ValuexException {
  private static final long serialVersionUID = 1L;

  /** The reference as given, which names no known element. */
  private final String input;
  /** The known element ids nearest to the input, nearest first. */
  private final ImmutableList<String> nearest;

  /**
   * Creates the exception.
   *
   * @param input the reference that did not resolve, not null
   * @param nearest the nearest known ids or names, best first, not null (may be empty)
   */
  public UnknownElementException(String input, List<String> nearest) {
    super(message(input, nearest));
    this.input = input;
    this.nearest = ImmutableList.copyOf(nearest);
  }

  private static String message(String input, List<String> nearest) {
    String base = "Unknown value element '" + input + "'";
    return nearest.isEmpty() ? base : base + ", nearest known: " + String.join(", ", nearest);
  }

  /**
   * Returns the reference that did not resolve.
   *
   * @return the input as given, never null
   */
  public String input() {
    return input;
  }

  /**
   * Returns the nearest known ids or names, best first.
   *
   * @return the suggestions, never null, possibly empty
   */
  public ImmutableList<String> nearest() {
    return nearest;
  }
}
