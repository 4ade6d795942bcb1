package dev.valuex.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;

/**
 * Thrown when a file or document is malformed. It carries every problem found, each with its
 * location (a JSON pointer, a line and column, or a sheet row), because readers report all
 * problems at once and return nothing partial.
 *
 * <pre>{@code
 * try {
 *   json.readLedger(text);
 * } catch (ValuexFormatException e) {
 *   for (Problem p : e.details()) {
 *     System.err.println(p.pointer().orElse("?") + " breaks " + p.rule());
 *   }
 * }
 * }</pre>
 */
public class ValuexFormatException extends ValuexException {
  private static final long serialVersionUID = 1L;

  /** What was read, as named in the message: a file name or {@code NDJSON}. */
  private final String source;
  /** Every problem found, in the order found. */
  private final ImmutableList<Problem> details;

  /**
   * Creates the exception from problems given as located text, each read with {@link
   * Problem#parse(CharSequence)}.
   *
   * @param source what was read, e.g. a file name, not null
   * @param problems every problem, each with its location, not null and not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ValuexFormatException(String source, List<String> problems) {
    this(source, parsed(problems));
  }

  private ValuexFormatException(String source, ImmutableList<Problem> details) {
    super(message(source, details));
    this.source = source;
    this.details = details;
  }

  /**
   * Creates the exception from the problems found.
   *
   * @param source what was read, e.g. a file name, not null
   * @param problems every problem, not null and not empty
   * @return the exception, never null
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public static ValuexFormatException of(String source, Collection<Problem> problems) {
    checkNotNull(source, "source");
    checkNotNull(problems, "problems");
    return new ValuexFormatException(source, ImmutableList.copyOf(problems));
  }

  private static ImmutableList<Problem> parsed(List<String> problems) {
    ImmutableList.Builder<Problem> b = ImmutableList.builderWithExpectedSize(problems.size());
    for (String p : problems) {
      b.add(Problem.parse(p));
    }
    return b.build();
  }

  private static String message(String source, List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty, got []");
    }
    StringBuilder sb = new StringBuilder();
    sb.append(source).append(": ").append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    for (Problem p : problems) {
      sb.append(System.lineSeparator()).append("  ").append(p);
    }
    return sb.toString();
  }

  /**
   * Returns what was read, as named in the message, e.g. a file name or {@code NDJSON}.
   *
   * @return the source, never null
   */
  public String source() {
    return source;
  }

  /**
   * Returns every problem found, each as a value with its location and rule.
   *
   * @return the problems in the order found, never null or empty
   */
  public ImmutableList<Problem> details() {
    return details;
  }

  /**
   * Returns every problem found as located text, each the {@link Problem#toString()} of one of
   * {@link #details()}.
   *
   * @return the problems, never null or empty
   */
  public ImmutableList<String> problems() {
    ImmutableList.Builder<String> b = ImmutableList.builderWithExpectedSize(details.size());
    for (Problem p : details) {
      b.add(p.toString());
    }
    return b.build();
  }
}
