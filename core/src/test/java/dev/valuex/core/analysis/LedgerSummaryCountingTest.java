package dev.valuex.core.analysis;

import static dev.valuex.core.Rejections.rejected;
import static dev.valuex.core.analysis.StudyLedgers.bare;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.common.collect.Lists;
import dev.valuex.core.ElementId;
import dev.valuex.core.Evidence;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.Side;
import dev.valuex.core.View;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Counting cases of {@link LedgerSummary} that the five {@link StudyLedgers} do not reach:
 * ledgers of one month told apart by segment set and view, the element first in id order
 * carried on the IN side, more distinct elements than the summary's first tables hold, one
 * element on both sides, a builder counting on after a merge grew it; and the rules of
 * comparisons.
 */
class LedgerSummaryCountingTest {
  private static final ElementId APPLE = ElementId.parse("customer.apple");
  private static final ElementId PEAR = ElementId.parse("customer.pear");
  private static final Placement APPLE_IN = Placement.of(APPLE, Side.IN);
  private static final Placement APPLE_OUT = Placement.of(APPLE, Side.OUT);
  private static final Placement PEAR_OUT = Placement.of(PEAR, Side.OUT);
  private static final LocalDate MAY = LocalDate.of(2026, 5, 12);

  @Test
  void ledgersOfOneMonthAreToldApartBySegmentSetAndView() {
    // Five strata in May: segments a, b, c and none CURRENT, and a DESIRED; the segment sets
    // are numbered a 0, b 1, c 2 as first seen.
    List<Ledger> may = List.of(
        bare("p1", View.CURRENT, MAY, "a").withEntry(LedgerEntry.of(APPLE, Side.IN)),
        bare("p2", View.CURRENT, MAY, "b").withEntry(LedgerEntry.of(PEAR, Side.OUT)),
        bare("p3", View.CURRENT, MAY, "c").withEntry(LedgerEntry.of(PEAR, Side.OUT)),
        bare("p4", View.DESIRED, MAY, "a").withEntry(LedgerEntry.of(APPLE, Side.OUT)),
        bare("p5", View.DESIRED, MAY, "a").withEntry(LedgerEntry.of(APPLE, Side.OUT)),
        bare("p6", View.CURRENT, MAY).withEntry(LedgerEntry.of(PEAR, Side.OUT)));
    LedgerSummary s = LedgerSummary.of(may);
    assertEquals(6, s.ledgers());
    assertEquals(3, s.ledgers(Slice.ofSegment("a")));
    assertEquals(1, s.ledgers(Slice.ofSegment("c")));
    assertEquals(2, s.ledgers(Slice.ofView(View.DESIRED)));
    assertEquals(0, s.coverage(PEAR_OUT, Slice.ofView(View.DESIRED)).ledgers());
    assertEquals(2, s.coverage(APPLE_OUT, Slice.ofSegment("a")).ledgers());
    assertEquals(1, s.coverage(PEAR_OUT, Slice.ofSegment("c")).ledgers());
    assertEquals("LedgerSummary{ledgers=6, elements=2, strata=5}", s.toString());
    // Counted in another order the strata come in another order, and the summary is the same.
    assertEquals(s, LedgerSummary.of(Lists.reverse(may)));
    assertEquals(s.hashCode(), LedgerSummary.of(Lists.reverse(may)).hashCode());
  }

