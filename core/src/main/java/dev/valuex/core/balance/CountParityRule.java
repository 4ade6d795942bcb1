package dev.valuex.core.balance;

import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.Side;
import dev.valuex.core.balance.Assessment.Status;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * The simplest rule, for quick workshops: compares how many entries each side holds, ignoring
 * importance and pairings. The ledger is {@code BALANCED} when the counts differ by at most
 * {@link #maxDifference()}, otherwise it leans to the side with more entries; a ledger without
 * entries is {@code INCOMPLETE}. The driving entries are those of the side with more entries,
 * or none when balanced.
 *
 * <p><b>Edge cases.</b> A side with no entries counts 0, so a ledger with entries on one side
 * only leans to that side once their count exceeds the allowance. Importance and pairings
 * never count (there are no weights to be zero), and equal counts, a tie, are {@code BALANCED}
 * even with an allowance of 0.
 *
 * <pre>{@code
 * Assessment a = CountParityRule.builder().maxDifference(1).build().assess(ledger);
 * // "4 IN entries (customer.money, ...) against 2 OUT entries (...), a difference of 2, ..."
 * }</pre>
 */
@Value.Immutable
public abstract class CountParityRule implements BalanceRule, WithCountParityRule {
  /** The name a count parity rule has unless another is set. */
  public static final String DEFAULT_NAME = "count-parity";

  CountParityRule() {}

  /**
   * Returns the rule's name.
   *
   * @return the name, {@value #DEFAULT_NAME} unless set
   */
  @Override
  @Value.Default
  public String name() {
    return DEFAULT_NAME;
  }

  /**
   * Returns the largest difference between the IN and OUT counts that still counts as balanced.
   *
   * @return at least 0, 0 (equal counts) unless set
   */
  @Value.Default
  public int maxDifference() {
    return 0;
  }

  /**
   * Returns the rule with its defaults: balanced only with equal counts.
   *
   * @return the rule, never null
   */
  public static CountParityRule defaults() {
    return builder().build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final ImmutableMap<String, String> parameters() {
    return ImmutableMap.of("maxDifference", Integer.toString(maxDifference()));
  }

  @Override
  public final Assessment assess(Ledger ledger, Function<? super ElementId, String> names) {
    Assessment.Builder result = Assessment.builder().rule(name()).ledger(ledger.id());
    if (ledger.entries().isEmpty()) {
      return result.status(Status.INCOMPLETE)
          .explanation("The ledger has no entries, so there is nothing to count.").build();
    }
    ImmutableList<LedgerEntry> in = ledger.in();
    ImmutableList<LedgerEntry> out = ledger.out();
    int difference = Math.abs(in.size() - out.size());
    String counts = Words.entries(in.size(), Side.IN) + listed(in, names) + " against "
        + Words.entries(out.size(), Side.OUT) + listed(out, names) + ", a difference of "
        + difference;
    result.putFigure("inEntries", (double) in.size())
        .putFigure("outEntries", (double) out.size())
        .putFigure("difference", (double) difference);
    if (difference <= maxDifference()) {
      return result.status(Status.BALANCED)
          .explanation(counts + ", within the allowed " + maxDifference() + ".").build();
    }
    boolean inHeavy = in.size() > out.size();
    return result.status(inHeavy ? Status.IN_HEAVY : Status.OUT_HEAVY)
        .addAllEntries(inHeavy ? in : out)
        .explanation(counts + ", more than the allowed " + maxDifference() + ": "
            + (inHeavy ? "the subject gives more than it gets."
                : "the subject gets more than it gives."))
        .build();
  }

  private static String listed(ImmutableList<LedgerEntry> entries,
      Function<? super ElementId, String> names) {
    return entries.isEmpty() ? "" : " (" + Words.elements(entries, names) + ")";
  }

  @Value.Check
  final void validate() {
    trimmedText(name(), "Balance rule", "name");
    check(maxDifference() >= 0, "Balance rule " + name(), "maxDifference", "be at least 0",
        maxDifference());
  }

  /** Builds {@link CountParityRule}s; every attribute may be set once. */
  public static final class Builder extends ImmutableCountParityRule.Builder {
    Builder() {}
  }
}
