package dev.valuex.core.balance;

import static dev.valuex.core.balance.Fixtures.current;
import static dev.valuex.core.balance.Fixtures.in;
import static dev.valuex.core.balance.Fixtures.out;
import static dev.valuex.core.balance.Fixtures.pair;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Ledger;
import dev.valuex.core.balance.Assessment.Status;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairingCoverageRuleTest {
  /** Four IN entries, three of them paired; both OUT entries paired. */
  static final Ledger MONEY_UNPAIRED = current("p07-now",
      in("money"), in("time"), in("effort"), in("personal-data"),
      out("savings"), out("convenience"))
      .withPairing(pair("time", "savings"))
      .withPairing(pair("effort", "convenience"))
      .withPairing(pair("personal-data", "convenience"));

  @Test
  void anUnpairedInEntryMakesTheLedgerInHeavy() {
    Assessment a = PairingCoverageRule.defaults().assess(MONEY_UNPAIRED);
    assertEquals(Status.IN_HEAVY, a.status());
    assertEquals("pairing-coverage", a.rule());
    assertEquals(MONEY_UNPAIRED.id(), a.ledger());
    assertEquals(ImmutableMap.of("inEntries", 4.0, "pairedIn", 3.0, "inCoverage", 0.75,
        "outEntries", 2.0, "pairedOut", 2.0, "outCoverage", 1.0), a.figures());
    assertEquals(ImmutableList.of(in("money")), a.entries());
    assertEquals("3 of 4 IN entries are paired; customer.money is given with nothing paired in"
        + " return. 2 of 2 OUT entries are paired. IN coverage 75% against a minimum of 100%,"
        + " OUT coverage 100% against a minimum of 100%: more is given for nothing than"
        + " received for nothing.", a.explanation());
  }

  @Test
  void explanationsUseTheGivenElementNames() {
    Map<String, String> cards = Map.of("customer.money", "MONEY");
    Assessment a = PairingCoverageRule.defaults().assess(MONEY_UNPAIRED,
        e -> cards.getOrDefault(e.toString(), e.toString()));
    assertEquals("3 of 4 IN entries are paired; MONEY is given with nothing paired in return.",
        a.explanation().substring(0, a.explanation().indexOf('.') + 1));
  }

  @Test
  void aLowerMinimumToleratesTheUnpairedEntry() {
    Assessment a = PairingCoverageRule.builder().minimumInCoverage(0.75).build()
        .assess(MONEY_UNPAIRED);
    assertEquals(Status.BALANCED, a.status());
    assertEquals(ImmutableList.of(in("money")), a.entries());
    assertEquals("3 of 4 IN entries are paired; customer.money is given with nothing paired in"
        + " return. 2 of 2 OUT entries are paired. IN coverage 75% against a minimum of 75%,"
        + " OUT coverage 100% against a minimum of 100%: both sides meet their minimum.",
        a.explanation());
  }

  @Test
  void unpairedOutEntriesMakeTheLedgerOutHeavy() {
    Ledger l = current("p07-now", in("money"), out("savings"), out("convenience"),
        out("peace-of-mind")).withPairing(pair("money", "savings"));
    Assessment a = PairingCoverageRule.defaults().assess(l);
    assertEquals(Status.OUT_HEAVY, a.status());
    assertEquals(1.0 / 3, a.figures().get("outCoverage"));
    assertEquals(ImmutableList.of(out("convenience"), out("peace-of-mind")), a.entries());
    assertEquals("1 of 1 IN entry is paired. 1 of 3 OUT entries are paired; customer.convenience"
        + " and customer.peace-of-mind are received with nothing paired as given for them. IN"
        + " coverage 100% against a minimum of 100%, OUT coverage 33% against a minimum of 100%:"
        + " more is received for nothing than given for nothing.", a.explanation());
  }

  @Test
  void aLedgerWithOnlyOutEntriesIsOutHeavy() {
    Assessment a = PairingCoverageRule.defaults().assess(current("p07-now", out("savings")));
    assertEquals(Status.OUT_HEAVY, a.status());
    assertEquals("No IN entries are recorded. 0 of 1 OUT entry is paired; customer.savings is"
        + " received with nothing paired as given for it. IN coverage 100% against a minimum of"
        + " 100%, OUT coverage 0% against a minimum of 100%: more is received for nothing than"
        + " given for nothing.", a.explanation());
  }

  @Test
  void aLedgerWithoutPairingsIsIncomplete() {
    Ledger l = current("p07-now", in("money"), in("time"), out("savings"));
    Assessment a = PairingCoverageRule.defaults().assess(l);
    assertEquals(Status.INCOMPLETE, a.status());
    assertEquals(ImmutableList.of(in("money"), in("time"), out("savings")), a.entries());
    assertEquals("0 of 2 IN entries are paired; customer.money and customer.time are given with"
        + " nothing paired in return. 0 of 1 OUT entry is paired; customer.savings is received"
        + " with nothing paired as given for it. IN coverage 0% against a minimum of 100%, OUT"
        + " coverage 0% against a minimum of 100%: no pairings are recorded, so the pairings"
        + " show no lean.", a.explanation());
  }

  @Test
  void bothSidesAtZeroAreIncompleteWhateverTheMinimums() {
    Ledger l = current("p07-now", in("money"), in("time"), out("savings"));
    for (double[] minimums : new double[][] {{0.75, 0.5}, {0.5, 0.75}, {1, 0.1}}) {
      Assessment a = PairingCoverageRule.builder().minimumInCoverage(minimums[0])
          .minimumOutCoverage(minimums[1]).build().assess(l);
      assertEquals(Status.INCOMPLETE, a.status(), a::explanation);
      assertEquals(0.0, a.figures().get("inCoverage"));
      assertEquals(0.0, a.figures().get("outCoverage"));
    }
    Assessment none = PairingCoverageRule.builder().minimumInCoverage(0).minimumOutCoverage(0)
        .build().assess(l);
    assertEquals(Status.BALANCED, none.status(), "minimums of 0 ask for no pairing at all");
  }

  @Test
  void aLedgerWithOnlyInEntriesIsInHeavyWhateverTheMinimums() {
    Ledger l = current("p07-now", in("money"), in("time"));
    Assessment a = PairingCoverageRule.builder().minimumInCoverage(0.5)
        .minimumOutCoverage(0.9).build().assess(l);
    assertEquals(Status.IN_HEAVY, a.status(), a::explanation);
  }

  @Test
  void equalShortfallsOnBothSidesAreIncomplete() {
    Ledger l = current("p07-now", in("money"), in("time"), out("savings"), out("quality"))
        .withPairing(pair("money", "savings"));
    Assessment a = PairingCoverageRule.defaults().assess(l);
    assertEquals(Status.INCOMPLETE, a.status());
    assertEquals("1 of 2 IN entries are paired; customer.time is given with nothing paired in"
        + " return. 1 of 2 OUT entries are paired; customer.quality is received with nothing"
        + " paired as given for it. IN coverage 50% against a minimum of 100%, OUT coverage 50%"
        + " against a minimum of 100%: both sides fall equally short, so the pairings show no"
        + " lean.", a.explanation());
  }

  @Test
  void anEmptyLedgerIsIncomplete() {
    Assessment a = PairingCoverageRule.defaults().assess(current("p07-now"));
    assertEquals(Status.INCOMPLETE, a.status());
    assertEquals(ImmutableMap.of(), a.figures());
    assertEquals("The ledger has no entries, so there is nothing to pair.", a.explanation());
  }

  @Test
  void rejectsMinimumsOutsideZeroToOne() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> PairingCoverageRule.builder().minimumInCoverage(1.5).build());
    assertEquals("Balance rule pairing-coverage: minimumInCoverage must be a share from 0 to 1,"
        + " got 1.5", e.getMessage());
    InvalidValueException n = assertThrows(InvalidValueException.class,
        () -> PairingCoverageRule.builder().name("strict").minimumOutCoverage(-0.1).build());
    assertEquals("Balance rule strict: minimumOutCoverage must be a share from 0 to 1, got -0.1",
        n.getMessage());
    InvalidValueException nan = assertThrows(InvalidValueException.class,
        () -> PairingCoverageRule.defaults().withMinimumInCoverage(Double.NaN));
    assertEquals("Balance rule pairing-coverage: minimumInCoverage must be a share from 0 to 1,"
        + " got NaN", nan.getMessage());
  }

  @Test
  void rejectsABlankName() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> PairingCoverageRule.builder().name(" ").build());
    assertEquals("Balance rule: name must not be blank, got ' '", e.getMessage());
  }

  @Test
  void listsItsParameters() {
    assertEquals(ImmutableMap.of("minimumInCoverage", "0.75", "minimumOutCoverage", "1"),
        PairingCoverageRule.builder().minimumInCoverage(0.75).build().parameters());
  }

  @Test
  void equalityIsByNameAndParameters() {
    new EqualsTester()
        .addEqualityGroup(PairingCoverageRule.defaults(), PairingCoverageRule.builder().build())
        .addEqualityGroup(PairingCoverageRule.builder().minimumInCoverage(0.5).build())
        .addEqualityGroup(PairingCoverageRule.builder().name("strict").build())
        .testEquals();
  }
}
