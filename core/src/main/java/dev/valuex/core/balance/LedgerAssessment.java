package dev.valuex.core.balance;

import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.BalanceJudgement;
import dev.valuex.core.LedgerId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link BalancePolicy}'s rules say about one ledger, side by side with the owner's
 * recorded judgement, which is copied here unchanged and stays authoritative.
 *
 * <pre>{@code
 * LedgerAssessment la = policy.assess(ledger);
 * for (Assessment a : la.disagreements()) {
 *   System.out.println(a.rule() + " says " + a.status() + ": " + a.explanation());
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class LedgerAssessment implements WithLedgerAssessment {

  LedgerAssessment() {}

  /**
   * Returns the id of the assessed ledger.
   *
   * @return the ledger id, never null
   */
  public abstract LedgerId ledger();

  /**
   * Returns the ledger's owner, whose judgement counts.
   *
   * @return the owner, never null or blank
   */
  public abstract String owner();

  /**
   * Returns the owner's recorded judgement, exactly as the ledger holds it.
   *
   * @return the judgement, empty when none is recorded
   */
  public abstract Optional<BalanceJudgement> judgement();

  /**
   * Returns each rule's assessment, in the policy's order of rules.
   *
   * @return the assessments, never null
   */
  public abstract ImmutableList<Assessment> assessments();

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the assessment of a rule.
   *
   * @param rule the rule's name, not null
   * @return the assessment, empty when no rule of that name was run
   */
  public final Optional<Assessment> assessment(String rule) {
    for (Assessment a : assessments()) {
      if (a.rule().equals(rule)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns how a rule's assessment relates to the owner's judgement.
   *
   * @param rule the rule's name, not null
   * @return the agreement, never null
   * @throws dev.valuex.core.InvalidValueException if no rule of that name was run
   */
  public final Agreement agreement(String rule) {
    Optional<Assessment> a = assessment(rule);
    check(a.isPresent(), "LedgerAssessment " + ledger(), "rule", "name a rule that was run "
        + ruleNames(), rule);
    return a.get().agreementWith(judgement());
  }

  /**
   * Returns the assessments that take a different position from the owner's judgement.
   *
   * @return the disagreeing assessments in rule order, never null, empty when all agree or no
   *     judgement is recorded
   */
  public final ImmutableList<Assessment> disagreements() {
    ImmutableList.Builder<Assessment> result = ImmutableList.builder();
    for (Assessment a : assessments()) {
      if (a.agreementWith(judgement()) == Agreement.DISAGREES) {
        result.add(a);
      }
    }
    return result.build();
  }

  /**
   * Describes the ledger for people: the owner's judgement, then each rule's status, how it
   * relates to the judgement, and its explanation, one rule per line.
   *
   * @return the description, never null
   */
  public final String describe() {
    StringBuilder s = new StringBuilder().append(ledger()).append(": ").append(ownerSays());
    for (Assessment a : assessments()) {
      s.append("\n  ").append(a.rule()).append(": ").append(a.status());
      Agreement agreement = a.agreementWith(judgement());
      if (agreement == Agreement.AGREES) {
        s.append(" (agrees with the owner)");
      } else if (agreement == Agreement.DISAGREES) {
        s.append(" (DISAGREES with the owner)");
      }
      s.append(". ").append(a.explanation());
    }
    return s.toString();
  }

  final String ownerSays() {
    if (judgement().isEmpty()) {
      return "owner " + owner() + " has recorded no judgement";
    }
    BalanceJudgement.Verdict v = judgement().get().verdict();
    return "owner " + owner() + " judges " + v + Assessment.Status.of(v)
        .filter(s -> !s.name().equals(v.name())).map(s -> " (" + s + ")").orElse("");
  }

  private List<String> ruleNames() {
    List<String> names = new ArrayList<>();
    assessments().forEach(a -> names.add(a.rule()));
    return names;
  }

  @Value.Check
  final void validate() {
    trimmedText(owner(), "LedgerAssessment " + ledger(), "owner");
  }

  /** Builds {@link LedgerAssessment}s; every attribute may be set once. */
  public static final class Builder extends ImmutableLedgerAssessment.Builder {
    Builder() {}
  }
}
