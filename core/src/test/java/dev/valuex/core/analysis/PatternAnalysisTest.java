package dev.valuex.core.analysis;

import static dev.valuex.core.analysis.StudyLedgers.ALL;
import static dev.valuex.core.analysis.StudyLedgers.L1;
import static dev.valuex.core.analysis.StudyLedgers.L4;
import static dev.valuex.core.analysis.StudyLedgers.SAVINGS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.BalanceJudgement;
import dev.valuex.core.Ledger;
import dev.valuex.core.Side;
import dev.valuex.core.View;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PatternAnalysisTest {
  private static final BalanceJudgement.Verdict VERDICT =
      BalanceJudgement.Verdict.OWNER_GIVES_MORE;
  private static final Ledger JUDGED = L1.withJudgement(BalanceJudgement.builder()
      .verdict(VERDICT).rationale("The fee eats the savings").recordedBy("researcher-1")
      .recordedOn(LocalDate.of(2026, 1, 10)).build());

  private static PatternAnalysis.Counts count(Optional<View> view, List<Ledger> ledgers) {
    PatternAnalysis.Counts counts = PatternAnalysis.counts(view);
    ledgers.forEach(counts::add);
    return counts;
  }

  private static PatternAnalysis analyze(PatternAnalysis.Counts counts) {
    return counts.analysis(PatternAnalysis.Breakdown.SEGMENT, 5, 5, 1, Object::toString);
  }

  @Test
  void countsOnlyTheViewAskedForAndTellsHowManyWereLeftOut() {
    PatternAnalysis a = count(Optional.of(View.DESIRED), ALL)
        .analysis(PatternAnalysis.Breakdown.VIEW, 5, 5, 1, Object::toString);
    assertEquals(Optional.of(View.DESIRED), a.view());
    assertEquals(5, a.read());
    assertEquals(1, a.counted());
    assertEquals(0, a.counted(View.CURRENT));
    assertEquals(List.of("all ledgers", "view CURRENT", "view DESIRED"),
        List.copyOf(a.slices().keySet()));
    assertEquals(List.of(StudyLedgers.PEACE, SAVINGS), a.coverage(Side.OUT, Slice.all()).stream()
        .map(c -> c.placement().element()).toList());
  }

  @Test
  void slicesFollowTheBreakdownAllLedgersFirst() {
    PatternAnalysis.Counts counts = count(Optional.empty(), ALL);
    assertEquals(List.of("all ledgers", "segment loyal", "segment new"), List.copyOf(
        counts.analysis(PatternAnalysis.Breakdown.SEGMENT, 1, 0, 1, Object::toString)
            .slices().keySet()));
    assertEquals(List.of("all ledgers", "period 2026-Q1", "period 2026-Q2"), List.copyOf(
        counts.analysis(PatternAnalysis.Breakdown.PERIOD, 1, 0, 1, Object::toString)
            .slices().keySet()));
    assertEquals(List.of("all ledgers"), List.copyOf(
        counts.analysis(PatternAnalysis.Breakdown.NONE, 1, 0, 1, Object::toString)
            .slices().keySet()));
    assertEquals(1, counts.analysis(PatternAnalysis.Breakdown.NONE, 1, 0, 1, Object::toString)
        .coverage(Side.IN, Slice.all()).size(), "top 1 shows one element");
  }

  @Test
  void judgementsPerSliceCountTheOwnersVerdicts() {
    PatternAnalysis a = count(Optional.empty(), List.of(JUDGED, JUDGED.withView(View.DESIRED)))
        .analysis(PatternAnalysis.Breakdown.VIEW, 5, 0, 1, Object::toString);
    assertEquals(2L, a.judgements(Slice.all()).get(VERDICT));
    assertEquals(1L, a.judgements(Slice.ofView(View.DESIRED)).get(VERDICT));
    assertEquals(4, a.judgements(Slice.all()).size(), "every verdict, zero for none");
    assertEquals(List.of(), a.pairs(), "no pairs asked for");
    assertEquals(L1.out().size(), a.coverage(Side.OUT, Slice.all()).size());
  }

  @Test
  void countsAddedToThemselvesDoubleLikeCountingEveryLedgerTwice() {
    List<Ledger> ledgers = List.of(JUDGED, StudyLedgers.L2, StudyLedgers.L3, L4);
    PatternAnalysis.Counts once = count(Optional.empty(), ledgers);
    PatternAnalysis doubled = analyze(once.addAll(once));
    PatternAnalysis twice = analyze(count(Optional.empty(), ledgers)
        .addAll(count(Optional.empty(), ledgers)));
    assertEquals(8, doubled.read());
    assertEquals(8, doubled.counted());
    assertEquals(2L, doubled.judgements(Slice.all()).get(VERDICT));
    assertEquals(twice.summary(), doubled.summary());
    assertEquals(twice.judgements(Slice.all()), doubled.judgements(Slice.all()));
    assertEquals(twice.proposal(), doubled.proposal());
    assertEquals(twice.pairs(), doubled.pairs());
  }

  @Test
  void refusesNumbersOutOfRangeAndNoLedgersCounted() {
    PatternAnalysis.Counts counts = count(Optional.empty(), List.of(L1));
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
        () -> count(Optional.of(View.DESIRED), List.of(L1))
            .analysis(PatternAnalysis.Breakdown.NONE, 5, 5, 5, Object::toString));
    assertEquals("PatternAnalysis: ledgers counted must be at least 1, got 0 of 1 read (only"
        + " DESIRED counted)", e.getMessage());
  }

  @Test
  void refusesToMergeCountsOfAnotherView() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> count(Optional.empty(), List.of(L1))
            .addAll(count(Optional.of(View.CURRENT), List.of())));
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
