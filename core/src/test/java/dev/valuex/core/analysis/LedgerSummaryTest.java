package dev.valuex.core.analysis;

import static dev.valuex.core.analysis.StudyLedgers.ALL;
import static dev.valuex.core.analysis.StudyLedgers.CONVENIENCE;
import static dev.valuex.core.analysis.StudyLedgers.L1;
import static dev.valuex.core.analysis.StudyLedgers.L2;
import static dev.valuex.core.analysis.StudyLedgers.L3;
import static dev.valuex.core.analysis.StudyLedgers.L4;
import static dev.valuex.core.analysis.StudyLedgers.L5;
import static dev.valuex.core.analysis.StudyLedgers.MONEY;
import static dev.valuex.core.analysis.StudyLedgers.PEACE;
import static dev.valuex.core.analysis.StudyLedgers.SAVINGS;
import static dev.valuex.core.analysis.StudyLedgers.TIME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.testing.EqualsTester;
import dev.valuex.core.ElementId;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Side;
import dev.valuex.core.View;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Patterns of the five {@link StudyLedgers}, worked out by hand in each test. */
class LedgerSummaryTest {
  private static final Placement MONEY_IN = Placement.of(MONEY, Side.IN);
  private static final Placement TIME_IN = Placement.of(TIME, Side.IN);
  private static final Placement SAVINGS_OUT = Placement.of(SAVINGS, Side.OUT);
  private static final Placement PEACE_OUT = Placement.of(PEACE, Side.OUT);
  private static final Placement CONVENIENCE_OUT = Placement.of(CONVENIENCE, Side.OUT);

  private final LedgerSummary summary = LedgerSummary.of(ALL);

