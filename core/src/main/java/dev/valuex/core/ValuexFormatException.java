package dev.valuex.core;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when a file or document is malformed. It carries every problem found, each prefixed
 * with its location ({@code file:line:} or a JSON pointer), because readers report all problems
 * at once and return nothing partial.
 */
public class ValuexFormatException extends ValuexException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<String> problems;

  /**
   * Creates the exception from the problems found.
   *
   * @param source what was read, e.g. a file name, not null
   * @param problems every problem, each with its location, not null and not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ValuexFormatException(String source, List<String> problems) {
    super(message(source, problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(String source, List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty, got []");
    }
    StringBuilder sb = new StringBuilder();
    sb.append(source).append(": ").append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    for (String p : problems) {
      sb.append(System.lineSeparator()).append("  ").append(p);
    }
    return sb.toString();
  }

  /**
   * Returns every problem found, each with its location.
   *
   * @return the problems, never null or empty
   */
  public ImmutableList<String> problems() {
    return problems;
  }
}
