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
 * Assesses how fully a ledger's pairings cover its entries: the share of IN entries paired with
 * at least one OUT entry ({@code inCoverage}), and the share of OUT entries paired with at least
 * one IN entry ({@code outCoverage}). A side with no entries counts as fully covered.
 *
 * <p>Each coverage falls short of its minimum by {@code max(0, minimum - coverage)}. The ledger
 * is {@code BALANCED} when neither falls short; {@code IN_HEAVY} when IN falls short by more
 * (more is given for nothing than received for nothing); {@code OUT_HEAVY} when OUT does; and
 * {@code INCOMPLETE} when both fall short equally or the ledger has no entries. With equal
 * minimums the rule is symmetric: swapping IN and OUT swaps {@code IN_HEAVY} and {@code
 * OUT_HEAVY}. The driving entries are the unpaired entries of the heavy side, or every unpaired
 * entry otherwise.
 *
 * <p><b>Edge cases.</b> A ledger with entries on both sides and no pairing recorded has both
 * coverages at 0%: it is {@code INCOMPLETE} whatever the minimums (unless both minimums are 0,
 * when it is {@code BALANCED}), because nothing recorded is not a lean; unequal minimums do
 * not make it {@code IN_HEAVY} or {@code OUT_HEAVY}. A ledger with no IN entries has nothing
 * given to pair, so its IN side counts as covered and unpaired OUT entries make it {@code
 * OUT_HEAVY} (received for nothing); likewise a ledger with no OUT entries and unpaired IN
 * entries is {@code IN_HEAVY}. A ledger without entries is {@code INCOMPLETE}. Importance
 * never counts, so weights (or their absence) do not move the status.
 *
 * <pre>{@code
 * Assessment a = PairingCoverageRule.builder().minimumInCoverage(0.75).build().assess(ledger);
 * // "3 of 4 IN entries are paired; customer.money is given with nothing paired in return. ..."
 * }</pre>
 */
@Value.Immutable
public abstract class PairingCoverageRule implements BalanceRule, WithPairingCoverageRule {
  /** The name a pairing coverage rule has unless another is set. */
  public static final String DEFAULT_NAME = "pairing-coverage";

  PairingCoverageRule() {}

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
   * Returns the least share of IN entries that must be paired for {@code BALANCED}.
   *
   * @return a share from 0 to 1, 1 (every IN entry paired) unless set
   */
  @Value.Default
  public double minimumInCoverage() {
    return 1.0;
  }

  /**
   * Returns the least share of OUT entries that must be paired for {@code BALANCED}.
   *
   * @return a share from 0 to 1, 1 (every OUT entry paired) unless set
   */
  @Value.Default
  public double minimumOutCoverage() {
    return 1.0;
  }

  /**
   * Returns the rule with its defaults: every entry on both sides must be paired.
   *
   * @return the rule, never null
   */
  public static PairingCoverageRule defaults() {
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
    return ImmutableMap.of(
        "minimumInCoverage", Words.exact(minimumInCoverage()),
        "minimumOutCoverage", Words.exact(minimumOutCoverage()));
  }

