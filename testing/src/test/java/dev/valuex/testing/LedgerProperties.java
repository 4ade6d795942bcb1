package dev.valuex.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.ElementId;
import dev.valuex.core.Evidence;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.Pairing;
import dev.valuex.core.Side;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;

/** Invariants of the core model, checked on generated ledgers (core cannot depend on this module). */
@Domain(ValuexDomain.class)
class LedgerProperties {

  @Property(tries = 300)
  void inAndOutPartitionTheEntries(@ForAll Ledger ledger) {
    assertEquals(ledger.entries().size(), ledger.in().size() + ledger.out().size());
    assertTrue(ledger.in().stream().allMatch(e -> e.side() == Side.IN));
    assertTrue(ledger.out().stream().allMatch(e -> e.side() == Side.OUT));
    Set<LedgerEntry> union = new HashSet<>(ledger.in());
    union.addAll(ledger.out());
    assertEquals(new HashSet<>(ledger.entries()), union);
  }

  @Property(tries = 300)
  void withEntryThenWithoutEntryRestoresTheLedger(@ForAll Ledger ledger,
      @ForAll LedgerEntry entry) {
    if (ledger.entry(entry.element(), entry.side()).isPresent()) {
      ledger = ledger.withoutEntry(entry.element(), entry.side());
    }
    Ledger added = ledger.withEntry(entry);
    assertEquals(ledger, added.withoutEntry(entry.element(), entry.side()));
  }

  @Property(tries = 300)
  void pairingsNeverDangleAfterAnySequenceOfEdits(@ForAll("ledgerAndEdits") LedgerAndEdits in) {
    Ledger ledger = in.ledger;
    for (Edit edit : in.edits) {
      ledger = edit.apply(ledger);
      for (Pairing p : ledger.pairings()) {
        for (ElementId g : p.given()) {
          assertTrue(ledger.entry(g, Side.IN).isPresent(), () -> "dangling given " + g);
        }
        for (ElementId r : p.received()) {
          assertTrue(ledger.entry(r, Side.OUT).isPresent(), () -> "dangling received " + r);
        }
      }
    }
  }

  @Property(tries = 200)
  void withEvidenceKeepsOneEntryPerElementAndSide(@ForAll Ledger ledger,
      @ForAll Evidence evidence) {
    for (LedgerEntry e : ledger.entries()) {
      Ledger more = ledger.withEvidence(e.element(), e.side(), evidence);
      assertEquals(ledger.entries().size(), more.entries().size());
      LedgerEntry after = more.entry(e.element(), e.side()).orElseThrow();
      assertEquals(e.evidence().size() + 1, after.evidence().size());
      assertEquals(evidence, after.evidence().get(after.evidence().size() - 1));
    }
  }

  @Property(tries = 200)
  void everyGeneratedLedgerPassesValidationWhenRebuilt(@ForAll Ledger ledger) {
    Ledger rebuilt = Ledger.builder().id(ledger.id()).subject(ledger.subject())
        .owner(ledger.owner()).author(ledger.author()).perspective(ledger.perspective())
        .view(ledger.view()).context(ledger.context()).purpose(ledger.purpose())
        .asOf(ledger.asOf()).addAllEntries(ledger.entries()).addAllPairings(ledger.pairings())
        .judgement(ledger.judgement()).addAllNotes(ledger.notes())
        .supersedes(ledger.supersedes()).build();
    assertEquals(ledger, rebuilt);
  }

  @Provide
  Arbitrary<LedgerAndEdits> ledgerAndEdits() {
    Arbitrary<Edit> remove = Combinators.combine(
            Arbitraries.of(LedgerArbitraryUniverse.ELEMENTS), Arbitraries.of(Side.class))
        .as((e, s) -> (Edit) l -> l.withoutEntry(e, s));
    Arbitrary<Edit> add = ValuexArbitraries.ledgerEntries()
        .map(entry -> (Edit) l -> l.entry(entry.element(), entry.side()).isPresent()
            ? l : l.withEntry(entry));
    Arbitrary<Edit> evidence = Combinators.combine(
            Arbitraries.of(LedgerArbitraryUniverse.ELEMENTS), Arbitraries.of(Side.class),
            ValuexArbitraries.evidence())
        .as((e, s, ev) -> (Edit) l -> l.withEvidence(e, s, ev));
    Arbitrary<Edit> pairAll = Arbitraries.just(l -> {
      List<ElementId> in = new ArrayList<>();
      List<ElementId> out = new ArrayList<>();
      l.in().forEach(e -> in.add(e.element()));
      l.out().forEach(e -> out.add(e.element()));
      return in.isEmpty() || out.isEmpty() ? l
          : l.withPairing(Pairing.builder().addAllGiven(in).addAllReceived(out).build());
    });
    Arbitrary<List<Edit>> edits = Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, remove), net.jqwik.api.Tuple.of(3, add),
            net.jqwik.api.Tuple.of(2, evidence), net.jqwik.api.Tuple.of(1, pairAll))
        .list().ofMaxSize(20);
    return Combinators.combine(ValuexArbitraries.ledgers(), edits).as(LedgerAndEdits::new);
  }

  interface Edit {
    Ledger apply(Ledger ledger);
  }

  static final class LedgerAndEdits {
    final Ledger ledger;
    final List<Edit> edits;

    LedgerAndEdits(Ledger ledger, List<Edit> edits) {
      this.ledger = ledger;
      this.edits = edits;
    }

    @Override
    public String toString() {
      return ledger + " with " + edits.size() + " edits";
    }
  }

  static final class LedgerArbitraryUniverse {
    static final List<ElementId> ELEMENTS = LedgerArbitrary.DEFAULT_ELEMENTS;
  }
}
