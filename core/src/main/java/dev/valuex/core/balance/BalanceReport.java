package dev.valuex.core.balance;

import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.valuex.core.LedgerId;
import dev.valuex.core.balance.Assessment.Status;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The result of running a {@link BalancePolicy} over many ledgers: for each ledger what every
 * rule says and why, counts per status for each rule with the ledgers behind each count, and
 * the ledgers where a rule disagrees with the owner's judgement.
 *
 * <pre>{@code
 * BalanceReport report = policy.evaluate(ledgers);
 * int inHeavy = report.counts("pairing-coverage").get(Assessment.Status.IN_HEAVY);
 * List<LedgerId> which = report.ledgersWith("pairing-coverage", Assessment.Status.IN_HEAVY);
 * }</pre>
 */
@Value.Immutable
public abstract class BalanceReport implements WithBalanceReport {

  BalanceReport() {}

  /**
   * Returns the name of the policy that made the report.
   *
   * @return the policy name, never null or blank
   */
  public abstract String policy();

  /**
   * Returns the names of the policy's rules, in order.
   *
   * @return the rule names, never null
   */
  public abstract ImmutableList<String> rules();

  /**
   * Returns what the rules say about each ledger, in the order the ledgers were given.
   *
   * @return the ledger assessments, never null, possibly empty
   */
  public abstract ImmutableList<LedgerAssessment> ledgers();

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Counts the ledgers per status a rule gave them.
   *
   * @param rule the rule's name, not null
   * @return a count for every status, in the order of {@link Status}, zeros included, never null
   * @throws dev.valuex.core.InvalidValueException if the policy has no rule of that name
   */
  public final ImmutableMap<Status, Integer> counts(String rule) {
    checkRule(rule);
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, 0);
    }
    for (LedgerAssessment la : ledgers()) {
      la.assessment(rule).ifPresent(a -> counts.merge(a.status(), 1, Integer::sum));
    }
    return ImmutableMap.copyOf(counts);
  }

  /**
   * Returns the ledgers a rule gave a status.
   *
   * @param rule the rule's name, not null
   * @param status the status, not null
   * @return the ledger ids in report order, never null, possibly empty
   * @throws dev.valuex.core.InvalidValueException if the policy has no rule of that name
   */
  public final ImmutableList<LedgerId> ledgersWith(String rule, Status status) {
    checkRule(rule);
    ImmutableList.Builder<LedgerId> result = ImmutableList.builder();
    for (LedgerAssessment la : ledgers()) {
      if (la.assessment(rule).map(a -> a.status() == status).orElse(false)) {
        result.add(la.ledger());
      }
    }
    return result.build();
  }

  /**
   * Returns the ledgers where at least one rule disagrees with the owner's judgement.
   *
   * @return the ledger assessments in report order, never null, possibly empty
   */
  public final ImmutableList<LedgerAssessment> disagreements() {
    ImmutableList.Builder<LedgerAssessment> result = ImmutableList.builder();
    for (LedgerAssessment la : ledgers()) {
      if (!la.disagreements().isEmpty()) {
        result.add(la);
      }
    }
    return result.build();
  }

  /**
   * Describes the report for people: counts per status for each rule, each disagreement with
   * the owner's judgement side by side, then every ledger as {@link LedgerAssessment#describe()}
   * does.
   *
   * @return the description, never null
   */
  public final String describe() {
    StringBuilder s = new StringBuilder("Policy ").append(policy()).append(" over ")
        .append(ledgers().size()).append(ledgers().size() == 1 ? " ledger" : " ledgers");
    for (String rule : rules()) {
      List<String> counts = new ArrayList<>();
      counts(rule).forEach((status, n) -> counts.add(status + " " + n));
      s.append("\n  ").append(rule).append(": ").append(String.join(", ", counts));
    }
    ImmutableList<LedgerAssessment> disagreeing = disagreements();
    s.append("\nLedgers where a rule disagrees with the owner: ").append(disagreeing.size());
    for (LedgerAssessment la : disagreeing) {
      for (Assessment a : la.disagreements()) {
        s.append("\n  ").append(la.ledger()).append(": ").append(la.ownerSays()).append("; ")
            .append(a.rule()).append(" says ").append(a.status()).append(". ")
            .append(a.explanation());
      }
    }
    for (LedgerAssessment la : ledgers()) {
      s.append('\n').append(la.describe());
    }
    return s.toString();
  }

  private void checkRule(String rule) {
    check(rules().contains(rule), "BalanceReport " + policy(), "rule",
        "name a rule of the policy " + rules(), rule);
  }

  @Value.Check
  final void validate() {
    trimmedText(policy(), "BalanceReport", "policy");
  }

  /** Builds {@link BalanceReport}s; every attribute may be set once. */
  public static final class Builder extends ImmutableBalanceReport.Builder {
    Builder() {}
  }
}
