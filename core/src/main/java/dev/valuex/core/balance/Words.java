package dev.valuex.core.balance;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.ElementId;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Renders numbers and element lists the same way in every explanation. */
final class Words {
  /** How many items an explanation names before it says how many more there are. */
  static final int NAMED = 5;

  private Words() {}

  /** A number rounded to two decimals, without trailing zeros: {@code 12}, {@code 7.5}. */
  static String number(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
  }

  /** A parameter exactly as given: {@code 1}, {@code 0.2}, {@code 0.125}. */
  static String exact(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  /** {@code 1 IN entry}, {@code 2 OUT entries}. */
  static String entries(int count, Side side) {
    return count + " " + side + (count == 1 ? " entry" : " entries");
  }

  /** A share as a whole percentage, e.g. {@code 75%}. */
  static String percent(double share) {
    return Math.round(share * 100) + "%";
  }

  /** Two decimals, e.g. {@code 1.50}. */
  static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** {@code a}, {@code a and b}, {@code a, b and c}. */
  static String list(List<String> items) {
    if (items.size() > NAMED) {
      // Bounded: a ledger of 50,000 equally heavy entries must not name every one of them; the
      // full list stays available as data (Assessment#entries()).
      return firstAndMore(items.subList(0, NAMED), items.size());
    }
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and "
        + items.get(items.size() - 1);
  }

  /** The first few items, then how many more there are: {@code a, b, c, d, e and 7 more}. */
  private static String firstAndMore(List<String> first, int total) {
    return String.join(", ", first) + " and "
        + String.format(Locale.ROOT, "%,d", total - first.size()) + " more";
  }

  /** The names of the entries' elements as a list in prose, bounded like {@link #list}. */
  static String elements(List<LedgerEntry> entries, Function<? super ElementId, String> names) {
    if (entries.size() > NAMED) {
      return firstAndMore(names(entries.subList(0, NAMED), names), entries.size());
    }
    return list(names(entries, names));
  }

  static ImmutableList<String> names(List<LedgerEntry> entries,
      Function<? super ElementId, String> names) {
    ImmutableList.Builder<String> result = ImmutableList.builder();
    for (LedgerEntry e : entries) {
      result.add(names.apply(e.element()));
    }
    return result.build();
  }

  /** {@code is} for one, {@code are} for more. */
  static String isAre(int count) {
    return count == 1 ? "is" : "are";
  }
}