  @Test
  void countsTheElementFirstInIdOrderOnTheInSide() {
    // apple sorts first, so apple IN is the summary's first counter.
    List<Ledger> ledgers = List.of(
        bare("p1", View.CURRENT, MAY).withEntry(LedgerEntry.of(APPLE, Side.IN))
            .withEntry(LedgerEntry.of(PEAR, Side.OUT)),
        bare("p2", View.CURRENT, MAY).withEntry(LedgerEntry.of(APPLE, Side.IN)));
    LedgerSummary s = LedgerSummary.of(ledgers);
    assertEquals(2, s.coverage(APPLE_IN).ledgers());
    assertEquals(2, s.coverage(APPLE_IN).outOf());
    assertEquals(1, s.together(APPLE_IN, PEAR_OUT, Slice.all()));
    assertEquals(1, s.together(PEAR_OUT, APPLE_IN, Slice.all()));
    assertEquals(2, s.together(APPLE_IN, APPLE_IN, Slice.all()));
    Association a = s.association(APPLE_IN, PEAR_OUT, Slice.all());
    assertEquals(2, a.antecedentLedgers());
    assertEquals(1, a.consequentLedgers());
    assertEquals(1, a.together());
    Association back = s.association(PEAR_OUT, APPLE_IN, Slice.all());
    assertEquals(1, back.antecedentLedgers());
    assertEquals(2, back.consequentLedgers());
    // An element never seen counts nothing, whichever side of the rule it is on.
    Placement unseen = Placement.of(ElementId.parse("customer.aardvark"), Side.IN);
    assertEquals(0, s.together(unseen, APPLE_IN, Slice.all()));
    assertEquals(0, s.association(APPLE_IN, unseen, Slice.all()).together());
    assertEquals(0, s.association(unseen, APPLE_IN, Slice.all()).antecedentLedgers());
    assertEquals(2, s.association(unseen, APPLE_IN, Slice.all()).consequentLedgers());
    assertEquals(0, s.coverage(unseen).ledgers());
    assertEquals(2, s.coverage(unseen).outOf());
  }

  @Test
  void countsOneElementOnBothSidesThroughMergesAndBuilders() {
    // One element, two counters (IN and OUT) and one pair between them.
    Ledger both = bare("p1", View.CURRENT, MAY).withEntry(LedgerEntry.of(APPLE, Side.IN))
        .withEntry(LedgerEntry.of(APPLE, Side.OUT));
    LedgerSummary one = LedgerSummary.of(List.of(both));
    assertEquals(1, one.together(APPLE_IN, APPLE_OUT, Slice.all()));
    LedgerSummary merged = one.merge(one).merge(one);
    assertEquals(3, merged.together(APPLE_IN, APPLE_OUT, Slice.all()));
    assertEquals(LedgerSummary.of(List.of(both, both, both)), merged);
    LedgerSummary.Builder b = LedgerSummary.builder().add(both);
    assertEquals(merged, b.addAll(LedgerSummary.builder().add(both)).addAll(one).build());
  }

  @Test
  void aBuilderCountsOnIntoAStratumThatGrewWhileMerging() {
    // The builder counts p1, then takes a summary of twelve more elements, which grows p1's
    // stratum; counting p1 again must land in the grown counters.
    Ledger p1 = bare("p1", View.CURRENT, MAY).withEntry(LedgerEntry.of(APPLE, Side.IN))
        .withEntry(LedgerEntry.of(PEAR, Side.OUT));
    Ledger wide = bare("p2", View.CURRENT, MAY);
    for (int e = 0; e < 12; e++) {
      wide = wide.withEntry(LedgerEntry.of(ElementId.of("customer", "plum-" + e), Side.OUT));
    }
    LedgerSummary.Builder b = LedgerSummary.builder().add(p1);
    b.addAll(LedgerSummary.of(List.of(wide))).add(p1);
    LedgerSummary expected = LedgerSummary.of(List.of(p1, wide, p1));
    assertEquals(expected, b.build());
    assertEquals(2, b.build().together(APPLE_IN, PEAR_OUT, Slice.all()));
  }

