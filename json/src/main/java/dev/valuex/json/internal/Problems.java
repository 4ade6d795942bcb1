package dev.valuex.json.internal;

import dev.valuex.core.ValuexFormatException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found while decoding one document, each as {@code <pointer>: must
 * <rule>, got <value>}, and knows whether unknown fields are skipped (lenient) or reported.
 */
public final class Problems {
  private final List<String> problems = new ArrayList<>();
  private final boolean lenient;
  private final String prefix;

  /**
   * Creates an empty collector.
   *
   * @param lenient true to skip unknown fields instead of reporting them
   */
  public Problems(boolean lenient) {
    this(lenient, "");
  }

  /**
   * Creates an empty collector that puts a location before every problem.
   *
   * @param lenient true to skip unknown fields instead of reporting them
   * @param prefix put before every problem, e.g. {@code line 7: }
   */
  public Problems(boolean lenient, String prefix) {
    this.lenient = lenient;
    this.prefix = prefix;
  }

  /**
   * Tells whether unknown fields are skipped.
   *
   * @return true when lenient
   */
  public boolean lenient() {
    return lenient;
  }

  /**
   * Records a problem at a location.
   *
   * @param pointer the JSON pointer of the offending value, {@code ""} for the root
   * @param message the rule and the bad value, e.g. {@code must be a string, got 7}
   */
  public void add(String pointer, String message) {
    problems.add(prefix + (pointer.isEmpty() ? "(root)" : pointer) + ": " + message);
  }

  /**
   * Records a problem already carrying its location.
   *
   * @param located the full problem text
   */
  public void addLocated(String located) {
    problems.add(prefix + located);
  }

  /**
   * Returns how many problems were found so far, to tell whether a part decoded cleanly.
   *
   * @return the count
   */
  public int count() {
    return problems.size();
  }

  /**
   * Returns the problems found so far.
   *
   * @return a copy of the problems
   */
  public List<String> list() {
    return new ArrayList<>(problems);
  }

  /**
   * Throws every problem found, if there is any.
   *
   * @param source what was read, for the exception's message
   * @throws ValuexFormatException if any problem was found
   */
  public void throwIfAny(String source) {
    if (!problems.isEmpty()) {
      throw new ValuexFormatException(source, problems);
    }
  }
}
