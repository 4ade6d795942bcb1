package dev.valuex.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.analysis.ElementCombinations;
import dev.valuex.core.analysis.SummarySetProposal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link ElementCombinations} count what the ledgers carry, merge in any order after being
 * shipped, and give the same summary-set proposal as the computation over the ledgers
 * themselves ({@link LedgerBitsProposal}, the one valuex used before): same picks, same counts,
 * same method, for small decks (exact search, many ties), decks past the exact search's limit
 * and decks of more than 64 elements (masks of two words).
 */
class ElementCombinationsProperties {
  private static final ImmutableList<ElementId> WIDE_DECK = IntStream.range(0, 70)
      .mapToObj(i -> ElementId.of(Perspective.CUSTOMER.deck(), "element-" + i))
      .collect(ImmutableList.toImmutableList());

  @Provide
  Arbitrary<List<Ledger>> ledgers() {
    // Few elements and entries: the greedy picks are often not a smallest set, so the exact
    // search and its tie-breaks run.
    Arbitrary<List<Ledger>> small = ValuexArbitraries.ledgers()
        .elements(LedgerArbitrary.DEFAULT_ELEMENTS.subList(0, 5)).entriesPerLedger(0, 4)
        .evidencePerEntry(0, 0).list().ofMaxSize(30);
    Arbitrary<List<Ledger>> deck = ValuexArbitraries.ledgers().entriesPerLedger(0, 10)
        .evidencePerEntry(0, 0).list().ofMaxSize(25);
    Arbitrary<List<Ledger>> wide = ValuexArbitraries.ledgers().elements(WIDE_DECK)
        .entriesPerLedger(0, 16).evidencePerEntry(0, 0).list().ofMaxSize(25);
    // Repeating ledgers makes combinations carried by several ledgers, as on real studies.
    return Arbitraries.oneOf(small, deck, wide).flatMap(ls -> Arbitraries.integers()
        .between(1, 3).map(copies -> Collections.nCopies(copies, ls).stream()
            .flatMap(List::stream).collect(Collectors.toList())));
  }

  @Property(tries = 100)
  void proposalFromCombinationsIsTheProposalFromTheLedgers(
      @ForAll("ledgers") List<Ledger> ledgers,
      @ForAll @DoubleRange(min = 0.05, max = 1.0) double share, @ForAll Side side,
      @ForAll Random random) {
    LedgerBitsProposal.Result expected = LedgerBitsProposal.reaching(share, side, ledgers);
    assertEquals(expected,
        LedgerBitsProposal.Result.of(SummarySetProposal.reaching(share, side, ledgers)));
    assertEquals(expected, LedgerBitsProposal.Result.of(
        SummarySetProposal.reaching(share, shippedAndMerged(ledgers, side, random))));
  }

  @Property(tries = 50)
  void topNFromCombinationsIsTopNFromTheLedgers(@ForAll("ledgers") List<Ledger> ledgers,
      @ForAll @IntRange(min = 1, max = 6) int n, @ForAll Side side, @ForAll Random random) {
    LedgerBitsProposal.Result expected = LedgerBitsProposal.topN(n, side, ledgers);
    assertEquals(expected,
        LedgerBitsProposal.Result.of(SummarySetProposal.topN(n, side, ledgers)));
    assertEquals(expected, LedgerBitsProposal.Result.of(
        SummarySetProposal.topN(n, shippedAndMerged(ledgers, side, random))));
  }

  @Property(tries = 50)
  void partsShippedAndMergedInAnyOrderCountEveryCombinationOfTheWhole(
      @ForAll("ledgers") List<Ledger> ledgers, @ForAll Side side, @ForAll Random random) {
    Function<Ledger, Set<ElementId>> combination = l -> l.onSide(side).stream()
        .map(LedgerEntry::element).collect(ImmutableSortedSet.toImmutableSortedSet(
            ElementId::compareTo));
    Map<Set<ElementId>, Long> expected = ledgers.stream()
        .collect(Collectors.groupingBy(combination, Collectors.counting()));
    ElementCombinations merged = shippedAndMerged(ledgers, side, random);
    assertEquals(ledgers.size(), merged.ledgers());
    assertEquals(expected.size(), merged.distinct());
    assertEquals(expected.keySet().stream().flatMap(Set::stream)
        .collect(ImmutableSortedSet.toImmutableSortedSet(ElementId::compareTo)),
        merged.elements());
    expected.forEach((set, n) -> assertEquals(n, merged.ledgers(set), set::toString));
  }

  /**
   * Counts the ledgers in up to four random parts, ships each through Java serialization and
   * merges them in a random order.
   */
  private static ElementCombinations shippedAndMerged(List<Ledger> ledgers, Side side,
      Random random) {
    int parts = 1 + random.nextInt(4);
    List<ElementCombinations> counted = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      counted.add(ElementCombinations.on(side));
    }
    ledgers.forEach(l -> counted.get(random.nextInt(parts)).add(l));
    List<ElementCombinations> shipped = new ArrayList<>();
    counted.forEach(c -> shipped.add(shipped(c)));
    Collections.shuffle(shipped, random);
    ElementCombinations merged = ElementCombinations.on(side);
    shipped.forEach(merged::addAll);
    return merged;
  }

  private static ElementCombinations shipped(ElementCombinations c) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(c);
      }
      try (ObjectInputStream in = new ObjectInputStream(
          new ByteArrayInputStream(bytes.toByteArray()))) {
        return (ElementCombinations) in.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