  @Test
  void growsAStratumWithoutLosingItsUnsettledCounts() {
    // p1 opens the stratum with two elements, its counts still unsettled; p2 carries apple,
    // twelve elements the tally has not seen, then pear, so the stratum grows (settling p1's
    // counts) before p2 is counted.
    Ledger p1 = bare("p1", View.CURRENT, MAY).withEntry(LedgerEntry.of(APPLE, Side.IN))
        .withEntry(LedgerEntry.of(PEAR, Side.OUT));
    Ledger p2 = bare("p2", View.CURRENT, MAY).withEntry(LedgerEntry.of(APPLE, Side.IN));
    for (int e = 0; e < 12; e++) {
      p2 = p2.withEntry(LedgerEntry.of(ElementId.of("customer", "plum-" + e), Side.OUT));
    }
    p2 = p2.withEntry(LedgerEntry.of(PEAR, Side.OUT));
    LedgerSummary s = LedgerSummary.of(List.of(p1, p2, p1));
    assertEquals(3, s.coverage(APPLE_IN).ledgers());
    assertEquals(3, s.together(APPLE_IN, PEAR_OUT, Slice.all()));
    for (int e = 0; e < 12; e++) {
      Placement plum = Placement.of(ElementId.of("customer", "plum-" + e), Side.OUT);
      assertEquals(1, s.coverage(plum).ledgers(), "plum-" + e);
      assertEquals(1, s.together(APPLE_IN, plum, Slice.all()), "plum-" + e);
      assertEquals(1, s.together(plum, PEAR_OUT, Slice.all()), "plum-" + e);
    }
    // Seen in another order, the stratum starts large enough; the counts are the same.
    assertEquals(s, LedgerSummary.of(List.of(p2, p1, p1)));
  }

