package dev.valuex.interchange;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * A coding-sheet row that a lenient import left out, with every problem found in it.
 */
@Value.Immutable
public abstract class RejectedRow {
  RejectedRow() {}

  /**
   * Returns the row's number as a spreadsheet shows it: the header is row 1.
   *
   * @return the row number, at least 2
   */
  @Value.Parameter
  public abstract long row();

  /**
   * Returns every problem of the row, each starting with {@code row <n>: }.
   *
   * @return the problems, never null or empty
   */
  @Value.Parameter
  public abstract ImmutableList<String> problems();

  /**
   * Creates a rejected row.
   *
   * @param row the row number
   * @param problems the problems, not null
   * @return the rejected row, never null
   */
  public static RejectedRow of(long row, Iterable<String> problems) {
    return ImmutableRejectedRow.of(row, requireNonNull(problems, "problems"));
  }
}
