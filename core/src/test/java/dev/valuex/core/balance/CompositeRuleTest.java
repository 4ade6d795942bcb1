package dev.valuex.core.balance;

import static dev.valuex.core.balance.Fixtures.current;
import static dev.valuex.core.balance.Fixtures.in;
import static dev.valuex.core.balance.Fixtures.out;
import static dev.valuex.core.balance.Fixtures.pair;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerId;
import dev.valuex.core.balance.Assessment.Status;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CompositeRuleTest {
  static final Ledger LEDGER = current("p07-now", in("money", 2), out("savings", 5))
      .withPairing(pair("money", "savings"));

  /** A rule that always says the same, naming itself. */
  static BalanceRule says(String name, Status status) {
    return BalanceRule.of(name, l -> Assessment.of(name, l, status, name + " says " + status));
  }

  static Status allOf(Status... statuses) {
    return combine(CompositeRule.Mode.ALL_OF, statuses);
  }

  static Status anyOf(Status... statuses) {
    return combine(CompositeRule.Mode.ANY_OF, statuses);
  }

  static Status combine(CompositeRule.Mode mode, Status... statuses) {
    ImmutableList.Builder<BalanceRule> rules = ImmutableList.builder();
    for (int i = 0; i < statuses.length; i++) {
      rules.add(says("r" + i, statuses[i]));
    }
    return CompositeRule.of("c", mode, rules.build()).assess(LEDGER).status();
  }

  @Test
  void allOfIsBalancedOnlyWhenEveryApplicableRuleIs() {
    assertEquals(Status.BALANCED, allOf(Status.BALANCED, Status.BALANCED));
    assertEquals(Status.BALANCED, allOf(Status.BALANCED, Status.NOT_APPLICABLE));
    assertEquals(Status.OUT_HEAVY, allOf(Status.OUT_HEAVY, Status.BALANCED));
    assertEquals(Status.IN_HEAVY, allOf(Status.INCOMPLETE, Status.IN_HEAVY));
    assertEquals(Status.INCOMPLETE, allOf(Status.BALANCED, Status.INCOMPLETE));
    assertEquals(Status.INCOMPLETE, allOf(Status.OUT_HEAVY, Status.IN_HEAVY));
    assertEquals(Status.NOT_APPLICABLE, allOf(Status.NOT_APPLICABLE, Status.NOT_APPLICABLE));
  }

  @Test
  void anyOfIsBalancedWhenAnyApplicableRuleIs() {
    assertEquals(Status.BALANCED, anyOf(Status.IN_HEAVY, Status.BALANCED));
    assertEquals(Status.IN_HEAVY, anyOf(Status.IN_HEAVY, Status.INCOMPLETE));
    assertEquals(Status.OUT_HEAVY, anyOf(Status.OUT_HEAVY, Status.NOT_APPLICABLE));
    assertEquals(Status.INCOMPLETE, anyOf(Status.OUT_HEAVY, Status.IN_HEAVY));
    assertEquals(Status.INCOMPLETE, anyOf(Status.INCOMPLETE));
    assertEquals(Status.NOT_APPLICABLE, anyOf(Status.NOT_APPLICABLE));
  }

  @Test
  void firstApplicableStopsAtTheFirstRuleThatApplies() {
    AtomicInteger runs = new AtomicInteger();
    BalanceRule counted = BalanceRule.of("counted", l -> {
      runs.incrementAndGet();
      return Assessment.of("counted", l, Status.OUT_HEAVY, "counted");
    });
    CompositeRule rule = BalanceRule.firstApplicable("first",
        says("gap", Status.NOT_APPLICABLE), says("owner", Status.IN_HEAVY), counted);
    Assessment a = rule.assess(LEDGER);
    assertEquals(Status.IN_HEAVY, a.status());
    assertEquals(2, a.parts().size());
    assertEquals(0, runs.get());
    assertEquals("First applicable of gap, owner and counted: IN_HEAVY, because owner is the"
        + " first rule that applies. [gap NOT_APPLICABLE] gap says NOT_APPLICABLE [owner"
        + " IN_HEAVY] owner says IN_HEAVY", a.explanation());
    assertEquals(Status.NOT_APPLICABLE, BalanceRule.firstApplicable("none",
        says("gap", Status.NOT_APPLICABLE)).assess(LEDGER).status());
  }

  @Test
  void explainsWhichRulesDecidedAndKeepsEachPart() {
    CompositeRule rule = BalanceRule.allOf("workshop", PairingCoverageRule.defaults(),
        WeightedRatioRule.defaults());
    Assessment a = rule.assess(LEDGER);
    assertEquals(Status.OUT_HEAVY, a.status());
    assertEquals(ImmutableList.of(PairingCoverageRule.defaults().assess(LEDGER),
        WeightedRatioRule.defaults().assess(LEDGER)), a.parts());
    assertEquals(ImmutableList.of(out("savings", 5)), a.entries());
    assertEquals(1.0, a.figures().get("pairing-coverage.inCoverage"));
    assertEquals(2.5, a.figures().get("weighted-ratio.ratio"));
    assertEquals("All of pairing-coverage and weighted-ratio: OUT_HEAVY, because weighted-ratio"
        + " says OUT_HEAVY. [pairing-coverage BALANCED] "
        + PairingCoverageRule.defaults().assess(LEDGER).explanation() + " [weighted-ratio"
        + " OUT_HEAVY] " + WeightedRatioRule.defaults().assess(LEDGER).explanation(),
        a.explanation());
    assertEquals(ImmutableMap.of("mode", "ALL_OF", "rules", "[pairing-coverage, weighted-ratio]"),
        rule.parameters());
  }

  @Test
  void conflictingRulesAreIncompleteAndNameBothSides() {
    Assessment a = BalanceRule.anyOf("either", says("a", Status.OUT_HEAVY),
        says("b", Status.IN_HEAVY), says("c", Status.IN_HEAVY)).assess(LEDGER);
    assertEquals("Any of a, b and c: INCOMPLETE, because the rules lean both ways: a says"
        + " OUT_HEAVY, b and c say IN_HEAVY. [a OUT_HEAVY] a says OUT_HEAVY [b IN_HEAVY] b says"
        + " IN_HEAVY [c IN_HEAVY] c says IN_HEAVY", a.explanation());
  }

  @Test
  void rejectsNoRulesAndRepeatedNames() {
    InvalidValueException none = assertThrows(InvalidValueException.class,
        () -> BalanceRule.allOf("both"));
    assertEquals("Balance rule both: rules must hold at least one rule, got []",
        none.getMessage());
    InvalidValueException twice = assertThrows(InvalidValueException.class,
        () -> BalanceRule.anyOf("both", WeightedRatioRule.defaults(),
            WeightedRatioRule.builder().tolerance(0.5).build()));
    assertEquals("Balance rule both: rules must have distinct names, got 'weighted-ratio'",
        twice.getMessage());
  }

  @Test
  void aCustomRuleNamesItselfAndTheAssessedLedger() {
    BalanceRule rule = BalanceRule.of("no-money", l -> Assessment.builder().rule("other")
        .ledger(LedgerId.of("elsewhere")).status(Status.IN_HEAVY)
        .explanation("customer.money is given").build());
    Assessment a = rule.assess(LEDGER);
    assertEquals("no-money", a.rule());
    assertEquals(LEDGER.id(), a.ledger());
    assertEquals("no-money", rule.name());
    assertEquals(ImmutableMap.of(), rule.parameters());
    InvalidValueException blank = assertThrows(InvalidValueException.class,
        () -> BalanceRule.of("", l -> Assessment.of("x", l, Status.BALANCED, "x")));
    assertEquals("Balance rule: name must not be blank, got ''", blank.getMessage());
  }
}
