package dev.valuex.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.Side;
import dev.valuex.core.View;
import dev.valuex.core.analysis.PatternAnalysis;
import dev.valuex.core.analysis.Slice;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Counts of a {@link PatternAnalysis} merge like the summaries inside them: split the ledgers
 * anywhere, count the parts apart (shipped through Java serialization, as a distributed job
 * ships them) and merge them in either order, and the analysis reports the same as counting all
 * at once; counts added to themselves report what counting every ledger twice does.
 */
class PatternAnalysisProperties {
  private static final Function<ElementId, String> CARDS =
      id -> id.toString().toUpperCase(Locale.ROOT);

  @Property(tries = 50)
  void countsOfPartsMergedInAnyOrderReportTheSameAsCountsOfTheWhole(
      @ForAll("ledgerLists") List<Ledger> ledgers, @ForAll @IntRange(max = 100) int cutPercent,
      @ForAll("views") Optional<View> view, @ForAll PatternAnalysis.Breakdown by)
      throws IOException, ClassNotFoundException {
    int cut = ledgers.size() * cutPercent / 100;
    PatternAnalysis.Counts whole = count(ledgers, view);
    PatternAnalysis.Counts first = shipped(count(ledgers.subList(0, cut), view));
    PatternAnalysis.Counts second = shipped(count(ledgers.subList(cut, ledgers.size()), view));
    long counted = ledgers.stream().filter(l -> view.isEmpty() || l.view() == view.get())
        .count();
    assertEquals(counted, whole.counted());
    if (counted == 0) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> whole.analysis(by, 3, 4, 1, CARDS));
      assertEquals("PatternAnalysis: ledgers counted must be at least 1, got 0 of "
          + ledgers.size() + " read" + view.map(v -> " (only " + v + " counted)").orElse(""),
          e.getMessage());
      return;
    }
    List<Object> expected = report(whole, by);
    assertEquals(expected, report(count(List.of(), view).addAll(first).addAll(second), by));
    assertEquals(expected, report(count(List.of(), view).addAll(second).addAll(first), by));
  }

  @Property(tries = 30)
  void countsAddedToThemselvesReportWhatCountingEveryLedgerTwiceDoes(
      @ForAll("ledgerLists") List<Ledger> ledgers, @ForAll PatternAnalysis.Breakdown by) {
    if (ledgers.isEmpty()) {
      return;
    }
    PatternAnalysis.Counts once = count(ledgers, Optional.empty());
    List<Ledger> twice = new ArrayList<>(ledgers);
    twice.addAll(ledgers);
    assertEquals(report(count(twice, Optional.empty()), by), report(once.addAll(once), by));
  }

  /** Everything the analysis reports, in a list that compares by value. */
  private static List<Object> report(PatternAnalysis.Counts counts,
      PatternAnalysis.Breakdown by) {
    PatternAnalysis a = counts.analysis(by, 3, 4, 1, CARDS);
    List<Object> r = new ArrayList<>(List.of(a.view(), a.by(), a.read(), a.counted(),
        a.counted(View.CURRENT), a.counted(View.DESIRED), a.minTogether()));
    for (Map.Entry<String, Slice> e : a.slices().entrySet()) {
      r.addAll(List.of(e.getKey(), a.summary().ledgers(e.getValue()),
          a.coverage(Side.OUT, e.getValue()), a.coverage(Side.IN, e.getValue()),
          a.judgements(e.getValue())));
    }
    r.add(a.pairs());
    r.add(a.proposal());
    a.proposal().picks().forEach(p -> r.add(a.card(p.element())));
    return r;
  }

  private static PatternAnalysis.Counts count(List<Ledger> ledgers, Optional<View> view) {
    PatternAnalysis.Counts counts = PatternAnalysis.counts(view);
    ledgers.forEach(counts::add);
    return counts;
  }

  private static PatternAnalysis.Counts shipped(PatternAnalysis.Counts counts)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(counts);
    }
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      return (PatternAnalysis.Counts) in.readObject();
    }
  }

  @Provide
  Arbitrary<List<Ledger>> ledgerLists() {
    return ValuexArbitraries.ledgers().entriesPerLedger(0, 4).evidencePerEntry(0, 1).list()
        .ofMaxSize(12);
  }

  @Provide
  Arbitrary<Optional<View>> views() {
    return Arbitraries.of(Optional.empty(), Optional.of(View.CURRENT),
        Optional.of(View.DESIRED));
  }
}
