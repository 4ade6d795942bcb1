package dev.valuex.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How {@link SummarySetProposal} searches: where the exact search finds fewer elements than the
 * greedy picks, when it gives way to greedy picks, how ties are broken, and counts over more
 * ledgers than one 64-bit word holds. Each ledger here carries elements on the OUT side only;
 * {@code ledgers("ab", "b")} gives a ledger carrying a and b and one carrying b.
 */
class SummarySetSearchTest {

  private static ElementId element(char c) {
    return ElementId.of("customer", "element-" + c);
  }

  private static List<Ledger> ledgers(String... carried) {
    List<Ledger> result = new ArrayList<>();
    for (String elements : carried) {
      Ledger l = StudyLedgers.L5.withId(LedgerId.of("l" + result.size())).withEntries(List.of());
      for (char c : elements.toCharArray()) {
        l = l.withEntry(LedgerEntry.of(element(c), Side.OUT));
      }
      result.add(l);
    }
    return result;
  }

  private static String picks(SummarySetProposal p) {
    return p.picks().stream().map(e -> e.element().slug().substring("element-".length()))
        .collect(Collectors.joining());
  }

  private static List<Long> newLedgers(SummarySetProposal p) {
    return p.picks().stream().map(ProposedElement::newLedgers).collect(Collectors.toList());
  }

  @Test
  void theExactSearchFindsTwoElementsWhereGreedyPicksWouldTakeThree() {
    // a is carried by ledgers 1-4, b by 1 2 5, c by 3 4 6, d by 1 3 5, e by 2 4 6. Greedy
    // takes a (4 ledgers), then needs two more for 5 and 6. b with c, and d with e, reach all
    // six: the first pair in id order is proposed, ordered greedily (a tie: by id).
    List<Ledger> six = ledgers("abd", "abe", "acd", "ace", "bd", "ce");
    SummarySetProposal p = SummarySetProposal.reaching(1.0, Side.OUT, six);
    assertEquals("bc", picks(p));
    assertEquals(List.of(3L, 3L), newLedgers(p));
    assertEquals(SummarySetProposal.Method.EXACT, p.method());
    assertEquals(6, p.reachedLedgers());
    assertTrue(p.reached());
    // Top-2 stays greedy: a first (the most carried), then b (adds ledger 5, a tie with c, d
    // and e broken by their own coverage, then by id), reaching 5 of 6.
    SummarySetProposal top = SummarySetProposal.topN(2, Side.OUT, six);
    assertEquals("ab", picks(top));
    assertEquals(List.of(4L, 1L), newLedgers(top));
    assertEquals(5, top.reachedLedgers());
    assertEquals(SummarySetProposal.Method.GREEDY, top.method());
  }

  @Test
  void aTieInNewLedgersGoesToTheElementCarriedMoreWidelyThenToTheSmallerId() {
    // After a (ledgers 1-3), b (ledger 4 only) and c (ledgers 1 and 4) each add ledger 4;
    // c is carried more widely, so c is picked though b comes first by id.
    SummarySetProposal p = SummarySetProposal.topN(2, Side.OUT, ledgers("ac", "a", "a", "bc"));
    assertEquals("ac", picks(p));
    assertEquals(List.of(2L, 3L), p.picks().stream().map(ProposedElement::ledgers)
        .sorted().collect(Collectors.toList()));
    // b and c carried alike: b, the smaller id.
    assertEquals("ab", picks(SummarySetProposal.topN(2, Side.OUT,
        ledgers("a", "a", "a", "bc"))));
  }

  @Test
  void topNStopsWhenNoElementAddsALedger() {
    // b and c are carried only where a is: after a they add nothing and are not picked.
    SummarySetProposal p = SummarySetProposal.topN(3, Side.OUT, ledgers("abc", "ab", "a", ""));
    assertEquals("a", picks(p));
    assertEquals(3, p.reachedLedgers());
    assertEquals(3, p.reachable());
    assertEquals(4, p.outOf());
    assertEquals(0.75, p.picks().get(0).reachedShare());
    assertTrue(p.reached());
  }

  @Test
  void nothingOnTheSideIsAnEmptyProposalThatReachesNothing() {
    SummarySetProposal p = SummarySetProposal.reaching(0.5, Side.IN, ledgers("ab", "c"));
    assertEquals("", picks(p));
    assertEquals(0, p.reachedLedgers());
    assertEquals(0, p.reachable());
    assertEquals(OptionalLong.of(1), p.needed());
    assertFalse(p.reached());
    assertEquals(SummarySetProposal.Method.GREEDY, p.method());
  }

  @Test
  void countsLedgersPastTheFirstSixtyFourExactly() {
    // 64 ledgers carry a, the next 70 carry b, and ledger 133 also carries a: the bit sets span
    // three 64-bit words.
    List<String> carried = new ArrayList<>();
    for (int i = 0; i < 134; i++) {
      carried.add(i < 64 ? "a" : i == 133 ? "ab" : "b");
    }
    List<Ledger> many = ledgers(carried.toArray(new String[0]));
    SummarySetProposal p = SummarySetProposal.reaching(1.0, Side.OUT, many);
    assertEquals("ba", picks(p));
    assertEquals(List.of(70L, 64L), newLedgers(p));
    assertEquals(List.of(70L, 65L), p.picks().stream().map(ProposedElement::ledgers)
        .collect(Collectors.toList()));
    assertEquals(134, p.reachedLedgers());
    assertEquals(134, p.reachable());
    assertEquals(SummarySetProposal.Method.EXACT, p.method());
    // Half of 134 is 67: b alone.
    assertEquals("b", picks(SummarySetProposal.reaching(0.5, Side.OUT, many)));
  }

  @Test
  void searchesExactlyUpToSixteenCandidatesAndGreedilyBeyond() {
    // Every ledger carries one element of its own: all of them are needed either way, but only
    // up to EXACT_LIMIT candidates is that proven by trying every smaller set.
    SummarySetProposal sixteen = SummarySetProposal.reaching(1.0, Side.OUT,
        ledgers("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p"));
    assertEquals(SummarySetProposal.EXACT_LIMIT, sixteen.picks().size());
    assertEquals(SummarySetProposal.Method.EXACT, sixteen.method());
    SummarySetProposal seventeen = SummarySetProposal.reaching(1.0, Side.OUT, ledgers(
        "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q"));
    assertEquals(17, seventeen.picks().size());
    assertEquals("abcdefghijklmnopq", picks(seventeen));
    assertEquals(SummarySetProposal.Method.GREEDY, seventeen.method());
  }

  @Test
  void givesWayToGreedyPicksWhenTheSearchWouldTouchTooManyWords() {
    // Sixteen candidates, each carried by every sixteenth ledger, so all sixteen are needed:
    // proving it would try 65,534 smaller sets over the ledgers' 64-bit words. Up to 16,384
    // ledgers (256 words) that stays within the search budget of 2^24 word operations (too
    // long a search for a unit test); 16,385 ledgers take a 257th word, so the picks are
    // greedy.
    List<Ledger> one = ledgers(
        "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p");
    List<Ledger> carried = new ArrayList<>();
    for (int i = 0; i < 16_385; i++) {
      carried.add(one.get(i % 16));
    }
    SummarySetProposal p = SummarySetProposal.reaching(1.0, Side.OUT, carried);
    assertEquals("abcdefghijklmnop", picks(p));
    assertEquals(16_385, p.reachedLedgers());
    assertEquals(SummarySetProposal.Method.GREEDY, p.method());
  }
}