  @Test
  void countsLedgersSegmentsAndMonths() {
    assertEquals(5, summary.ledgers());
    assertEquals(ImmutableSortedSet.of("loyal", "new"), summary.segments());
    assertEquals(ImmutableSortedSet.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2),
        YearMonth.of(2026, 4), YearMonth.of(2026, 5)), summary.months());
    assertEquals(ImmutableSortedSet.of(CONVENIENCE, MONEY, PEACE, SAVINGS, TIME),
        summary.elements());
  }

  @Test
  void ranksSoughtElementsByLedgersThenEvidence() {
    // savings: l1 l2 l4 (2 quotes); convenience: l1 l3 l5 (none); peace: l3 l4.
    ImmutableList<ElementCoverage> out = summary.coverage(Side.OUT);
    assertEquals(List.of(SAVINGS_OUT, CONVENIENCE_OUT, PEACE_OUT),
        out.stream().map(ElementCoverage::placement).collect(Collectors.toList()));
    assertEquals(List.of(3L, 3L, 2L),
        out.stream().map(ElementCoverage::ledgers).collect(Collectors.toList()));
    assertEquals(List.of(2L, 0L, 1L),
        out.stream().map(ElementCoverage::evidence).collect(Collectors.toList()));
    assertEquals(0.6, out.get(0).share(), 1e-12);
  }

  @Test
  void keepsTheImportanceDistributionApartFromUnweighedEntries() {
    // money IN: 5 in l1, 3 in l2, unweighed in l4.
    ElementCoverage money = summary.coverage(MONEY_IN);
    assertEquals(ImportanceDistribution.of(1, 0, 0, 1, 0, 1), money.importance());
    assertEquals(4.0, money.importance().mean().getAsDouble(), 1e-12);
    assertEquals(2, money.evidence());
    assertEquals(1, money.importance().unweighed());
  }

  @Test
  void countsPairsWithinAndAcrossSidesSymmetrically() {
    Slice all = Slice.all();
    assertEquals(3, summary.together(MONEY_IN, SAVINGS_OUT, all)); // l1 l2 l4
    assertEquals(3, summary.together(SAVINGS_OUT, MONEY_IN, all));
    assertEquals(3, summary.together(TIME_IN, CONVENIENCE_OUT, all)); // l1 l3 l5
    assertEquals(1, summary.together(MONEY_IN, TIME_IN, all)); // l1
    assertEquals(1, summary.together(SAVINGS_OUT, PEACE_OUT, all)); // l4
    assertEquals(0, summary.together(TIME_IN, Placement.of(TIME, Side.OUT), all));
    assertEquals(3, summary.together(MONEY_IN, MONEY_IN, all));
  }

  @Test
  void computesSupportConfidenceAndLift() {
    // money IN -> savings OUT: together 3 of 5, money in 3, savings in 3.
    Association a = summary.association(MONEY_IN, SAVINGS_OUT, Slice.all());
    assertEquals(0.6, a.support(), 1e-12);
    assertEquals(1.0, a.confidence(), 1e-12);
    assertEquals(5.0 / 3, a.lift(), 1e-12);
    // peace OUT -> savings OUT: together 1, peace in 2, savings in 3.
    Association b = summary.association(PEACE_OUT, SAVINGS_OUT, Slice.all());
    assertEquals(0.2, b.support(), 1e-12);
    assertEquals(0.5, b.confidence(), 1e-12);
    assertEquals(5.0 / 6, b.lift(), 1e-12);
  }

  @Test
  void listsAssociationsBothWaysAboveAMinimumHighestLiftFirst() {
    // Pairs carried by at least 3 ledgers: money-savings and time-convenience, lift 5/3 each;
    // equal lift and support, so the order is by antecedent id.
    ImmutableList<Association> strong = summary.associations(Slice.all(), 3);
    assertEquals(4, strong.size());
    assertEquals(List.of(CONVENIENCE_OUT, MONEY_IN, SAVINGS_OUT, TIME_IN),
        strong.stream().map(Association::antecedent).collect(Collectors.toList()));
    assertEquals(List.of(TIME_IN, SAVINGS_OUT, MONEY_IN, CONVENIENCE_OUT),
        strong.stream().map(Association::consequent).collect(Collectors.toList()));
    strong.forEach(a -> assertEquals(5.0 / 3, a.lift(), 1e-12));
  }

  @Test
  void breaksDownBySegmentViewAndPeriod() {
    assertEquals(2, summary.ledgers(Slice.ofSegment("new")));
    assertEquals(1, summary.ledgers(Slice.ofView(View.DESIRED)));
    assertEquals(2, summary.ledgers(Slice.ofQuarter(2026, 1)));
    assertEquals(3, summary.ledgers(Slice.ofQuarter(2026, 2)));
    assertEquals(1, summary.ledgers(Slice.ofSegment("loyal").withView(View.CURRENT)));
    // savings OUT among "loyal": only l4.
    assertEquals(1, summary.coverage(SAVINGS_OUT, Slice.ofSegment("loyal")).ledgers());
    assertEquals(2, summary.coverage(SAVINGS_OUT, Slice.ofSegment("new")).ledgers());
    assertEquals(1, summary.together(MONEY_IN, SAVINGS_OUT, Slice.ofMonth(YearMonth.of(2026, 5))));
  }

  @Test
  void comparesSegmentsWithNewcombeIntervals() {
    // savings OUT: new 2 of 2, loyal 1 of 2; loyal minus new = -0.5.
    Map<Placement, CoverageComparison> byPlacement = summary
        .compare(Side.OUT, Slice.ofSegment("new"), Slice.ofSegment("loyal")).stream()
        .collect(Collectors.toMap(CoverageComparison::placement, c -> c));
    CoverageComparison savings = byPlacement.get(SAVINGS_OUT);
    assertEquals(-0.5, savings.difference(), 1e-12);
    assertEquals(CoverageComparison.of(SAVINGS_OUT, 2, 2, 1, 2, 0.95), savings);
    assertEquals(3, byPlacement.size());
  }

  @Test
  void reportsChangeBetweenQuarters() {
    // Q1: l1 l2; Q2: l3 l4 l5. savings 2/2 -> 1/3, convenience 1/2 -> 2/3, peace 0/2 -> 2/3.
    Map<Placement, Double> change = summary
        .changeBetween(Side.OUT, Slice.ofQuarter(2026, 1), Slice.ofQuarter(2026, 2)).stream()
        .collect(Collectors.toMap(CoverageComparison::placement, CoverageComparison::difference));
    assertEquals(-2.0 / 3, change.get(SAVINGS_OUT), 1e-12);
    assertEquals(1.0 / 6, change.get(CONVENIENCE_OUT), 1e-12);
    assertEquals(2.0 / 3, change.get(PEACE_OUT), 1e-12);
  }

  @Test
  void rejectsChangeBetweenOverlappingPeriods() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> summary.changeBetween(Side.OUT, Slice.ofQuarter(2026, 2), Slice.ofQuarter(2026, 1)));
    assertEquals("LedgerSummary: later must start after earlier ends (2026-06), got"
        + " 2026-01..2026-03", e.getMessage());
  }

  @Test
  void rejectsAssociationMinimumBelowOne() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> summary.associations(Slice.all(), 0));
    assertEquals("LedgerSummary: minTogether must be at least 1, got 0", e.getMessage());
  }

  @Test
  void mergeOfSummariesEqualsSummaryOfUnion() {
    LedgerSummary first = LedgerSummary.of(List.of(L3, L1, L5));
    LedgerSummary second = LedgerSummary.of(List.of(L4, L2));
    assertEquals(summary, first.merge(second));
    assertEquals(summary, second.merge(first));
    assertEquals(summary, summary.merge(LedgerSummary.empty()));
  }

  @Test
  void parallelCollectorEqualsSequentialSummary() {
    assertEquals(summary, ALL.parallelStream().collect(LedgerSummary.toLedgerSummary()));
  }

  @Test
  void collectorCountsConcurrentlyIntoOneContainer() throws Exception {
    // The collector is CONCURRENT: a parallel stream gives every split one container, and
    // each thread counts into its own partial counts within it. Four threads at once here.
    Collector<Ledger, Object, LedgerSummary> collector = collector();
    assertEquals(EnumSet.of(Collector.Characteristics.CONCURRENT,
        Collector.Characteristics.UNORDERED), collector.characteristics());
    List<Ledger> ledgers = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      ledgers.add(ALL.get(i % ALL.size()).withId(LedgerId.of("c" + i)));
    }
    Object container = collector.supplier().get();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        List<Ledger> share = ledgers.subList(t * 100, t * 100 + 100);
        done.add(threads.submit(() -> {
          start.await();
          share.forEach(l -> collector.accumulator().accept(container, l));
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      threads.shutdown();
    }
    LedgerSummary expected = LedgerSummary.of(ledgers);
    assertEquals(expected, collector.finisher().apply(container));
    // Building merges the threads' counts in place; building again must not count them twice.
    assertEquals(expected, collector.finisher().apply(container));
    collector.accumulator().accept(container, L1);
    assertEquals(expected.merge(LedgerSummary.of(List.of(L1))),
        collector.finisher().apply(container));
    assertEquals(LedgerSummary.empty(), collector.finisher().apply(collector.supplier().get()));
  }

  @Test
  void collectorCombinesContainersWhereItRunsWithoutConcurrency() {
    // Downstream of groupingBy on a parallel stream, containers are made per split and
    // combined: the counts per segment key equal the summaries of each group's ledgers.
    List<Ledger> ledgers = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      ledgers.add(ALL.get(i % ALL.size()).withId(LedgerId.of("g" + i)));
    }
    Map<String, LedgerSummary> bySegments = ledgers.parallelStream().collect(
        Collectors.groupingBy(l -> l.subject().segments().toString(),
            LedgerSummary.toLedgerSummary()));
    Map<String, List<Ledger>> groups = ledgers.stream()
        .collect(Collectors.groupingBy(l -> l.subject().segments().toString()));
    assertEquals(groups.keySet(), bySegments.keySet());
    groups.forEach((k, v) -> assertEquals(LedgerSummary.of(v), bySegments.get(k), k));
    Collector<Ledger, Object, LedgerSummary> collector = collector();
    Object first = collector.supplier().get();
    Object second = collector.supplier().get();
    ALL.subList(0, 2).forEach(l -> collector.accumulator().accept(first, l));
    ALL.subList(2, 5).forEach(l -> collector.accumulator().accept(second, l));
    Object empty = collector.supplier().get();
    assertEquals(summary, collector.finisher().apply(collector.combiner().apply(
        collector.combiner().apply(empty, first), collector.combiner().apply(second, empty))));
  }

  @Test
  void mergesPartialPairCountsWhetherOrNotTheirSixteenBitCellsHaveRoom() {
    // Builders hold their latest pair counts in 16-bit cells per stratum, and older ones in int
    // counters once settled (after 65,535 ledgers of a stratum, or when it grows for new
    // elements). Merging adds the other builder's cells into this one's while both together
    // stay within 65,535 ledgers, else into the int counters. The two builders number the
    // elements in the order they first saw them, so the numberings differ.
    Ledger wider = L1.withId(LedgerId.of("wider"));
    for (int e = 0; e < 8; e++) {
      wider = wider.withEntry(LedgerEntry.of(ElementId.of("customer", "extra-" + e), Side.IN));
    }
    for (int copies : new int[] {100, 60_000}) {
      List<Ledger> a = new ArrayList<>(java.util.Collections.nCopies(copies, L1));
      a.add(L2);
      // The wider ledger in the middle makes the stratum grow, settling what came before it.
      List<Ledger> b = new ArrayList<>(List.of(L2));
      b.addAll(java.util.Collections.nCopies(copies / 2, L1));
      b.add(wider);
      b.addAll(java.util.Collections.nCopies(copies / 2, L1));
      List<Ledger> all = new ArrayList<>(a);
      all.addAll(b);
      LedgerSummary expected = LedgerSummary.of(all);
      assertEquals(2L * copies + 3, expected.together(MONEY_IN, SAVINGS_OUT, Slice.all()));
      // The builder with fewer elements grows while merging, settling its own cells.
      LedgerSummary.Builder narrow = LedgerSummary.builder();
      a.forEach(narrow::add);
      LedgerSummary.Builder wide = LedgerSummary.builder();
      b.forEach(wide::add);
      assertEquals(expected, narrow.addAll(wide).build(), "copies " + copies);
      assertEquals(LedgerSummary.of(b), wide.build(), "the builder merged from is unchanged");
      // The builder with more elements takes the other's cells into its own (100 copies), or
      // into its int counters when together they would pass 65,535 ledgers (60,000 copies).
      LedgerSummary.Builder narrowAgain = LedgerSummary.builder();
      a.forEach(narrowAgain::add);
      LedgerSummary.Builder wideAgain = LedgerSummary.builder();
      b.forEach(wideAgain::add);
      assertEquals(expected, wideAgain.addAll(narrowAgain).build(), "copies " + copies);
    }
  }

  @SuppressWarnings("unchecked")
  private static Collector<Ledger, Object, LedgerSummary> collector() {
    return (Collector<Ledger, Object, LedgerSummary>) LedgerSummary.toLedgerSummary();
  }

  @Test
  void equalsComparesCounts() {
    new EqualsTester()
        .addEqualityGroup(summary, LedgerSummary.of(ALL.reverse()))
        .addEqualityGroup(LedgerSummary.empty(), LedgerSummary.of(List.of()))
        .addEqualityGroup(LedgerSummary.of(List.of(L1)))
        .testEquals();
  }

  @Test
  void drillsDownToTheEvidenceInTheLedgers() {
    ImmutableList<SupportingEvidence> behind = SupportingEvidence.behind(SAVINGS_OUT, ALL);
    assertEquals(List.of("l1", "l2"),
        behind.stream().map(s -> s.ledger().toString()).collect(Collectors.toList()));
    assertEquals("Cheaper than buying each time", behind.get(1).evidence().text());
    assertEquals(4, behind.get(0).importance().getAsInt());
    // money: two quotes in l1 (IN); time and convenience carry none.
    assertEquals(List.of("The yearly fee stings", "I pay upfront"),
        SupportingEvidence.behind(MONEY, ALL).stream().map(s -> s.evidence().text())
            .collect(Collectors.toList()));
    assertEquals(List.of(), SupportingEvidence.behind(TIME, ALL));
  }

  @Test
  void countsTheSameWhetherElementIdsAreSharedOrFreshInstances() {
    // Fresh instances defeat the identity cache in front of the element table, which then
    // switches itself off after its probation; the counts must not change.
    List<ElementId> deck = new ArrayList<>();
    for (int e = 0; e < 40; e++) {
      deck.add(ElementId.of("customer", "element-" + e));
    }
    List<Ledger> shared = new ArrayList<>();
    List<Ledger> fresh = new ArrayList<>();
    for (int l = 0; l < 1000; l++) {
      Ledger base = L5.withId(LedgerId.of("x" + l)).withEntries(List.of());
      Ledger a = base;
      Ledger b = base;
      for (int i = 0; i < 6; i++) {
        ElementId id = deck.get((l * 7 + i * 13) % deck.size());
        Side side = i % 2 == 0 ? Side.IN : Side.OUT;
        a = a.withEntry(LedgerEntry.of(id, side));
        b = b.withEntry(LedgerEntry.of(ElementId.parse(id.toString()), side));
      }
      shared.add(a);
      fresh.add(b);
    }
    LedgerSummary expected = LedgerSummary.of(shared);
    assertEquals(expected, LedgerSummary.of(fresh));
    assertEquals(expected.merge(summary), LedgerSummary.of(fresh).merge(summary));
    assertEquals(1000, expected.ledgers());
  }

  @Test
  void keepsPairCountsExactPastTheSixteenBitCountingCells() {
    // Pairs are counted in 16-bit cells settled into int counters every 65,535 ledgers of a
    // stratum, and when the stratum grows for new elements; neither may lose or wrap a count.
    int n = 2 * 65_535 + 3;
    Ledger wider = L1.withId(LedgerId.of("wider"));
    for (int e = 0; e < 8; e++) {
      wider = wider.withEntry(LedgerEntry.of(ElementId.of("customer", "late-" + e), Side.OUT));
    }
    List<Ledger> ledgers = new ArrayList<>(java.util.Collections.nCopies(n, L1));
    ledgers.add(wider);
    ledgers.addAll(java.util.Collections.nCopies(70_000, L1));
    LedgerSummary many = LedgerSummary.of(ledgers);
    Placement late = Placement.of(ElementId.of("customer", "late-7"), Side.OUT);
    assertEquals(n + 70_001, many.ledgers());
    assertEquals(n + 70_001, many.together(MONEY_IN, SAVINGS_OUT, Slice.all()));
    assertEquals(n + 70_001, many.together(SAVINGS_OUT, CONVENIENCE_OUT, Slice.all()));
    assertEquals(1, many.together(late, MONEY_IN, Slice.all()));
    assertEquals(0, many.together(late, PEACE_OUT, Slice.all()));
    assertEquals(2L * (n + 70_001), many.coverage(MONEY_IN).evidence());
    // The same counts reached through the collector, the builder and a merge of two parts.
    assertEquals(many, ledgers.stream().collect(LedgerSummary.toLedgerSummary()));
    LedgerSummary.Builder b = LedgerSummary.builder();
    ledgers.forEach(b::add);
    assertEquals(many, b.build());
    assertEquals(many, LedgerSummary.of(ledgers.subList(0, 100_000))
        .merge(LedgerSummary.of(ledgers.subList(100_000, ledgers.size()))));
  }

  @Test
  void survivesJavaSerializationForDistributedEngines() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(summary);
      out.writeObject(LedgerSummary.empty());
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      LedgerSummary back = (LedgerSummary) in.readObject();
      assertEquals(summary, back);
      assertEquals(summary.coverage(Side.OUT, Slice.ofSegment("loyal")),
          back.coverage(Side.OUT, Slice.ofSegment("loyal")));
      assertEquals(LedgerSummary.empty(), in.readObject());
    }
  }

  @Test
  void builderCountsLedgersAndSummariesInAnyOrderLikeOf() {
    LedgerSummary.Builder b = LedgerSummary.builder().add(L4).add(L1);
    LedgerSummary.Builder other = LedgerSummary.builder().add(L2);
    b.addAll(LedgerSummary.of(List.of(L5, L3))).addAll(other);
    assertEquals(summary, b.build());
    assertEquals(LedgerSummary.of(List.of(L2)), other.build());
    assertEquals(LedgerSummary.empty(), LedgerSummary.builder().build());
    // A builder goes on counting after build.
    assertEquals(summary.merge(LedgerSummary.of(List.of(L1))), b.add(L1).build());
  }

  @Test
  void builderSurvivesJavaSerializationAsItsSummary() throws Exception {
    LedgerSummary.Builder b = LedgerSummary.builder();
    ALL.forEach(b::add);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(b);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      LedgerSummary.Builder back = (LedgerSummary.Builder) in.readObject();
      assertEquals(summary, back.build());
      assertEquals(summary.merge(summary), back.addAll(summary).build());
    }
    assertEquals("LedgerSummary.Builder{ledgers=5, elements=5, strata=5}", b.toString());
  }

  @Test
  void describesItsSize() {
    assertEquals("LedgerSummary{ledgers=5, elements=5, strata=5}", summary.toString());
  }
}
