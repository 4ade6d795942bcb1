package dev.valuex.core.balance;

import static dev.valuex.core.internal.Checks.trimmedText;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * The balance rules an owner or a team declares for a set of ledgers, run together over many
 * ledgers into a {@link BalanceReport}: for each ledger what every rule says and why, counts per
 * status, and where a rule and the owner's recorded judgement disagree. Running a policy never
 * changes a ledger or its judgement.
 *
 * <pre>{@code
 * BalancePolicy policy = BalancePolicy.builder()
 *     .name("workshop")
 *     .addRule(PairingCoverageRule.defaults())
 *     .addRule(WeightedRatioRule.builder().defaultWeight(3).build())
 *     .build();
 * BalanceReport report = policy.evaluate(ledgers);
 * System.out.println(report.describe());
 * }</pre>
 */
@Value.Immutable
public abstract class BalancePolicy implements WithBalancePolicy {

  BalancePolicy() {}

  /**
   * Returns the policy's name, e.g. the study or team it serves.
   *
   * @return the name, never null or blank
   */
  public abstract String name();

  /**
   * Returns the rules, in the order reports list them.
   *
   * @return the rules, at least one, with distinct names
   */
  public abstract ImmutableList<BalanceRule> rules();

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs every rule over one ledger, naming elements by their ids.
   *
   * @param ledger the ledger, not null; it is not changed
   * @return what each rule says, beside the owner's judgement, never null
   */
  public final LedgerAssessment assess(Ledger ledger) {
    return assess(ledger, ElementId::toString);
  }

  /**
   * Runs every rule over one ledger.
   *
   * @param ledger the ledger, not null; it is not changed
   * @param names gives the name to show for an element, e.g. a card name, not null
   * @return what each rule says, beside the owner's judgement, never null
   */
  public final LedgerAssessment assess(Ledger ledger, Function<? super ElementId, String> names) {
    LedgerAssessment.Builder result = LedgerAssessment.builder().ledger(ledger.id())
        .owner(ledger.owner()).judgement(ledger.judgement());
    for (BalanceRule rule : rules()) {
      result.addAssessment(rule.assess(ledger, names));
    }
    return result.build();
  }

  /**
   * Runs every rule over many ledgers, naming elements by their ids.
   *
   * @param ledgers the ledgers, not null; none is changed
   * @return the report, with the ledgers in the given order, never null
   */
  public final BalanceReport evaluate(Iterable<Ledger> ledgers) {
    return evaluate(ledgers, ElementId::toString);
  }

  /**
   * Runs every rule over many ledgers.
   *
   * @param ledgers the ledgers, not null; none is changed
   * @param names gives the name to show for an element, e.g. a card name, not null
   * @return the report, with the ledgers in the given order, never null
   */
  public final BalanceReport evaluate(Iterable<Ledger> ledgers,
      Function<? super ElementId, String> names) {
    BalanceReport.Builder report = BalanceReport.builder().policy(name());
    rules().forEach(r -> report.addRule(r.name()));
    for (Ledger ledger : ledgers) {
      report.addLedger(assess(ledger, names));
    }
    return report.build();
  }

  @Value.Check
  final void validate() {
    trimmedText(name(), "BalancePolicy", "name");
    CompositeRule.checkRules(rules(), "BalancePolicy " + name());
  }

  /** Builds {@link BalancePolicy}s; every attribute may be set once. */
  public static final class Builder extends ImmutableBalancePolicy.Builder {
    Builder() {}
  }
}
