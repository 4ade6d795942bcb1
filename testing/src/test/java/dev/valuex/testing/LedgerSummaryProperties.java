package dev.valuex.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.Side;
import dev.valuex.core.View;
import dev.valuex.core.analysis.ElementCoverage;
import dev.valuex.core.analysis.LedgerSummary;
import dev.valuex.core.analysis.Placement;
import dev.valuex.core.analysis.ProposedElement;
import dev.valuex.core.analysis.Slice;
import dev.valuex.core.analysis.SummarySetProposal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** The merge laws and counting invariants of {@link LedgerSummary} on generated ledgers. */
class LedgerSummaryProperties {
  /** A small universe, so that generated ledgers share elements and pairs recur. */
  private static final ImmutableList<ElementId> UNIVERSE =
      LedgerArbitrary.DEFAULT_ELEMENTS.subList(0, 6);

  @Provide
  Arbitrary<List<Ledger>> ledgers() {
    Arbitrary<Ledger> one = ValuexArbitraries.ledgers().elements(UNIVERSE)
        .entriesPerLedger(0, 8).evidencePerEntry(0, 2);
    // Few segment tags, so slices by segment hold several ledgers.
    Arbitrary<Ledger> tagged = one.flatMap(l -> Arbitraries.of("new", "loyal", "lapsed")
        .set().ofMaxSize(2)
        .map(tags -> l.withSubject(l.subject().withSegments(tags))));
    return tagged.list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<Ledger>> manyLedgers() {
    return ledgers().list().ofMinSize(3).ofMaxSize(6)
        .map(lists -> lists.stream().flatMap(List::stream).toList());
  }

  @Property(tries = 30)
  void countingInBatchesEqualsCountingOneLedgerAtATime(
      @ForAll("manyLedgers") List<Ledger> ledgers) {
    // Three ways in: LedgerSummary.of, the collector on a parallel stream (partial counts per
    // thread, merged once) and the builder.
    LedgerSummary.Builder oneByOne = LedgerSummary.builder();
    ledgers.forEach(oneByOne::add);
    LedgerSummary expected = oneByOne.build();
    assertEquals(expected, LedgerSummary.of(ledgers));
    assertEquals(expected, ledgers.parallelStream().collect(LedgerSummary.toLedgerSummary()));
    assertEquals(ledgers.size(), expected.ledgers());
  }

  @Property(tries = 50)
  void partialCountsMergedInAnyOrderAndGroupingEqualTheSummaryOfAll(
      @ForAll("manyLedgers") List<Ledger> ledgers, @ForAll Random random) {
    // Builders count the parts of a random split; their latest pair counts are still in 16-bit
    // cells, and each numbers elements in its own order. Merged in a random order and grouping.
    List<LedgerSummary.Builder> parts = new ArrayList<>();
    for (int from = 0, to; from < ledgers.size(); from = to) {
      to = from + 1 + random.nextInt(ledgers.size() - from);
      LedgerSummary.Builder part = LedgerSummary.builder();
      ledgers.subList(from, to).forEach(part::add);
      parts.add(part);
    }
    while (parts.size() > 1) {
      LedgerSummary.Builder into = parts.remove(random.nextInt(parts.size()));
      parts.add(into.addAll(parts.remove(random.nextInt(parts.size()))));
    }
    assertEquals(LedgerSummary.of(ledgers),
        parts.isEmpty() ? LedgerSummary.empty() : parts.get(0).build());
  }

  @Property(tries = 30)
  void collectorCountingOnSeveralThreadsAtOnceEqualsTheSummary(
      @ForAll("manyLedgers") List<Ledger> ledgers,
      @ForAll @IntRange(min = 1, max = 4) int threads) throws Exception {
    LedgerSummary expected = LedgerSummary.of(ledgers);
    // As users write it: a parallel stream in a pool of that many threads.
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      assertEquals(expected, pool.submit(() -> ledgers.parallelStream()
          .collect(LedgerSummary.toLedgerSummary())).get());
    } finally {
      pool.shutdown();
    }
    // The collector's one container, counted into by every thread at once, each its share.
    @SuppressWarnings("unchecked")
    Collector<Ledger, Object, LedgerSummary> collector =
        (Collector<Ledger, Object, LedgerSummary>) LedgerSummary.toLedgerSummary();
    Object container = collector.supplier().get();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> started = new ArrayList<>();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    for (int t = 0; t < threads; t++) {
      List<Ledger> share = ledgers.subList(t * ledgers.size() / threads,
          (t + 1) * ledgers.size() / threads);
      Thread thread = new Thread(() -> {
        try {
          start.await();
          share.forEach(l -> collector.accumulator().accept(container, l));
        } catch (Throwable e) {
          failures.add(e);
        }
      });
      thread.start();
      started.add(thread);
    }
    start.countDown();
    for (Thread thread : started) {
      thread.join();
    }
    assertEquals(List.of(), failures);
    assertEquals(expected, collector.finisher().apply(container));
  }

