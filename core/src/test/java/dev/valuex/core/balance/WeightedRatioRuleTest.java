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
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.balance.Assessment.Status;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WeightedRatioRuleTest {

  @Test
  void heavierOutImportanceMakesTheLedgerOutHeavy() {
    Ledger l = current("p07-now", in("money", 4), in("time", 4),
        out("savings", 5), out("convenience", 5), out("quality", 2));
    Assessment a = WeightedRatioRule.defaults().assess(l);
    assertEquals(Status.OUT_HEAVY, a.status());
    assertEquals(ImmutableMap.of("unweighted", 0.0, "inWeight", 8.0, "outWeight", 12.0,
        "ratio", 1.5, "lowerBound", 1 / 1.2, "upperBound", 1.2), a.figures());
    assertEquals(ImmutableList.of(out("savings", 5), out("convenience", 5)), a.entries());
    assertEquals("OUT importance 12 over IN importance 8 gives a ratio of 1.50, above the"
        + " balanced band 0.83 to 1.20, so the subject gets more than it gives. Heaviest on the"
        + " OUT side: customer.savings and customer.convenience (5).", a.explanation());
  }

  @Test
  void anExplanationNamesTheFirstFiveHeaviestAndCountsTheRestWhileEntriesHoldThemAll() {
    LedgerEntry[] entries = new LedgerEntry[50_001];
    entries[0] = in("money", 1);
    for (int i = 1; i < entries.length; i++) {
      entries[i] = out("benefit-" + i, 5);
    }
    // Built in one go: adding 50,001 entries one by one would copy the list every time.
    Ledger l = current("p07-now").withEntries(Arrays.asList(entries));
    Assessment a = WeightedRatioRule.defaults().assess(l);
    assertEquals(Status.OUT_HEAVY, a.status());
    assertEquals(50_000, a.entries().size());
    assertEquals(out("benefit-50000", 5), a.entries().get(49_999));
    assertEquals("OUT importance 250000 over IN importance 1 gives a ratio of 250000.00, above"
        + " the balanced band 0.83 to 1.20, so the subject gets more than it gives. Heaviest on"
        + " the OUT side: customer.benefit-1, customer.benefit-2, customer.benefit-3,"
        + " customer.benefit-4, customer.benefit-5 and 49,995 more (5).", a.explanation());
  }

  @Test
  void anExplanationNamesUpToFiveEntriesInFull() {
    Ledger l = current("p07-now", in("money", 1), out("a", 5), out("b", 5), out("c", 5),
        out("d", 5), out("e", 5));
    assertEquals("OUT importance 25 over IN importance 1 gives a ratio of 25.00, above the"
        + " balanced band 0.83 to 1.20, so the subject gets more than it gives. Heaviest on the"
        + " OUT side: customer.a, customer.b, customer.c, customer.d and customer.e (5).",
        WeightedRatioRule.defaults().assess(l).explanation());
  }

  @Test
  void heavierInImportanceMakesTheLedgerInHeavy() {
    Ledger l = current("p07-now", in("money", 5), in("personal-data", 3), out("savings", 2));
    Assessment a = WeightedRatioRule.defaults().assess(l);
    assertEquals(Status.IN_HEAVY, a.status());
    assertEquals(0.25, a.figures().get("ratio"));
    assertEquals(ImmutableList.of(in("money", 5)), a.entries());
    assertEquals("OUT importance 2 over IN importance 8 gives a ratio of 0.25, below the"
        + " balanced band 0.83 to 1.20, so the subject gives more than it gets. Heaviest on the"
        + " IN side: customer.money (5).", a.explanation());
  }

  @Test
  void aRatioOnTheEdgeOfTheBandIsBalanced() {
    Ledger l = current("p07-now", in("money", 4), out("savings", 3), out("quality", 2));
    Assessment a = WeightedRatioRule.builder().tolerance(0.25).build().assess(l);
    assertEquals(Status.BALANCED, a.status());
    assertEquals(ImmutableList.of(), a.entries());
    assertEquals("OUT importance 5 over IN importance 4 gives a ratio of 1.25, within the"
        + " balanced band 0.80 to 1.25.", a.explanation());
  }

  @Test
  void unweightedEntriesAreIncompleteWithoutADefaultWeight() {
    Ledger l = current("p07-now", in("money"), in("time", 3), out("savings"));
    Assessment a = WeightedRatioRule.defaults().assess(l);
    assertEquals(Status.INCOMPLETE, a.status());
    assertEquals(ImmutableMap.of("unweighted", 2.0), a.figures());
    assertEquals(ImmutableList.of(in("money"), out("savings")), a.entries());
    assertEquals("customer.money and customer.savings are not weighed and no default weight is"
        + " set, so the ratio cannot be computed.", a.explanation());
  }

  @Test
  void aDefaultWeightCountsUnweightedEntriesAndSaysSo() {
    Ledger l = current("p07-now", in("money"), in("time", 3), out("savings"));
    Assessment a = WeightedRatioRule.builder().defaultWeight(3).build().assess(l);
    assertEquals(Status.IN_HEAVY, a.status());
    assertEquals(6.0, a.figures().get("inWeight"));
    assertEquals(3.0, a.figures().get("outWeight"));
    assertEquals(ImmutableList.of(in("money"), in("time", 3)), a.entries());
    assertEquals("OUT importance 3 over IN importance 6 gives a ratio of 0.50, below the"
        + " balanced band 0.83 to 1.20, so the subject gives more than it gets. Heaviest on the"
        + " IN side: customer.money and customer.time (3). customer.money and customer.savings"
        + " are not weighed and count at the default weight 3.", a.explanation());
  }

  @Test
  void aFractionalDefaultWeightShowsInTheSums() {
    Ledger l = current("p07-now", in("money"), in("time", 2), out("savings", 5));
    Assessment a = WeightedRatioRule.builder().defaultWeight(2.5).build().assess(l);
    assertEquals(Status.BALANCED, a.status());
    assertEquals(4.5, a.figures().get("inWeight"));
    assertEquals("OUT importance 5 over IN importance 4.5 gives a ratio of 1.11, within the"
        + " balanced band 0.83 to 1.20. customer.money is not weighed and counts at the default"
        + " weight 2.5.", a.explanation());
  }

  @Test
  void nothingOnTheInSideIsOutHeavyWithoutARatio() {
    Assessment a = WeightedRatioRule.defaults().assess(current("p07-now", out("savings", 2)));
    assertEquals(Status.OUT_HEAVY, a.status());
    assertEquals(ImmutableMap.of("unweighted", 0.0, "inWeight", 0.0, "outWeight", 2.0,
        "lowerBound", 1 / 1.2, "upperBound", 1.2), a.figures());
    assertEquals("OUT importance 2 against nothing on the IN side, so the subject gets more than"
        + " it gives. Heaviest on the OUT side: customer.savings (2).", a.explanation());
  }

  @Test
  void anEmptyLedgerIsIncomplete() {
    Assessment a = WeightedRatioRule.defaults().assess(current("p07-now"));
    assertEquals(Status.INCOMPLETE, a.status());
    assertEquals("The ledger has no entries, so there is nothing to weigh.", a.explanation());
  }

  @Test
  void rejectsANegativeOrNonFiniteTolerance() {
    InvalidValueException neg = assertThrows(InvalidValueException.class,
        () -> WeightedRatioRule.builder().tolerance(-0.1).build());
    assertEquals("Balance rule weighted-ratio: tolerance must be a finite number of at least 0,"
        + " got -0.1", neg.getMessage());
    InvalidValueException inf = assertThrows(InvalidValueException.class,
        () -> WeightedRatioRule.builder().name("ratio").tolerance(Double.POSITIVE_INFINITY)
            .build());
    assertEquals("Balance rule ratio: tolerance must be a finite number of at least 0, got"
        + " Infinity", inf.getMessage());
    InvalidValueException nan = assertThrows(InvalidValueException.class,
        () -> WeightedRatioRule.defaults().withTolerance(Double.NaN));
    assertEquals("Balance rule weighted-ratio: tolerance must be a finite number of at least 0,"
        + " got NaN", nan.getMessage());
  }

  @Test
  void rejectsADefaultWeightOffTheImportanceScale() {
    InvalidValueException zero = assertThrows(InvalidValueException.class,
        () -> WeightedRatioRule.builder().defaultWeight(0).build());
    assertEquals("Balance rule weighted-ratio: defaultWeight must be from 1 to 5 on the"
        + " importance scale (never 0: unweighted is not weightless), got 0.0",
        zero.getMessage());
    assertThrows(InvalidValueException.class,
        () -> WeightedRatioRule.builder().defaultWeight(5.5).build());
  }

  @Test
  void listsItsParameters() {
    assertEquals(ImmutableMap.of("tolerance", "0.2", "defaultWeight",
        "none (unweighted is INCOMPLETE)"), WeightedRatioRule.defaults().parameters());
    assertEquals("2.5", WeightedRatioRule.builder().defaultWeight(2.5).build().parameters()
        .get("defaultWeight"));
  }

  @Test
  void nothingOnTheOutSideIsInHeavyWithARatioOfZero() {
    Assessment a = WeightedRatioRule.defaults().assess(current("p07-now", in("money", 1)));
    assertEquals(Status.IN_HEAVY, a.status());
    assertEquals(ImmutableMap.of("unweighted", 0.0, "inWeight", 1.0, "outWeight", 0.0,
        "ratio", 0.0, "lowerBound", 1 / 1.2, "upperBound", 1.2), a.figures());
    assertEquals("IN importance 1 against nothing on the OUT side, so the subject gives more than"
        + " it gets. Heaviest on the IN side: customer.money (1).", a.explanation());
  }

  @Test
  void equalWeightsAreBalancedEvenWithoutTolerance() {
    Assessment a = WeightedRatioRule.builder().tolerance(0).build()
        .assess(current("p07-now", in("money", 3), out("savings", 2), out("quality", 1)));
    assertEquals(Status.BALANCED, a.status());
    assertEquals(1.0, a.figures().get("ratio"));
    assertEquals(ImmutableList.of(), a.entries());
  }
}