  @Override
  public final Assessment assess(Ledger ledger, Function<? super ElementId, String> names) {
    Assessment.Builder result = Assessment.builder().rule(name()).ledger(ledger.id());
    if (ledger.entries().isEmpty()) {
      return result.status(Status.INCOMPLETE)
          .explanation("The ledger has no entries, so there is nothing to pair.").build();
    }
    ImmutableList<LedgerEntry> in = ledger.in();
    ImmutableList<LedgerEntry> out = ledger.out();
    ImmutableList<LedgerEntry> unpairedIn = unpaired(ledger, in);
    ImmutableList<LedgerEntry> unpairedOut = unpaired(ledger, out);
    double inCoverage = coverage(in.size(), unpairedIn.size());
    double outCoverage = coverage(out.size(), unpairedOut.size());
    double inShort = Math.max(0, minimumInCoverage() - inCoverage);
    double outShort = Math.max(0, minimumOutCoverage() - outCoverage);
    Status status;
    String verdict;
    if (inShort == 0 && outShort == 0) {
      status = Status.BALANCED;
      verdict = "both sides meet their minimum.";
    } else if (ledger.pairings().isEmpty() && !in.isEmpty() && !out.isEmpty()) {
      // Both sides at 0%: unequal minimums must not turn "nothing recorded" into a lean.
      status = Status.INCOMPLETE;
      verdict = "no pairings are recorded, so the pairings show no lean.";
    } else if (inShort > outShort) {
      status = Status.IN_HEAVY;
      verdict = "more is given for nothing than received for nothing.";
    } else if (outShort > inShort) {
      status = Status.OUT_HEAVY;
      verdict = "more is received for nothing than given for nothing.";
    } else {
      status = Status.INCOMPLETE;
      verdict = ledger.pairings().isEmpty()
          ? "no pairings are recorded, so the pairings show no lean."
          : "both sides fall equally short, so the pairings show no lean.";
    }
    String explanation = side(Side.IN, in.size(), unpairedIn, names) + " "
        + side(Side.OUT, out.size(), unpairedOut, names) + " "
        + "IN coverage " + Words.percent(inCoverage) + " against a minimum of "
        + Words.percent(minimumInCoverage()) + ", OUT coverage " + Words.percent(outCoverage)
        + " against a minimum of " + Words.percent(minimumOutCoverage()) + ": " + verdict;
    ImmutableList<LedgerEntry> drivers = status == Status.IN_HEAVY ? unpairedIn
        : status == Status.OUT_HEAVY ? unpairedOut
        : ImmutableList.<LedgerEntry>builder().addAll(unpairedIn).addAll(unpairedOut).build();
    return result.status(status)
        .putFigure("inEntries", (double) in.size())
        .putFigure("pairedIn", (double) (in.size() - unpairedIn.size()))
        .putFigure("inCoverage", inCoverage)
        .putFigure("outEntries", (double) out.size())
        .putFigure("pairedOut", (double) (out.size() - unpairedOut.size()))
        .putFigure("outCoverage", outCoverage)
        .addAllEntries(drivers)
        .explanation(explanation)
        .build();
  }

  private static ImmutableList<LedgerEntry> unpaired(Ledger ledger,
      ImmutableList<LedgerEntry> side) {
    ImmutableList.Builder<LedgerEntry> result = ImmutableList.builder();
    for (LedgerEntry e : side) {
      if (ledger.pairingsOf(e.element(), e.side()).isEmpty()) {
        result.add(e);
      }
    }
    return result.build();
  }

  private static double coverage(int entries, int unpaired) {
    return entries == 0 ? 1.0 : (entries - unpaired) / (double) entries;
  }

  private static String side(Side side, int entries, ImmutableList<LedgerEntry> unpaired,
      Function<? super ElementId, String> names) {
    if (entries == 0) {
      return "No " + side + " entries are recorded.";
    }
    StringBuilder s = new StringBuilder()
        .append(entries - unpaired.size()).append(" of ").append(entries).append(' ')
        .append(side).append(entries == 1 ? " entry is paired" : " entries are paired");
    if (!unpaired.isEmpty()) {
      s.append("; ").append(Words.elements(unpaired, names)).append(' ')
          .append(Words.isAre(unpaired.size()))
          .append(side == Side.IN ? " given with nothing paired in return"
              : " received with nothing paired as given for "
                  + (unpaired.size() == 1 ? "it" : "them"));
    }
    return s.append('.').toString();
  }

  @Value.Check
  final void validate() {
    trimmedText(name(), "Balance rule", "name");
    String who = "Balance rule " + name();
    checkShare(minimumInCoverage(), who, "minimumInCoverage");
    checkShare(minimumOutCoverage(), who, "minimumOutCoverage");
  }

  static void checkShare(double share, String who, String field) {
    check(share >= 0 && share <= 1, who, field, "be a share from 0 to 1", share);
  }

  /** Builds {@link PairingCoverageRule}s; every attribute may be set once. */
  public static final class Builder extends ImmutablePairingCoverageRule.Builder {
    Builder() {}
  }
}