  @Property
  void mergeIsCommutative(@ForAll("ledgers") List<Ledger> a, @ForAll("ledgers") List<Ledger> b) {
    LedgerSummary sa = LedgerSummary.of(a);
    LedgerSummary sb = LedgerSummary.of(b);
    assertEquals(sa.merge(sb), sb.merge(sa));
  }

  @Property
  void mergeIsAssociative(@ForAll("ledgers") List<Ledger> a, @ForAll("ledgers") List<Ledger> b,
      @ForAll("ledgers") List<Ledger> c) {
    LedgerSummary sa = LedgerSummary.of(a);
    LedgerSummary sb = LedgerSummary.of(b);
    LedgerSummary sc = LedgerSummary.of(c);
    assertEquals(sa.merge(sb).merge(sc), sa.merge(sb.merge(sc)));
  }

  @Property
  void emptySummaryIsTheIdentityOfMerge(@ForAll("ledgers") List<Ledger> a) {
    LedgerSummary sa = LedgerSummary.of(a);
    assertEquals(sa, sa.merge(LedgerSummary.empty()));
    assertEquals(sa, LedgerSummary.empty().merge(sa));
  }

  @Property
  void mergeOfSummariesEqualsSummaryOfUnion(@ForAll("ledgers") List<Ledger> a,
      @ForAll("ledgers") List<Ledger> b) {
    List<Ledger> union = new ArrayList<>(a);
    union.addAll(b);
    LedgerSummary merged = LedgerSummary.of(a).merge(LedgerSummary.of(b));
    assertEquals(LedgerSummary.of(union), merged);
    assertEquals(LedgerSummary.of(union).hashCode(), merged.hashCode());
  }

  @Property
  void parallelCollectorEqualsSequentialSummary(@ForAll("ledgers") List<Ledger> a,
      @ForAll("ledgers") List<Ledger> b, @ForAll("ledgers") List<Ledger> c) {
    List<Ledger> all = new ArrayList<>(a);
    all.addAll(b);
    all.addAll(c);
    assertEquals(LedgerSummary.of(all),
        all.parallelStream().collect(LedgerSummary.toLedgerSummary()));
  }

