package dev.valuex.core.balance;

import static dev.valuex.core.balance.Fixtures.in;
import static dev.valuex.core.balance.Fixtures.judgement;
import static dev.valuex.core.balance.Fixtures.ledger;
import static dev.valuex.core.balance.Fixtures.out;
import static dev.valuex.core.balance.Fixtures.pair;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.valuex.core.BalanceJudgement.Verdict;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Ledger;
import dev.valuex.core.View;
import dev.valuex.core.balance.Assessment.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class BalancePolicyTest {
  /** IN-heavy by pairing and by count, but its owner feels they get more. */
  static final Ledger P07 = PairingCoverageRuleTest.MONEY_UNPAIRED
      .withJudgement(judgement(Verdict.OWNER_GETS_MORE));
  /** Balanced by both rules, and by its owner. */
  static final Ledger P08 = ledger("p08-now", "P08", View.CURRENT, in("money"), out("savings"))
      .withPairing(pair("money", "savings")).withJudgement(judgement(Verdict.BALANCED));
  /** Nothing recorded yet. */
  static final Ledger P09 = ledger("p09-now", "P09", View.CURRENT);

  static final BalancePolicy POLICY = BalancePolicy.builder().name("workshop")
      .addRule(PairingCoverageRule.defaults()).addRule(CountParityRule.defaults()).build();

  @Test
  void countsStatusesPerRuleWithTheLedgersBehindThem() {
    BalanceReport report = POLICY.evaluate(List.of(P07, P08, P09));
    assertEquals(ImmutableList.of("pairing-coverage", "count-parity"), report.rules());
    assertEquals(ImmutableMap.of(Status.OUT_HEAVY, 0, Status.BALANCED, 1, Status.IN_HEAVY, 1,
        Status.INCOMPLETE, 1, Status.NOT_APPLICABLE, 0), report.counts("pairing-coverage"));
    assertEquals(ImmutableList.of(P07.id()),
        report.ledgersWith("pairing-coverage", Status.IN_HEAVY));
    assertEquals(ImmutableList.of(P09.id()), report.ledgersWith("count-parity",
        Status.INCOMPLETE));
    assertEquals(ImmutableList.of(), report.ledgersWith("count-parity", Status.OUT_HEAVY));
  }

  @Test
  void reportsWhereRulesDisagreeWithTheOwner() {
    BalanceReport report = POLICY.evaluate(List.of(P07, P08, P09));
    assertEquals(ImmutableList.of(POLICY.assess(P07)), report.disagreements());
    LedgerAssessment p07 = report.ledgers().get(0);
    assertEquals(P07.judgement(), p07.judgement());
    assertEquals(Agreement.DISAGREES, p07.agreement("pairing-coverage"));
    assertEquals(ImmutableList.of("pairing-coverage", "count-parity"),
        p07.disagreements().stream().map(Assessment::rule).collect(
            ImmutableList.toImmutableList()));
    assertEquals(Agreement.AGREES, report.ledgers().get(1).agreement("count-parity"));
    assertEquals(Agreement.NOT_COMPARABLE, report.ledgers().get(2).agreement("count-parity"));
  }

  @Test
  void describesCountsDisagreementsAndEachLedger() {
    BalancePolicy parity = BalancePolicy.builder().name("quick")
        .addRule(CountParityRule.defaults()).build();
    assertEquals("Policy quick over 2 ledgers\n"
        + "  count-parity: OUT_HEAVY 0, BALANCED 1, IN_HEAVY 1, INCOMPLETE 0, NOT_APPLICABLE 0\n"
        + "Ledgers where a rule disagrees with the owner: 1\n"
        + "  p07-now: owner P07 judges OWNER_GETS_MORE (OUT_HEAVY); count-parity says IN_HEAVY."
        + " 4 IN entries (customer.money, customer.time, customer.effort and"
        + " customer.personal-data) against 2 OUT entries (customer.savings and"
        + " customer.convenience), a difference of 2, more than the allowed 0: the subject gives"
        + " more than it gets.\n"
        + "p07-now: owner P07 judges OWNER_GETS_MORE (OUT_HEAVY)\n"
        + "  count-parity: IN_HEAVY (DISAGREES with the owner). 4 IN entries (customer.money,"
        + " customer.time, customer.effort and customer.personal-data) against 2 OUT entries"
        + " (customer.savings and customer.convenience), a difference of 2, more than the"
        + " allowed 0: the subject gives more than it gets.\n"
        + "p08-now: owner P08 judges BALANCED\n"
        + "  count-parity: BALANCED (agrees with the owner). 1 IN entry (customer.money)"
        + " against 1 OUT entry (customer.savings), a difference of 0, within the allowed 0.",
        parity.evaluate(List.of(P07, P08)).describe());
    assertEquals("p09-now: owner P09 has recorded no judgement\n"
        + "  count-parity: INCOMPLETE. The ledger has no entries, so there is nothing to count.",
        parity.assess(P09).describe());
  }

  @Test
  void passesElementNamesToEveryRule() {
    LedgerAssessment a = POLICY.assess(P07, e -> e.slug().toUpperCase(java.util.Locale.ROOT));
    String explanation = a.assessments().get(0).explanation();
    assertTrue(explanation.startsWith(
        "3 of 4 IN entries are paired; MONEY is given with nothing paired in return."),
        explanation);
  }

  @Test
  void rejectsNoRulesRepeatedNamesAndUnknownRules() {
    InvalidValueException none = assertThrows(InvalidValueException.class,
        () -> BalancePolicy.builder().name("workshop").build());
    assertEquals("BalancePolicy workshop: rules must hold at least one rule, got []",
        none.getMessage());
    InvalidValueException twice = assertThrows(InvalidValueException.class,
        () -> POLICY.withRules(List.of(CountParityRule.defaults(),
            CountParityRule.builder().maxDifference(1).build())));
    assertEquals("BalancePolicy workshop: rules must have distinct names, got 'count-parity'",
        twice.getMessage());
    BalanceReport report = POLICY.evaluate(List.of(P07));
    InvalidValueException unknown = assertThrows(InvalidValueException.class,
        () -> report.counts("weighted-ratio"));
    assertEquals("BalanceReport workshop: rule must name a rule of the policy"
        + " [pairing-coverage, count-parity], got 'weighted-ratio'", unknown.getMessage());
    InvalidValueException notRun = assertThrows(InvalidValueException.class,
        () -> report.ledgers().get(0).agreement("weighted-ratio"));
    assertEquals("LedgerAssessment p07-now: rule must name a rule that was run"
        + " [pairing-coverage, count-parity], got 'weighted-ratio'", notRun.getMessage());
  }

  @Test
  void anEmptyListGivesAnEmptyReport() {
    BalanceReport report = POLICY.evaluate(List.of());
    assertEquals(0, report.counts("count-parity").get(Status.BALANCED));
    assertEquals("Policy workshop over 0 ledgers\n"
        + "  pairing-coverage: OUT_HEAVY 0, BALANCED 0, IN_HEAVY 0, INCOMPLETE 0,"
        + " NOT_APPLICABLE 0\n"
        + "  count-parity: OUT_HEAVY 0, BALANCED 0, IN_HEAVY 0, INCOMPLETE 0, NOT_APPLICABLE 0\n"
        + "Ledgers where a rule disagrees with the owner: 0", report.describe());
  }
}