  @Test
  void countsEvidenceOfAnySizeWhetherCountedMergedOrSettled() {
    // One entry with more evidence than a recent count takes per entry (32,767), one with two.
    List<Evidence> many = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      many.add(Evidence.quote("quote " + i));
    }
    Ledger heavy = bare("p1", View.CURRENT, MAY)
        .withEntry(LedgerEntry.of(APPLE, Side.IN).withEvidence(many));
    Ledger light = bare("p2", View.CURRENT, MAY).withEntry(LedgerEntry.of(APPLE, Side.IN)
        .withEvidence(List.of(Evidence.quote("one"), Evidence.quote("two"))));
    LedgerSummary s = LedgerSummary.of(List.of(heavy, light, light));
    assertEquals(40_004, s.coverage(APPLE_IN).evidence());
    assertEquals(3, s.coverage(APPLE_IN).ledgers());
    // Builders that have counted without settling, merged into each other, count the same.
    LedgerSummary.Builder a = LedgerSummary.builder().add(light).add(heavy);
    LedgerSummary.Builder b = LedgerSummary.builder().add(light);
    assertEquals(s, a.addAll(b).build());
    // A builder's unsettled counts added to a built summary's settled ones, and counted on.
    LedgerSummary heavyAndLight = LedgerSummary.of(List.of(heavy, light));
    assertEquals(s, LedgerSummary.builder().add(light).addAll(heavyAndLight).build());
    assertEquals(s, LedgerSummary.builder().addAll(heavyAndLight).add(light).build());
  }

  @Test
  void countsMoreDistinctElementsThanTheFirstTablesHold() {
    // 150 elements, each ledger carrying three neighbours: element e IN with e+1 and e+2 OUT.
    List<ElementId> deck = new ArrayList<>();
    for (int e = 0; e < 150; e++) {
      deck.add(ElementId.of("customer", String.format("fig-%03d", e)));
    }
    List<Ledger> ledgers = new ArrayList<>();
    for (int l = 0; l < 150; l++) {
      ledgers.add(bare("p" + l, View.CURRENT, MAY)
          .withEntry(LedgerEntry.of(deck.get(l), Side.IN))
          .withEntry(LedgerEntry.of(deck.get((l + 1) % 150), Side.OUT))
          .withEntry(LedgerEntry.of(deck.get((l + 2) % 150), Side.OUT)));
    }
    LedgerSummary s = LedgerSummary.of(ledgers);
    assertEquals(150, s.elements().size());
    for (int e = 0; e < 150; e++) {
      Placement in = Placement.of(deck.get(e), Side.IN);
      assertEquals(1, s.coverage(in).ledgers(), "element " + e);
      assertEquals(2, s.coverage(Placement.of(deck.get(e), Side.OUT)).ledgers(), "element " + e);
      assertEquals(1, s.together(in, Placement.of(deck.get((e + 2) % 150), Side.OUT),
          Slice.all()), "element " + e);
      assertEquals(0, s.together(in, Placement.of(deck.get((e + 3) % 150), Side.OUT),
          Slice.all()), "element " + e);
    }
    assertEquals(s, LedgerSummary.of(Lists.reverse(ledgers)));
    assertEquals(s, LedgerSummary.of(ledgers.subList(0, 75))
        .merge(LedgerSummary.of(ledgers.subList(75, 150))));
  }

  @Test
  void comparesLargestDifferenceFirstAtALevelStrictlyBetweenZeroAndOne() {
    // apple OUT: new 2 of 2, loyal 0 of 2 (difference -1); pear OUT: new 1 of 2, loyal 2 of 2
    // (+0.5). apple sorts first by id and by the size of its difference; aardvark, by id
    // before both, differs least.
    ElementId aardvark = ElementId.parse("customer.aardvark");
    List<Ledger> ledgers = List.of(
        bare("n1", View.CURRENT, MAY, "new").withEntry(LedgerEntry.of(APPLE, Side.OUT))
            .withEntry(LedgerEntry.of(PEAR, Side.OUT)),
        bare("n2", View.CURRENT, MAY, "new").withEntry(LedgerEntry.of(APPLE, Side.OUT))
            .withEntry(LedgerEntry.of(aardvark, Side.OUT)),
        bare("l1", View.CURRENT, MAY, "loyal").withEntry(LedgerEntry.of(PEAR, Side.OUT))
            .withEntry(LedgerEntry.of(aardvark, Side.OUT)),
        bare("l2", View.CURRENT, MAY, "loyal").withEntry(LedgerEntry.of(PEAR, Side.OUT)));
    LedgerSummary s = LedgerSummary.of(ledgers);
    List<CoverageComparison> c =
        s.compare(Side.OUT, Slice.ofSegment("new"), Slice.ofSegment("loyal"));
    assertEquals(List.of("customer.apple", "customer.pear", "customer.aardvark"),
        c.stream().map(x -> x.placement().element().toString()).collect(Collectors.toList()));
    assertEquals(List.of(-1.0, 0.5, 0.0),
        c.stream().map(CoverageComparison::difference).collect(Collectors.toList()));
    // The other way round the signs flip and the order stays.
    assertEquals("customer.apple", s.compare(Side.OUT, Slice.ofSegment("loyal"),
        Slice.ofSegment("new"), 0.5).get(0).placement().element().toString());
    rejected("LedgerSummary: level must be between 0 and 1 exclusive, got 0.0",
        () -> s.compare(Side.OUT, Slice.all(), Slice.all(), 0));
    rejected("LedgerSummary: level must be between 0 and 1 exclusive, got 1.0",
        () -> s.compare(Side.OUT, Slice.all(), Slice.all(), 1));
    assertNotEquals(c, s.compare(Side.OUT, Slice.ofSegment("new"), Slice.ofSegment("loyal"),
        0.999));
  }

  @Test
  void changeBetweenNeedsSlicesWithMonths() {
    LedgerSummary s = LedgerSummary.of(StudyLedgers.ALL);
    Slice q1 = Slice.ofQuarter(2026, 1);
    rejected("LedgerSummary: earlier must end in a month (use Slice.ofMonth, ofQuarter or"
        + " withPeriod), got all ledgers", () -> s.changeBetween(Side.OUT, Slice.all(), q1));
    rejected("LedgerSummary: later must start in a month (use Slice.ofMonth, ofQuarter or"
        + " withPeriod), got segment new", () -> s.changeBetween(Side.OUT, q1,
            Slice.ofSegment("new")));
    // The month right after the earlier period is the first a later period may start in.
    assertEquals(s.compare(Side.OUT, q1, Slice.ofMonth(YearMonth.of(2026, 4))),
        s.changeBetween(Side.OUT, q1, Slice.ofMonth(YearMonth.of(2026, 4))));
  }
}
