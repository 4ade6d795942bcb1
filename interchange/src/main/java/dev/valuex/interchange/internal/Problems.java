package dev.valuex.interchange.internal;

import dev.valuex.core.Problem;
import dev.valuex.core.ValuexFormatException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found while decoding one document, each at its JSON pointer, and
 * knows whether unknown fields are skipped (lenient) or reported.
 */
public final class Problems {
  private final List<Problem> problems = new ArrayList<>();
  private final boolean lenient;
  private final long line;

  /**
   * Creates an empty collector.
   *
   * @param lenient true to skip unknown fields instead of reporting them
   */
  public Problems(boolean lenient) {
    this(lenient, 0);
  }

  /**
   * Creates an empty collector that places every problem on a line of a larger text.
   *
   * @param lenient true to skip unknown fields instead of reporting them
   * @param line the NDJSON line the document came from, 0 for a document of its own
   */
  public Problems(boolean lenient, long line) {
    this.lenient = lenient;
    this.line = line;
  }

  /** Tells whether unknown fields are skipped. */
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
    add(Problem.at(pointer, message));
  }

  /** Records a problem already carrying its location within the document. */
  public void add(Problem problem) {
    // One document per NDJSON line: the document's line 1 is that line, columns stay.
    problems.add(line == 0 ? problem : problem.onLine(line));
  }

  /** Returns how many problems were found so far, to tell whether a part decoded cleanly. */
  public int count() {
    return problems.size();
  }

  /** Returns the problems found so far. */
  public List<Problem> list() {
    return List.copyOf(problems);
  }

  /**
   * Throws every problem found, if there is any.
   *
   * @param source what was read, for the exception's message
   * @throws ValuexFormatException if any problem was found
   */
  public void throwIfAny(String source) {
    if (!problems.isEmpty()) {
      throw ValuexFormatException.of(source, problems);
    }
  }
}