  @Property
  void serializationKeepsEveryCount(@ForAll("ledgers") List<Ledger> ledgers) throws Exception {
    LedgerSummary summary = LedgerSummary.of(ledgers);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(summary);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(summary, in.readObject());
    }
  }

  @Property
  void coverageMatchesACountOverTheLedgersInEverySlice(@ForAll("ledgers") List<Ledger> ledgers) {
    LedgerSummary summary = LedgerSummary.of(ledgers);
    for (Slice slice : slices(summary)) {
      List<Ledger> in = ledgers.stream().filter(slice::matches).collect(Collectors.toList());
      assertEquals(in.size(), summary.ledgers(slice));
      for (Side side : Side.values()) {
        for (ElementId e : UNIVERSE) {
          ElementCoverage c = summary.coverage(Placement.of(e, side), slice);
          long carrying = in.stream().filter(l -> l.entry(e, side).isPresent()).count();
          long evidence = in.stream().flatMap(l -> l.entry(e, side).stream())
              .mapToLong(x -> x.evidence().size()).sum();
          assertEquals(carrying, c.ledgers(), () -> e + " " + side + " in " + slice);
          assertEquals(evidence, c.evidence());
          assertEquals(carrying, c.importance().weighed() + c.importance().unweighed());
        }
      }
    }
  }

  @Property
  void countsNeverExceedTheNumberOfLedgers(@ForAll("ledgers") List<Ledger> ledgers) {
    LedgerSummary summary = LedgerSummary.of(ledgers);
    List<Placement> placements = placements();
    for (Slice slice : slices(summary)) {
      long n = summary.ledgers(slice);
      assertTrue(n <= ledgers.size());
      for (Placement a : placements) {
        long ca = summary.coverage(a, slice).ledgers();
        assertTrue(ca <= n);
        for (Placement b : placements) {
          long together = summary.together(a, b, slice);
          assertTrue(together <= Math.min(ca, summary.coverage(b, slice).ledgers()));
        }
      }
    }
  }

  @Property
  void coOccurrenceIsSymmetricAndMatchesACount(@ForAll("ledgers") List<Ledger> ledgers) {
    LedgerSummary summary = LedgerSummary.of(ledgers);
    List<Placement> placements = placements();
    for (Placement a : placements) {
      for (Placement b : placements) {
        long together = summary.together(a, b, Slice.all());
        assertEquals(together, summary.together(b, a, Slice.all()));
        long counted = ledgers.stream().filter(l -> carries(l, a) && carries(l, b)).count();
        assertEquals(counted, together, () -> a + " with " + b);
        assertEquals(together, summary.association(a, b, Slice.all()).together());
      }
    }
  }

  @Property
  void proposalReachesItsTargetWheneverTheDataAllows(@ForAll("ledgers") List<Ledger> ledgers,
      @ForAll @DoubleRange(min = 0.05, max = 1.0) double share, @ForAll Side side) {
    SummarySetProposal p = SummarySetProposal.reaching(share, side, ledgers);
    long needed = BigDecimal.valueOf(share).multiply(BigDecimal.valueOf(ledgers.size()))
        .setScale(0, RoundingMode.CEILING).longValueExact();
    long reachable = ledgers.stream().filter(l -> !l.onSide(side).isEmpty()).count();
    assertEquals(reachable >= needed, p.reached());
    Set<ElementId> picked = p.picks().stream().map(ProposedElement::element)
        .collect(Collectors.toSet());
    long reached = ledgers.stream().filter(l -> l.onSide(side).stream()
        .map(LedgerEntry::element).anyMatch(picked::contains)).count();
    assertEquals(reached, p.reachedLedgers());
    if (!p.reached()) {
      assertEquals(reachable, p.reachedLedgers());
    }
  }

  @Property
  void anExactProposalHasNoSmallerSetReachingTheTarget(@ForAll("ledgers") List<Ledger> ledgers,
      @ForAll @DoubleRange(min = 0.05, max = 1.0) double share, @ForAll Side side) {
    SummarySetProposal p = SummarySetProposal.reaching(share, side, ledgers);
    if (p.method() != SummarySetProposal.Method.EXACT) {
      return;
    }
    long needed = p.needed().getAsLong();
    List<ElementId> candidates = new ArrayList<>(UNIVERSE);
    int size = p.picks().size();
    // Brute force over every subset of the six-element universe smaller than the proposal.
    for (int mask = 0; mask < 1 << candidates.size(); mask++) {
      if (Integer.bitCount(mask) < size) {
        Set<ElementId> set = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
          if ((mask & (1 << i)) != 0) {
            set.add(candidates.get(i));
          }
        }
        long reached = ledgers.stream().filter(l -> l.onSide(side).stream()
            .map(LedgerEntry::element).anyMatch(set::contains)).count();
        assertTrue(reached < needed, () -> "smaller set " + set + " reaches " + reached);
      }
    }
  }

  @Property
  void topNPicksAtMostNElementsEachAddingLedgers(@ForAll("ledgers") List<Ledger> ledgers,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 4) int n, @ForAll Side side) {
    SummarySetProposal p = SummarySetProposal.topN(n, side, ledgers);
    assertTrue(p.picks().size() <= n);
    p.picks().forEach(pick -> assertTrue(pick.newLedgers() > 0));
    assertEquals(p.picks().size(), new HashSet<>(p.picks()).size());
  }

  private static boolean carries(Ledger ledger, Placement p) {
    return ledger.entry(p.element(), p.side()).isPresent();
  }

  private static List<Placement> placements() {
    List<Placement> result = new ArrayList<>();
    for (ElementId e : UNIVERSE) {
      for (Side side : Side.values()) {
        result.add(Placement.of(e, side));
      }
    }
    return result;
  }

  private static List<Slice> slices(LedgerSummary summary) {
    List<Slice> result = new ArrayList<>();
    result.add(Slice.all());
    for (View view : View.values()) {
      result.add(Slice.ofView(view));
    }
    for (String segment : summary.segments()) {
      result.add(Slice.ofSegment(segment));
      result.add(Slice.ofSegment(segment).withView(View.CURRENT));
    }
    if (!summary.months().isEmpty()) {
      result.add(Slice.ofMonth(summary.months().first()));
      result.add(Slice.all().withPeriod(summary.months().first(), summary.months().last()));
    }
    return result;
  }
}
