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
import java.util.OptionalDouble;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * Assesses how far the importance of what a subject gets outweighs what it gives: the sum of
 * OUT importance over the sum of IN importance, with a tolerance band around 1.
 *
 * <p>With tolerance {@code t}, the ledger is {@code OUT_HEAVY} when the OUT weight exceeds
 * {@code (1 + t)} times the IN weight, {@code IN_HEAVY} when the IN weight exceeds {@code (1 +
 * t)} times the OUT weight, and {@code BALANCED} in between: the ratio lies in the band {@code
 * 1 / (1 + t)} to {@code 1 + t}. The band is symmetric for the swap of IN and OUT, so that swap
 * turns {@code OUT_HEAVY} into {@code IN_HEAVY} and back.
 *
 * <p><b>Unweighted entries.</b> An entry without importance has not been weighed, which is
 * different from weighing nothing, so it never counts as zero. By default any unweighted entry
 * makes the assessment {@code INCOMPLETE}, naming those entries. With a {@link
 * #defaultWeight()}, unweighted entries count at that weight instead and the explanation says
 * which did. The driving entries are the heaviest entries of the heavier side, the unweighted
 * entries when {@code INCOMPLETE}, or none when balanced.
 *
 * <p><b>Edge cases.</b> A ledger without entries is {@code INCOMPLETE}. A side with no entries
 * weighs 0, so a ledger with no IN entries is {@code OUT_HEAVY}, without a {@code ratio}
 * figure (it would divide by 0), and one with no OUT entries {@code IN_HEAVY}, with a ratio of
 * 0. No weight is ever 0
 * (importance and the default weight run from {@value LedgerEntry#MIN_IMPORTANCE} to {@value
 * LedgerEntry#MAX_IMPORTANCE}), so "all weights zero" cannot occur: a side weighs 0 only when
 * it is empty. Ties: equal weights give a ratio of 1, {@code BALANCED} even with tolerance 0;
 * the band includes its bounds, so a ratio of exactly {@code 1 + t} is {@code BALANCED}; entries
 * tied for heaviest on the heavier side all drive the assessment.
 *
 * <pre>{@code
 * WeightedRatioRule rule = WeightedRatioRule.builder().tolerance(0.25).defaultWeight(3).build();
 * Assessment a = rule.assess(ledger);
 * // "OUT importance 12 over IN importance 8 gives a ratio of 1.50, above the balanced band ..."
 * }</pre>
 */
@Value.Immutable
public abstract class WeightedRatioRule implements BalanceRule, WithWeightedRatioRule {
  /** The name a weighted ratio rule has unless another is set. */
  public static final String DEFAULT_NAME = "weighted-ratio";

  WeightedRatioRule() {}

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
   * Returns how far the ratio may stray from 1 and still count as balanced: the band is {@code
   * 1 / (1 + tolerance)} to {@code 1 + tolerance}.
   *
   * @return a finite number of at least 0, 0.2 unless set
   */
  @Value.Default
  public double tolerance() {
    return 0.2;
  }

  /**
   * Returns the weight unweighted entries count at, on the importance scale.
   *
   * @return the weight, from {@value LedgerEntry#MIN_IMPORTANCE} to {@value
   *     LedgerEntry#MAX_IMPORTANCE}, empty (the default) when unweighted entries make the
   *     assessment {@code INCOMPLETE}
   */
  public abstract OptionalDouble defaultWeight();

  /**
   * Returns the rule with its defaults: tolerance 0.2, unweighted entries make it {@code
   * INCOMPLETE}.
   *
   * @return the rule, never null
   */
  public static WeightedRatioRule defaults() {
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
        "tolerance", Words.exact(tolerance()),
        "defaultWeight", defaultWeight().isPresent()
            ? Words.exact(defaultWeight().getAsDouble()) : "none (unweighted is INCOMPLETE)");
  }

  @Override
  public final Assessment assess(Ledger ledger, Function<? super ElementId, String> names) {
    Assessment.Builder result = Assessment.builder().rule(name()).ledger(ledger.id());
    if (ledger.entries().isEmpty()) {
      return result.status(Status.INCOMPLETE)
          .explanation("The ledger has no entries, so there is nothing to weigh.").build();
    }
    ImmutableList.Builder<LedgerEntry> unweightedBuilder = ImmutableList.builder();
    for (LedgerEntry e : ledger.entries()) {
      if (e.importance().isEmpty()) {
        unweightedBuilder.add(e);
      }
    }
    ImmutableList<LedgerEntry> unweighted = unweightedBuilder.build();
    result.putFigure("unweighted", (double) unweighted.size());
    if (!unweighted.isEmpty() && defaultWeight().isEmpty()) {
      return result.status(Status.INCOMPLETE).addAllEntries(unweighted)
          .explanation(Words.elements(unweighted, names) + " " + Words.isAre(unweighted.size())
              + " not weighed and no default weight is set, so the ratio cannot be computed.")
          .build();
    }
    double inWeight = weight(ledger.in());
    double outWeight = weight(ledger.out());
    double upper = 1 + tolerance();
    result.putFigure("inWeight", inWeight).putFigure("outWeight", outWeight);
    if (inWeight > 0) {
      result.putFigure("ratio", outWeight / inWeight);
    }
    result.putFigure("lowerBound", 1 / upper).putFigure("upperBound", upper);
    // Compared as products, not as a quotient, so the swap of IN and OUT mirrors exactly.
    Status status = outWeight > upper * inWeight ? Status.OUT_HEAVY
        : inWeight > upper * outWeight ? Status.IN_HEAVY
        : Status.BALANCED;
    StringBuilder why = new StringBuilder();
    if (inWeight == 0) {
      why.append("OUT importance ").append(Words.number(outWeight))
          .append(" against nothing on the IN side");
    } else if (outWeight == 0) {
      why.append("IN importance ").append(Words.number(inWeight))
          .append(" against nothing on the OUT side");
    } else {
      why.append("OUT importance ").append(Words.number(outWeight)).append(" over IN importance ")
          .append(Words.number(inWeight)).append(" gives a ratio of ")
          .append(Words.ratio(outWeight / inWeight)).append(", ")
          .append(status == Status.OUT_HEAVY ? "above" : status == Status.IN_HEAVY ? "below"
              : "within")
          .append(" the balanced band ").append(Words.ratio(1 / upper)).append(" to ")
          .append(Words.ratio(upper));
    }
    ImmutableList<LedgerEntry> drivers;
    if (status == Status.BALANCED) {
      why.append('.');
      drivers = ImmutableList.of();
    } else {
      Side heavy = status == Status.OUT_HEAVY ? Side.OUT : Side.IN;
      why.append(status == Status.OUT_HEAVY ? ", so the subject gets more than it gives."
          : ", so the subject gives more than it gets.");
      drivers = heaviest(ledger.onSide(heavy));
      why.append(" Heaviest on the ").append(heavy).append(" side: ")
          .append(Words.elements(drivers, names)).append(" (")
          .append(Words.number(weightOf(drivers.get(0)))).append(").");
    }
    if (!unweighted.isEmpty()) {
      why.append(' ').append(Words.elements(unweighted, names)).append(' ')
          .append(Words.isAre(unweighted.size()))
          .append(" not weighed and count").append(unweighted.size() == 1 ? "s" : "")
          .append(" at the default weight ")
          .append(Words.number(defaultWeight().getAsDouble())).append('.');
    }
    return result.status(status).addAllEntries(drivers).explanation(why.toString()).build();
  }

  private double weightOf(LedgerEntry e) {
    return e.importance().isPresent() ? e.importance().getAsInt()
        : defaultWeight().getAsDouble();
  }

  private double weight(ImmutableList<LedgerEntry> entries) {
    double sum = 0;
    for (LedgerEntry e : entries) {
      sum += weightOf(e);
    }
    return sum;
  }

  private ImmutableList<LedgerEntry> heaviest(ImmutableList<LedgerEntry> entries) {
    double max = 0;
    for (LedgerEntry e : entries) {
      max = Math.max(max, weightOf(e));
    }
    ImmutableList.Builder<LedgerEntry> result = ImmutableList.builder();
    for (LedgerEntry e : entries) {
      if (weightOf(e) == max) {
        result.add(e);
      }
    }
    return result.build();
  }

  @Value.Check
  final void validate() {
    trimmedText(name(), "Balance rule", "name");
    String who = "Balance rule " + name();
    check(Double.isFinite(tolerance()) && tolerance() >= 0, who, "tolerance",
        "be a finite number of at least 0", tolerance());
    if (defaultWeight().isPresent()) {
      double w = defaultWeight().getAsDouble();
      check(w >= LedgerEntry.MIN_IMPORTANCE && w <= LedgerEntry.MAX_IMPORTANCE, who,
          "defaultWeight", "be from " + LedgerEntry.MIN_IMPORTANCE + " to "
              + LedgerEntry.MAX_IMPORTANCE + " on the importance scale (never 0: unweighted is"
              + " not weightless)", w);
    }
  }

  /** Builds {@link WeightedRatioRule}s; every attribute may be set once. */
  public static final class Builder extends ImmutableWeightedRatioRule.Builder {
    Builder() {}
  }
}
