package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.BalanceJudgement;
import dev.valuex.core.Ledger;
import dev.valuex.core.Side;
import dev.valuex.core.View;
import dev.valuex.core.analysis.Slice;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PatternAnalysisTest {
  private static final Ledger CURRENT = Samples.ledger();
  private static final Ledger DESIRED = CURRENT.withView(View.DESIRED);

  private static PatternAnalysis.Counts count(Optional<View> view, Ledger... ledgers) {
    PatternAnalysis.Counts counts = PatternAnalysis.counts(view);
    for (Ledger l : ledgers) {
      counts.add(l);
    }
    return counts;
  }

  @Test
  void countsOnlyTheViewAskedForAndTellsHowManyWereLeftOut() {
    PatternAnalysis a = count(Optional.of(View.DESIRED), CURRENT, DESIRED, DESIRED)
        .analysis(PatternAnalysis.Breakdown.VIEW, 5, 5, 1, Object::toString);
    assertEquals(3, a.read());
    assertEquals(2, a.counted());
    Map<String, Object> doc = a.document();
    assertEquals(List.of("format", "view", "by", "ledgers", "current_ledgers",
        "desired_ledgers", "left_out_ledgers", "slices", "min_together", "pairs",
        "summary_set"), List.copyOf(doc.keySet()));
    assertEquals("valuex.analysis/1", doc.get("format"));
    assertEquals("desired", doc.get("view"));
    assertEquals("view", doc.get("by"));
    assertEquals(0L, doc.get("current_ledgers"));
    assertEquals(1L, doc.get("left_out_ledgers"));
    assertEquals(List.of("all ledgers", "view CURRENT", "view DESIRED"),
        List.copyOf(a.slices().keySet()));
  }

  @Test
  void judgementsPerSliceCountTheOwnersVerdicts() {
    Ledger judged = CURRENT;
    BalanceJudgement.Verdict verdict = BalanceJudgement.Verdict.OWNER_GIVES_MORE;
    assertEquals(verdict, judged.judgement().get().verdict());
    PatternAnalysis a = count(Optional.empty(), judged, judged.withView(View.DESIRED))
        .analysis(PatternAnalysis.Breakdown.VIEW, 5, 0, 1, Object::toString);
    assertEquals(2L, a.judgements(Slice.all()).get(verdict));
    assertEquals(1L, a.judgements(Slice.ofView(View.DESIRED)).get(verdict));
    assertEquals(4, a.judgements(Slice.all()).size(), "every verdict, zero for none");
    assertEquals(List.of(), a.pairs(), "no pairs asked for");
    assertEquals(judged.out().size(), a.coverage(Side.OUT, Slice.all()).size());
  }

  @Test
  void refusesNumbersOutOfRangeAndNoLedgersCounted() {
    PatternAnalysis.Counts counts = count(Optional.empty(), CURRENT);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> counts.analysis(PatternAnalysis.Breakdown.NONE, 0, 5, 5, Object::toString));
    assertEquals("PatternAnalysis: top must be at least 1, got 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> counts.analysis(PatternAnalysis.Breakdown.NONE, 5, -1, 5, Object::toString));
    assertEquals("PatternAnalysis: pairs must be at least 0, got -1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> counts.analysis(PatternAnalysis.Breakdown.NONE, 5, 5, 0, Object::toString));
    assertEquals("PatternAnalysis: minTogether must be at least 1, got 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> count(Optional.of(View.DESIRED), CURRENT)
            .analysis(PatternAnalysis.Breakdown.NONE, 5, 5, 5, Object::toString));
    assertEquals("PatternAnalysis: ledgers counted must be at least 1, got 0 of 1 read (only"
        + " DESIRED counted)", e.getMessage());
  }

  @Test
  void refusesToMergeCountsOfAnotherView() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> count(Optional.empty(), CURRENT).addAll(count(Optional.of(View.CURRENT))));
    assertEquals("Counts: other must count the view all, got CURRENT", e.getMessage());
  }

  @Test
  void readsABreakdownByNameAndNamesTheChoicesOtherwise() {
    assertEquals(PatternAnalysis.Breakdown.PERIOD, PatternAnalysis.Breakdown.parse(" Period"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PatternAnalysis.Breakdown.parse("month"));
    assertEquals("Breakdown must be segment, view, period or none, got 'month'",
        e.getMessage());
  }
}
