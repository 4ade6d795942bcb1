package dev.valuex.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.Subject;
import dev.valuex.core.View;
import dev.valuex.core.analysis.LedgerSummary;
import dev.valuex.planning.ElementFit;
import dev.valuex.planning.Offering;
import dev.valuex.planning.PropositionFit;
import dev.valuex.planning.SliceFit;
import dev.valuex.planning.ValueProposition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of fitting a value proposition to ledgers. */
class PropositionFitProperties {

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void theServedShareIsTheCoverageOfServedElementsOverAllSought(
      @ForAll ValueProposition offer, @ForAll("ledgers") List<Ledger> ledgers) {
    PropositionFit fit = PropositionFit.of(offer, ledgers);
    List<SliceFit> slices = new ArrayList<>(fit.segments());
    slices.add(fit.overall());
    for (SliceFit s : slices) {
      long all = s.sought().stream().mapToLong(ElementFit::ledgers).sum();
      long served = s.sought().stream().filter(ElementFit::isServed)
          .mapToLong(ElementFit::ledgers).sum();
      assertEquals(all == 0, s.servedShare().isEmpty());
      if (all > 0) {
        double share = s.servedShare().getAsDouble();
        assertEquals((double) served / all, share, 1e-12);
        assertTrue(share >= 0 && share <= 1);
        assertEquals(share == 1.0, s.unserved().isEmpty());
      }
      for (ElementFit e : s.sought()) {
        long seeking = ledgers.stream().filter(s.slice()::matches)
            .filter(l -> l.entry(e.element(), e.side()).isPresent()).count();
        assertEquals(seeking, e.ledgers());
        assertEquals(offer.offerings().stream().filter(o -> o.creates().contains(e.element()))
            .map(Offering::name).collect(Collectors.toList()), e.servedBy());
      }
      for (String idle : s.idleOfferings()) {
        Offering o = offer.offering(idle).orElseThrow();
        assertTrue(s.sought().stream().noneMatch(e -> o.creates().contains(e.element())));
        assertTrue(s.relieved().stream().noneMatch(e -> o.relieves().contains(e.element())));
      }
    }
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void anotherOfferingNeverLowersTheShareNorAddsUnservedElements(
      @ForAll ValueProposition offer, @ForAll Offering more,
      @ForAll("ledgers") List<Ledger> ledgers) {
    if (offer.offering(more.name()).isPresent()) {
      return;
    }
    SliceFit before = PropositionFit.of(offer, ledgers).overall();
    SliceFit after = PropositionFit.of(offer.withOfferings(
        com.google.common.collect.ImmutableList.<Offering>builder().addAll(offer.offerings())
            .add(more).build()), ledgers).overall();
    assertTrue(after.servedShare().orElse(0) >= before.servedShare().orElse(0));
    assertTrue(Set.copyOf(before.unservedElements()).containsAll(after.unservedElements()));
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void fittingMergedSummariesEqualsFittingTheUnion(@ForAll ValueProposition offer,
      @ForAll("ledgers") List<Ledger> first, @ForAll("ledgers") List<Ledger> second) {
    List<Ledger> union = new ArrayList<>(first);
    union.addAll(second);
    assertEquals(PropositionFit.of(offer, union), PropositionFit.of(offer,
        LedgerSummary.of(first).merge(LedgerSummary.of(second))));
  }

  @Provide
  Arbitrary<List<Ledger>> ledgers() {
    // Plain ledgers (segments, view, entries; no evidence or judgements): the fit counts
    // ledgers, and the full ledger generator would only slow the tries.
    Arbitrary<Ledger> ledger = Combinators.combine(Arbitraries.integers().between(1, 9999),
            Arbitraries.subsetOf("commuter", "leisure", "student"), Arbitraries.of(View.class),
            Arbitraries.subsetOf(LedgerArbitrary.DEFAULT_ELEMENTS).ofMaxSize(5),
            Arbitraries.subsetOf(LedgerArbitrary.DEFAULT_ELEMENTS).ofMaxSize(4))
        .as((n, segments, view, out, in) -> {
          Ledger l = Ledger.builder().id(LedgerId.of("p" + n))
              .subject(Subject.builder().kind(Subject.Kind.INDIVIDUAL).label("P" + n)
                  .addAllSegments(segments).build())
              .owner("P" + n).author("researcher-1").perspective(Perspective.CUSTOMER)
              .view(view).asOf(LocalDate.of(2026, 3, 1)).build();
          for (ElementId e : out) {
            l = l.withEntry(LedgerEntry.of(e, Side.OUT));
          }
          for (ElementId e : in) {
            l = l.withEntry(LedgerEntry.of(e, Side.IN));
          }
          return l;
        });
    return ledger.list().ofMaxSize(10);
  }
}
