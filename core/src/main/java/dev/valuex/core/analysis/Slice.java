package dev.valuex.core.analysis;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;

import dev.valuex.core.Ledger;
import dev.valuex.core.View;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Which ledgers of a summary a query looks at: those with a segment tag, of a view, whose as-of
 * date falls in a range of months, or any combination; an unset criterion matches every ledger.
 *
 * <pre>{@code
 * Slice newCustomersNow = Slice.ofSegment("new-customer").withView(View.CURRENT);
 * Slice firstQuarter = Slice.ofQuarter(2026, 1);
 * Slice both = firstQuarter.withSegment("new-customer");
 * }</pre>
 */
@Value.Immutable
public abstract class Slice implements WithSlice {
  private static final Slice ALL = builder().build();

  Slice() {}

  /**
   * Returns the segment tag a ledger's subject must carry.
   *
   * @return the tag, empty to match every segment
   */
  public abstract Optional<String> segment();

  /**
   * Returns the view a ledger must record.
   *
   * @return the view, empty to match both
   */
  public abstract Optional<View> view();

  /**
   * Returns the first month, inclusive, of the as-of dates matched.
   *
   * @return the month, empty for no lower bound
   */
  public abstract Optional<YearMonth> firstMonth();

  /**
   * Returns the last month, inclusive, of the as-of dates matched.
   *
   * @return the month, empty for no upper bound
   */
  public abstract Optional<YearMonth> lastMonth();

  /**
   * Returns the slice that matches every ledger.
   *
   * @return the slice, never null
   */
  public static Slice all() {
    return ALL;
  }

  /**
   * Returns the slice of ledgers whose subject carries a segment tag.
   *
   * @param segment the tag, not null
   * @return the slice, never null
   * @throws dev.valuex.core.InvalidValueException if the tag is blank or not trimmed
   */
  public static Slice ofSegment(String segment) {
    return ALL.withSegment(segment);
  }

  /**
   * Returns the slice of ledgers of one view.
   *
   * @param view the view, not null
   * @return the slice, never null
   */
  public static Slice ofView(View view) {
    return ALL.withView(view);
  }

  /**
   * Returns the slice of ledgers dated in one month.
   *
   * @param month the month, not null
   * @return the slice, never null
   */
  public static Slice ofMonth(YearMonth month) {
    checkNotNull(month, "month");
    return ALL.withPeriod(month, month);
  }

  /**
   * Returns the slice of ledgers dated in one calendar quarter.
   *
   * @param year the year
   * @param quarter the quarter, 1 to 4
   * @return the slice, never null
   * @throws dev.valuex.core.InvalidValueException if the quarter is not 1 to 4
   */
  public static Slice ofQuarter(int year, int quarter) {
    check(quarter >= 1 && quarter <= 4, "Slice", "quarter", "be 1 to 4", quarter);
    YearMonth first = YearMonth.of(year, quarter * 3 - 2);
    return ALL.withPeriod(first, first.plusMonths(2));
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a copy limited to as-of dates from one month to another, both inclusive.
   *
   * @param first the first month, not null
   * @param last the last month, not before {@code first}, not null
   * @return the new slice, never null
   * @throws dev.valuex.core.InvalidValueException if {@code last} is before {@code first}
   */
  public final Slice withPeriod(YearMonth first, YearMonth last) {
    return builder().segment(segment()).view(view()).firstMonth(first).lastMonth(last).build();
  }

  /**
   * Tells whether a ledger belongs to this slice.
   *
   * @param ledger the ledger, not null
   * @return true if the ledger meets every criterion that is set
   */
  public final boolean matches(Ledger ledger) {
    return matches(ledger.subject().segments(), ledger.view(), YearMonth.from(ledger.asOf()));
  }

  /**
   * Tells whether ledgers with these segment tags, view and as-of month belong to this slice,
   * for counts kept per such stratum rather than per ledger.
   *
   * @param segments the subject's segment tags, not null
   * @param ledgerView the ledger's view, not null
   * @param month the month of the ledger's as-of date, not null
   * @return true if they meet every criterion that is set
   */
  public final boolean matches(Set<String> segments, View ledgerView, YearMonth month) {
    checkNotNull(segments, "segments");
    checkNotNull(ledgerView, "ledgerView");
    checkNotNull(month, "month");
    return (segment().isEmpty() || segments.contains(segment().get()))
        && (view().isEmpty() || view().get() == ledgerView)
        && (firstMonth().isEmpty() || !month.isBefore(firstMonth().get()))
        && (lastMonth().isEmpty() || !month.isAfter(lastMonth().get()));
  }

  @Value.Check
  final void validate() {
    segment().ifPresent(s -> trimmedText(s, "Slice", "segment"));
    if (firstMonth().isPresent() && lastMonth().isPresent()) {
      check(!lastMonth().get().isBefore(firstMonth().get()), "Slice", "lastMonth",
          "not be before firstMonth " + firstMonth().get(), lastMonth().get());
    }
  }

  /**
   * Describes the slice, e.g. {@code segment new-customer, CURRENT, 2026-01..2026-03}.
   *
   * @return the description, {@code all ledgers} for the slice that matches every ledger
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    segment().ifPresent(g -> s.append("segment ").append(g));
    view().ifPresent(v -> s.append(s.length() > 0 ? ", " : "").append(v));
    if (firstMonth().isPresent() || lastMonth().isPresent()) {
      s.append(s.length() > 0 ? ", " : "")
          .append(firstMonth().map(YearMonth::toString).orElse(""))
          .append("..")
          .append(lastMonth().map(YearMonth::toString).orElse(""));
    }
    return s.length() == 0 ? "all ledgers" : s.toString();
  }

  /** Builds {@link Slice}s; every attribute may be set once. */
  public static final class Builder extends ImmutableSlice.Builder {
    Builder() {}
  }
}
