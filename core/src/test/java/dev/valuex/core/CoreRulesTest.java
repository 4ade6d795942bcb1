package dev.valuex.core;

import static dev.valuex.core.Rejections.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules of the core model types that no other test breaks: where in a ledger a bad pairing
 * reference sits, trimmed pairing notes, problem positions, ids without a deck, and the small
 * accessors a caller reads (the opposite side, a perspective's deck, an unknown element's input).
 */
class CoreRulesTest {
  private static final ElementId MONEY = ElementId.parse("customer.money");
  private static final ElementId TIME = ElementId.parse("customer.time");
  private static final ElementId SAVINGS = ElementId.parse("customer.savings");
  private static final ElementId FUN = ElementId.parse("customer.fun");

  private static Ledger ledger() {
    return LedgerTest.empty().withEntry(LedgerEntry.of(MONEY, Side.IN))
        .withEntry(LedgerEntry.of(SAVINGS, Side.OUT));
  }

  @Test
  void aPairingReferenceToAMissingEntryIsLocatedByItsPosition() {
    InvalidValueException given = rejected("Ledger p07-current: pairing 1 given must refer to "
        + "IN entries of this ledger, got customer.time", () -> ledger().withPairing(
            Pairing.builder().addGiven(MONEY, TIME).addReceived(SAVINGS).build()));
    assertEquals("pairings/0/given/1", given.path().orElseThrow());
    InvalidValueException received = rejected("Ledger p07-current: pairing 1 received must "
        + "refer to OUT entries of this ledger, got customer.fun", () -> ledger().withPairing(
            Pairing.builder().addGiven(MONEY).addReceived(SAVINGS, FUN).build()));
    assertEquals("pairings/0/received/1", received.path().orElseThrow());
  }

  @Test
  void aPairingNoteMustBeTrimmed() {
    rejected("Pairing: note must not start or end with white space, got 'fair swap '",
        () -> Pairing.of(MONEY, SAVINGS).withNote("fair swap "));
  }

  @Test
  void aProblemsColumnAndRowCountFromOne() {
    rejected("Problem: column must be at least 1, got 0",
        () -> Problem.atLine(3, 0, "must be a number"));
    rejected("Problem: row must be at least 1, got 0", () -> Problem.atRow(0, "must be a date"));
    assertEquals(1, Problem.atLine(1, 1, "must be a number").column().getAsInt());
    assertEquals(1, Problem.atRow(1, "must be a date").row().getAsLong());
  }

  @Test
  void anElementIdNeedsADeckBeforeItsDot() {
    rejected("ElementId: text must be <deck>.<slug> with exactly one dot, got '.savings'",
        () -> ElementId.parse(".savings"));
    assertEquals("c", ElementId.parse("c.savings").deck());
  }

  @Test
  void aMessageShowsABadValueOfEightyCharactersWholeAndShortensALongerOne() {
    String eighty = "x".repeat(80);
    rejected("ElementId: text must be <deck>.<slug> with exactly one dot, got '" + eighty + "'",
        () -> ElementId.parse(eighty));
    rejected("ElementId: text must be <deck>.<slug> with exactly one dot, got '"
        + "x".repeat(77) + "...'", () -> ElementId.parse(eighty + "x"));
  }

  @Test
  void eachSideHasTheOtherAsItsOpposite() {
    assertEquals(Side.OUT, Side.IN.opposite());
    assertEquals(Side.IN, Side.OUT.opposite());
  }

  @Test
  void eachPerspectiveNamesTheDeckOfItsCards() {
    assertEquals("customer", Perspective.CUSTOMER.deck());
    assertEquals("business-owner", Perspective.BUSINESS_OWNER.deck());
    assertEquals("employee", Perspective.EMPLOYEE.deck());
  }

  @Test
  void anUnknownElementKeepsTheInputAndListsTheNearestKnownOnes() {
    UnknownElementException e = new UnknownElementException("savngs", List.of("SAVINGS",
        "SAFETY"));
    assertEquals("savngs", e.input());
    assertEquals("Unknown value element 'savngs', nearest known: SAVINGS, SAFETY",
        e.getMessage());
    assertEquals("Unknown value element 'zzz'",
        new UnknownElementException("zzz", List.of()).getMessage());
  }

  @Test
  void anImportanceIsCheckedOnTheOneToFiveScale() {
    assertEquals(5, LedgerEntry.checkImportance(5));
    assertEquals(1, LedgerEntry.checkImportance(1));
    rejected("LedgerEntry: importance must be from 1 to 5 (leave it unset when not weighed), "
        + "got 6", () -> LedgerEntry.checkImportance(6));
  }
}
