package dev.valuex.core.balance;

import static dev.valuex.core.balance.Fixtures.current;
import static dev.valuex.core.balance.Fixtures.in;
import static dev.valuex.core.balance.Fixtures.out;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Ledger;
import dev.valuex.core.balance.Assessment.Status;
import org.junit.jupiter.api.Test;

class CountParityRuleTest {
  static final Ledger FOUR_FOR_TWO = current("p07-now", in("money"), in("time"), in("effort"),
      in("attention"), out("savings"), out("quality"));

  @Test
  void moreInEntriesThanAllowedIsInHeavy() {
    Assessment a = CountParityRule.builder().maxDifference(1).build().assess(FOUR_FOR_TWO);
    assertEquals(Status.IN_HEAVY, a.status());
    assertEquals(ImmutableMap.of("inEntries", 4.0, "outEntries", 2.0, "difference", 2.0),
        a.figures());
    assertEquals(FOUR_FOR_TWO.in(), a.entries());
    assertEquals("4 IN entries (customer.money, customer.time, customer.effort and"
        + " customer.attention) against 2 OUT entries (customer.savings and customer.quality), a"
        + " difference of 2, more than the allowed 1: the subject gives more than it gets.",
        a.explanation());
  }

  @Test
  void aDifferenceWithinTheAllowanceIsBalanced() {
    Assessment a = CountParityRule.builder().maxDifference(2).build().assess(FOUR_FOR_TWO);
    assertEquals(Status.BALANCED, a.status());
    assertEquals(ImmutableList.of(), a.entries());
    assertEquals("4 IN entries (customer.money, customer.time, customer.effort and"
        + " customer.attention) against 2 OUT entries (customer.savings and customer.quality), a"
        + " difference of 2, within the allowed 2.", a.explanation());
  }

  @Test
  void moreOutEntriesIsOutHeavy() {
    Ledger l = current("p07-now", in("money"), out("savings"), out("quality"), out("choice"));
    Assessment a = CountParityRule.defaults().assess(l);
    assertEquals(Status.OUT_HEAVY, a.status());
    assertEquals(l.out(), a.entries());
    assertEquals("1 IN entry (customer.money) against 3 OUT entries (customer.savings,"
        + " customer.quality and customer.choice), a difference of 2, more than the allowed 0:"
        + " the subject gets more than it gives.", a.explanation());
  }

  @Test
  void anEmptySideIsCountedAsNone() {
    Assessment a = CountParityRule.defaults().assess(current("p07-now", out("savings")));
    assertEquals(Status.OUT_HEAVY, a.status());
    assertEquals("0 IN entries against 1 OUT entry (customer.savings), a difference of 1, more"
        + " than the allowed 0: the subject gets more than it gives.", a.explanation());
  }

  @Test
  void anEmptyLedgerIsIncomplete() {
    Assessment a = CountParityRule.defaults().assess(current("p07-now"));
    assertEquals(Status.INCOMPLETE, a.status());
    assertEquals("The ledger has no entries, so there is nothing to count.", a.explanation());
  }

  @Test
  void rejectsANegativeAllowance() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CountParityRule.builder().maxDifference(-1).build());
    assertEquals("Balance rule count-parity: maxDifference must be at least 0, got -1",
        e.getMessage());
  }

  @Test
  void equalCountsAreBalancedWhateverTheImportance() {
    Assessment a = CountParityRule.defaults()
        .assess(current("p07-now", in("money", 5), out("savings", 1)));
    assertEquals(Status.BALANCED, a.status());
    assertEquals(0.0, a.figures().get("difference"));
  }
}
