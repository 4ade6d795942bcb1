package dev.valuex.core.analysis;

import static dev.valuex.core.analysis.StudyLedgers.ALL;
import static dev.valuex.core.analysis.StudyLedgers.CONVENIENCE;
import static dev.valuex.core.analysis.StudyLedgers.MONEY;
import static dev.valuex.core.analysis.StudyLedgers.SAVINGS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.ElementId;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Side;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Proposals over the five {@link StudyLedgers}, worked out by hand. */
class SummarySetProposalTest {

  @Test
  void proposesTheSmallestSetReachingEveryLedger() {
    // OUT: savings l1 l2 l4, convenience l1 l3 l5, peace l3 l4. No single element reaches all
    // five; convenience (3, first by id on a tie) then savings (adds l2 l4) does.
    SummarySetProposal p = SummarySetProposal.reaching(1.0, Side.OUT, ALL);
    assertEquals(List.of(CONVENIENCE, SAVINGS), elements(p));
    assertEquals(List.of(3L, 2L),
        p.picks().stream().map(ProposedElement::newLedgers).collect(Collectors.toList()));
    assertEquals(List.of(3L, 5L),
        p.picks().stream().map(ProposedElement::reachedLedgers).collect(Collectors.toList()));
    assertEquals(OptionalLong.of(5), p.needed());
    assertEquals(SummarySetProposal.Method.EXACT, p.method());
    assertTrue(p.reached());
  }

  @Test
  void roundsTheNeededLedgersUp() {
    // 60% of 5 is 3: one element with three ledgers suffices.
    SummarySetProposal p = SummarySetProposal.reaching(0.6, Side.OUT, ALL);
    assertEquals(OptionalLong.of(3), p.needed());
    assertEquals(1, p.picks().size());
    assertEquals(1.0, p.picks().get(0).reachedShare() / 0.6, 1e-12);
  }

  @Test
  void saysSoWhenTheShareCannotBeReached() {
    // l2 without its savings entry has nothing on OUT, so at most 1 of 2 ledgers is reachable.
    SummarySetProposal p = SummarySetProposal.reaching(1.0, Side.OUT,
        List.of(StudyLedgers.L1, StudyLedgers.L2.withoutEntry(SAVINGS, Side.OUT)));
    assertFalse(p.reached());
    assertEquals(1, p.reachable());
    assertEquals(SummarySetProposal.Method.GREEDY, p.method());
  }

  @Test
  void topNPicksTheMostCarriedElementFirst() {
    // IN: money l1 l2 l4, time l1 l3 l5: a tie broken by id.
    SummarySetProposal p = SummarySetProposal.topN(1, Side.IN, ALL);
    assertEquals(List.of(MONEY), elements(p));
    assertEquals(OptionalLong.empty(), p.needed());
    assertTrue(p.reached());
  }

  @Test
  void findsASmallerSetThanGreedyAndBreaksTiesBetweenSmallestSetsByIdOrder() {
    // Ledgers by OUT combination: {a,b} 4, {a,c,d} 4, {b} 3, {c,d} 3. Greedy takes a (8), then
    // b and c: three picks. {b,c} and {b,d} both reach all 14: the first in id order is kept.
    ElementId a = ElementId.parse("customer.a");
    ElementId b = ElementId.parse("customer.b");
    ElementId c = ElementId.parse("customer.c");
    ElementId d = ElementId.parse("customer.d");
    List<dev.valuex.core.Ledger> ledgers = new java.util.ArrayList<>();
    add(ledgers, 4, a, b);
    add(ledgers, 4, a, c, d);
    add(ledgers, 3, b);
    add(ledgers, 3, c, d);
    SummarySetProposal p = SummarySetProposal.reaching(1.0, Side.OUT, ledgers);
    assertEquals(List.of(b, c), elements(p));
    assertEquals(SummarySetProposal.Method.EXACT, p.method());
    assertEquals(List.of(7L, 7L),
        p.picks().stream().map(ProposedElement::newLedgers).collect(Collectors.toList()));
    assertEquals(p, SummarySetProposal.reaching(1.0, ElementCombinations.of(Side.OUT, ledgers)));
    assertEquals(List.of(a, b, c),
        elements(SummarySetProposal.topN(3, ElementCombinations.of(Side.OUT, ledgers))));
  }

  @Test
  void rejectsShareAboveOne() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> SummarySetProposal.reaching(1.5, Side.OUT, ALL));
    assertEquals("SummarySetProposal: share must be above 0 and at most 1, got 1.5",
        e.getMessage());
  }

  private static void add(List<dev.valuex.core.Ledger> ledgers, int copies,
      ElementId... out) {
    dev.valuex.core.Ledger l = StudyLedgers.L5.withoutEntry(CONVENIENCE, Side.OUT);
    for (ElementId e : out) {
      l = l.withEntry(dev.valuex.core.LedgerEntry.of(e, Side.OUT));
    }
    for (int i = 0; i < copies; i++) {
      ledgers.add(l);
    }
  }

  private static List<ElementId> elements(SummarySetProposal p) {
    return p.picks().stream().map(ProposedElement::element).collect(Collectors.toList());
  }
}
