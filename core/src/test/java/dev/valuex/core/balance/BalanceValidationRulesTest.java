package dev.valuex.core.balance;

import static dev.valuex.core.Rejections.rejected;
import static dev.valuex.core.balance.Fixtures.current;
import static dev.valuex.core.balance.Fixtures.in;
import static dev.valuex.core.balance.Fixtures.out;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.valuex.core.Ledger;
import dev.valuex.core.balance.Assessment.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One test per validation rule of the balance rules, policies and their results that no other
 * test breaks: every rule needs a name a report can show, and results read back from a document
 * keep their names trimmed.
 */
class BalanceValidationRulesTest {
  private static final Ledger LEDGER = current("p01-now", in("money"), out("savings"));

  @Test
  void everyRuleNeedsATrimmedName() {
    rejected("Balance rule: name must not be blank, got ' '",
        () -> CountParityRule.defaults().withName(" "));
    rejected("Balance rule: name must not start or end with white space, got 'judge '",
        () -> JudgementRule.defaults().withName("judge "));
    rejected("Balance rule: name must not be blank, got ''",
        () -> GapRule.defaults().withName(""));
    rejected("Balance rule: name must not start or end with white space, got ' ratio'",
        () -> WeightedRatioRule.defaults().withName(" ratio"));
    rejected("Balance rule: name must not be blank, got ' '",
        () -> CompositeRule.of(" ", CompositeRule.Mode.ALL_OF,
            List.of(CountParityRule.defaults())));
  }

  @Test
  void aCompositeRuleNeedsDistinctlyNamedRules() {
    rejected("Balance rule both: rules must have distinct names, got 'count-parity'",
        () -> CompositeRule.of("both", CompositeRule.Mode.ALL_OF,
            List.of(CountParityRule.defaults(), CountParityRule.defaults())));
  }

  @Test
  void aPolicyNeedsATrimmedName() {
    rejected("BalancePolicy: name must not be blank, got ''", () -> BalancePolicy.builder()
        .name("").addRule(CountParityRule.defaults()).build());
  }

  @Test
  void aCountParityRuleAllowsADifferenceOfZeroButNotLess() {
    rejected("Balance rule strict: maxDifference must be at least 0, got -1",
        () -> CountParityRule.defaults().withName("strict").withMaxDifference(-1));
    assertEquals(Status.BALANCED, CountParityRule.defaults().withName("strict")
        .withMaxDifference(0).assess(LEDGER).status());
  }

  @Test
  void aWeightedRatioRuleTakesADefaultWeightOnTheImportanceScaleEnds() {
    assertEquals(1.0, WeightedRatioRule.defaults().withDefaultWeight(1).defaultWeight()
        .getAsDouble());
    assertEquals(5.0, WeightedRatioRule.defaults().withDefaultWeight(5).defaultWeight()
        .getAsDouble());
  }

  @Test
  void anAssessmentNeedsATrimmedRuleExplanationAndFigureNames() {
    Assessment a = CountParityRule.defaults().assess(LEDGER);
    rejected("Assessment: rule must not be blank, got ' '", () -> a.withRule(" "));
    rejected("Assessment count-parity of p01-now: explanation must not start or end with "
        + "white space, got 'fine '", () -> a.withExplanation("fine "));
    rejected("Assessment count-parity of p01-now: figure name must not be blank, got ' '",
        () -> a.withFigures(Map.of(" ", 1.0)));
  }

  @Test
  void aReportAndItsLedgerAssessmentsNeedTrimmedNames() {
    BalancePolicy policy = BalancePolicy.builder().name("workshop")
        .addRule(CountParityRule.defaults()).build();
    BalanceReport report = policy.evaluate(List.of(LEDGER));
    rejected("BalanceReport: policy must not be blank, got ''", () -> report.withPolicy(""));
    LedgerAssessment first = report.ledgers().get(0);
    rejected("LedgerAssessment p01-now: owner must not start or end with white space, "
        + "got ' P01'", () -> first.withOwner(" P01"));
  }

  @Test
  void aReportRefusesToListLedgersForARuleItDidNotRun() {
    BalanceReport report = BalancePolicy.builder().name("workshop")
        .addRule(CountParityRule.defaults()).build().evaluate(List.of(LEDGER));
    rejected("BalanceReport workshop: rule must name a rule of the policy [count-parity], "
        + "got 'gap'", () -> report.ledgersWith("gap", Status.BALANCED));
    assertEquals(List.of(LEDGER.id()), report.ledgersWith("count-parity", Status.BALANCED));
  }
}
