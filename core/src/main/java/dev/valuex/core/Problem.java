package dev.valuex.core;

import static dev.valuex.core.internal.Checks.check;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One problem found in a file or document, so tools can show, sort and count problems by where
 * they are and which rule they break instead of parsing message text.
 *
 * <p>A problem is located by a JSON pointer ({@code /entries/0/importance}, {@code ""} for the
 * document itself), by a line and column of the text, by a row of a coding sheet, or by a
 * combination (an NDJSON line and the pointer within it). Its {@link #toString()} is the text
 * readers have always reported, and {@link #parse(CharSequence)} reads that text back:
 *
 * <pre>{@code
 * Problem p = Problem.at("/entries/0/side", "must be one of \"in\", \"out\", got \"up\"");
 * assert p.toString().equals("/entries/0/side: must be one of \"in\", \"out\", got \"up\"");
 * assert p.rule().equals("must be one of \"in\", \"out\"");
 * assert Problem.parse(p.toString()).equals(p);
 * }</pre>
 */
@Value.Immutable
public abstract class Problem {
  private static final Pattern ROW = Pattern.compile("row (\\d+): (.*)", Pattern.DOTALL);
  private static final Pattern LINE_COLUMN =
      Pattern.compile("line (\\d+), column (\\d+): (.*)", Pattern.DOTALL);
  private static final Pattern LINE = Pattern.compile("line (\\d+): (.*)", Pattern.DOTALL);
  private static final Pattern POINTER = Pattern.compile(
      "(\\(root\\)|/[^\\s:]*)(?: \\(line (\\d+), column (\\d+)\\))?: (.*)", Pattern.DOTALL);

  Problem() {}

  /**
   * Returns the JSON pointer of the offending value, {@code ""} for the document itself.
   *
   * @return the pointer, empty when the input is not JSON or the problem lies outside a document
   */
  public abstract Optional<String> pointer();

  /**
   * Returns the line of the text the problem is on, counted from 1: where malformed JSON or XML
   * breaks, or the NDJSON line holding the document.
   *
   * @return the line, empty when unknown
   */
  public abstract OptionalLong line();

  /**
   * Returns the column on {@link #line()}, counted from 1.
   *
   * @return the column, empty when unknown
   */
  public abstract OptionalInt column();

  /**
   * Returns the row of a coding sheet, counted from 1 for the header row.
   *
   * @return the row, empty when the input is not a sheet
   */
  public abstract OptionalLong row();

  /**
   * Returns what is wrong, without the location: the rule and the bad value, as in {@code must
   * be one of "in", "out", got "up"}, possibly after the name of the field or column.
   *
   * @return the message, never null or blank
   */
  public abstract String message();

  /**
   * Returns the rule the input breaks: the message up to the bad value, as in {@code must be
   * one of "in", "out"}. Problems that break the same rule have the same rule text, so a tool
   * can count them; a message not in the {@code must <rule>, got <value>} shape is its own rule.
   *
   * @return the rule, never null or blank
   */
  @Value.Default
  public String rule() {
    String message = message();
    int must = message.startsWith("must ") ? 0 : message.indexOf(" must ") + 1;
    if (must == 0 && !message.startsWith("must ")) {
      return message;
    }
    int got = message.indexOf(", got ", must);
    return got < 0 ? message.substring(must) : message.substring(must, got);
  }

  /**
   * Creates a problem at a JSON pointer.
   *
   * @param pointer the pointer of the offending value, {@code ""} for the document, not null
   * @param message the rule and the bad value, e.g. {@code must not be blank, got ''}, not null
   * @return the problem, never null
   */
  public static Problem at(String pointer, String message) {
    return builder().pointer(pointer).message(message).build();
  }

  /**
   * Creates a problem at a line and column of a text.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @param message what is wrong, not null
   * @return the problem, never null
   */
  public static Problem atLine(long line, int column, String message) {
    return builder().line(line).column(column).message(message).build();
  }

  /**
   * Creates a problem on a line of a text, e.g. a line of an NDJSON file.
   *
   * @param line the line, from 1
   * @param message what is wrong, not null
   * @return the problem, never null
   */
  public static Problem atLine(long line, String message) {
    return builder().line(line).message(message).build();
  }

  /**
   * Creates a problem on a row of a coding sheet.
   *
   * @param row the row, from 1 for the header
   * @param message what is wrong, usually after the column's name, not null
   * @return the problem, never null
   */
  public static Problem atRow(long row, String message) {
    return builder().row(row).message(message).build();
  }

  /**
   * Creates a problem with no location, for input that is wrong as a whole.
   *
   * @param message what is wrong, not null
   * @return the problem, never null
   */
  public static Problem of(String message) {
    return builder().message(message).build();
  }

  /**
   * Starts a builder, for problems located in more than one way.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the text {@link #toString()} writes. Text with no location it knows becomes a problem
   * with no location whose message is the whole text.
   *
   * @param text a problem's text, not null
   * @return the problem, never null
   */
  public static Problem parse(CharSequence text) {
    String s = text.toString();
    Builder b = builder();
    Matcher m = ROW.matcher(s);
    if (m.matches()) {
      return b.row(Long.parseLong(m.group(1))).message(m.group(2)).build();
    }
    m = LINE_COLUMN.matcher(s);
    if (m.matches()) {
      return b.line(Long.parseLong(m.group(1))).column(Integer.parseInt(m.group(2)))
          .message(m.group(3)).build();
    }
    m = LINE.matcher(s);
    if (m.matches()) {
      b.line(Long.parseLong(m.group(1)));
      s = m.group(2);
    }
    m = POINTER.matcher(s);
    if (m.matches()) {
      b.pointer(m.group(1).equals("(root)") ? "" : m.group(1));
      if (m.group(2) != null) {
        b.line(Long.parseLong(m.group(2))).column(Integer.parseInt(m.group(3)));
      }
      s = m.group(4);
    }
    return b.message(s).build();
  }

  /**
   * Returns a copy placed on a line of a larger text, e.g. the NDJSON line a document came from.
   *
   * @param line the line, from 1
   * @return the problem on that line, never null
   */
  public final Problem onLine(long line) {
    return ((ImmutableProblem) this).withLine(line);
  }

  /**
   * Returns a copy whose pointer lies under another, e.g. a deck's problems inside the document
   * that embeds the deck at {@code /decks/0}.
   *
   * @param parent the pointer of the embedding value, {@code ""} for the root, not null
   * @return the problem under that pointer, never null
   */
  public final Problem under(String parent) {
    return ((ImmutableProblem) this).withPointer(parent + pointer().orElse(""));
  }

  @Value.Check
  final void validate() {
    check(!message().isBlank(), "Problem", "message", "not be blank", message());
    check(column().isEmpty() || line().isPresent(), "Problem", "column",
        "come with a line", column().orElse(0));
    check(line().orElse(1) >= 1, "Problem", "line", "be at least 1", line().orElse(0));
    check(column().orElse(1) >= 1, "Problem", "column", "be at least 1", column().orElse(0));
    check(row().orElse(1) >= 1, "Problem", "row", "be at least 1", row().orElse(0));
    String pointer = pointer().orElse("");
    check(pointer.isEmpty() || pointer.startsWith("/"), "Problem", "pointer",
        "be empty or start with '/'", pointer);
  }

  /**
   * Returns the problem as readers report it: its location, then the message, e.g. {@code line
   * 3: /entries/1/side: must be one of "in", "out", got "up"}, {@code /as_of (line 1, column
   * 174): must be well-formed JSON, got ...}, {@code line 17, column 47: ...}, {@code row 2:
   * ...}.
   *
   * @return the located text, never null
   */
  @Override
  public final String toString() {
    StringBuilder sb = new StringBuilder();
    row().ifPresent(r -> sb.append("row ").append(r).append(": "));
    if (pointer().isPresent()) {
      String p = pointer().get().isEmpty() ? "(root)" : pointer().get();
      if (line().isPresent() && column().isPresent()) {
        sb.append(p).append(" (line ").append(line().getAsLong()).append(", column ")
            .append(column().getAsInt()).append("): ");
      } else {
        line().ifPresent(l -> sb.append("line ").append(l).append(": "));
        sb.append(p).append(": ");
      }
    } else if (line().isPresent()) {
      sb.append("line ").append(line().getAsLong());
      column().ifPresent(c -> sb.append(", column ").append(c));
      sb.append(": ");
    }
    return sb.append(message()).toString();
  }

  /** Builds a problem located in more than one way. */
  public static final class Builder extends ImmutableProblem.Builder {
    Builder() {}
  }
}
