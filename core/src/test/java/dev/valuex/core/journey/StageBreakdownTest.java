package dev.valuex.core.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import dev.valuex.core.ElementId;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.Subject;
import dev.valuex.core.View;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageBreakdownTest {
  static final ElementId SAVINGS = ElementId.parse("customer.savings");
  static final ElementId TIME = ElementId.parse("customer.time");

  static Ledger ledger(String id) {
    return Ledger.builder().id(LedgerId.of(id)).subject(Subject.of(Subject.Kind.INDIVIDUAL, id))
        .owner(id).author("researcher-1").perspective(Perspective.CUSTOMER).view(View.CURRENT)
        .asOf(LocalDate.of(2026, 5, 1)).build()
        .withEntry(LedgerEntry.of(SAVINGS, Side.OUT))
        .withEntry(LedgerEntry.of(TIME, Side.IN));
  }

  @Test
  void countsEachTaggedEntryAtEveryStageItIsTaggedWith() {
    Ledger a = ledger("p01");
    Ledger b = ledger("p02");
    StageTags tags = StageTags.of(JourneyModel.fiveStage())
        .tag(EntryRef.of(a.id(), SAVINGS, Side.OUT), "Consideration", "Loyalty")
        .tag(EntryRef.of(b.id(), SAVINGS, Side.OUT), "Consideration")
        .tag(EntryRef.of(b.id(), TIME, Side.IN), "Acquisition");
    StageBreakdown sb = StageBreakdown.of(List.of(a, b), tags);
    assertEquals(2, sb.count("Consideration", Side.OUT, SAVINGS));
    assertEquals(ImmutableMap.of("Consideration", 2L, "Loyalty", 1L),
        sb.stagesOf(Side.OUT, SAVINGS));
    assertEquals(ImmutableMap.of(TIME, 1L), sb.elementsAt("Acquisition", Side.IN));
    assertEquals(2, sb.total(Side.IN, TIME));
    assertEquals(1, sb.untagged(Side.IN, TIME));
  }

  @Test
  void mergingTheBreakdownsOfTwoHalvesGivesTheBreakdownOfTheWhole() {
    Ledger a = ledger("p01");
    Ledger b = ledger("p02");
    StageTags tags = StageTags.of(JourneyModel.fiveStage())
        .tag(EntryRef.of(a.id(), SAVINGS, Side.OUT), "Service")
        .tag(EntryRef.of(b.id(), TIME, Side.IN), "Awareness");
    assertEquals(StageBreakdown.of(List.of(a, b), tags),
        StageBreakdown.of(List.of(a), tags).merge(StageBreakdown.of(List.of(b), tags)));
  }

  @Test
  void aTagNamingAnEntryTheLedgerLacksIsRejected() {
    Ledger a = ledger("p01");
    StageTags tags = StageTags.of(JourneyModel.fiveStage())
        .tag(EntryRef.of(a.id(), SAVINGS, Side.IN), "Service");
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> StageBreakdown.of(List.of(a), tags));
    assertEquals("StageTags: tags must name entries the ledger holds, got"
        + " p01/customer.savings/IN", e.getMessage());
  }

  @Test
  void aTagNamingAStageTheModelLacksIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> StageTags.of(JourneyModel.fiveStage())
            .tag(EntryRef.of(LedgerId.of("p01"), SAVINGS, Side.OUT), "Use"));
    assertEquals("StageTags: tags must name a stage of model five-stage, got 'Use'",
        e.getMessage());
  }

  @Test
  void countsLedgersAndUntaggedEntriesAndComparesByEveryCount() {
    Ledger a = ledger("p01");
    Ledger b = ledger("p02");
    Ledger c = ledger("p03");
    StageTags tags = StageTags.of(JourneyModel.fiveStage())
        .tag(EntryRef.of(a.id(), SAVINGS, Side.OUT), "Consideration");
    StageBreakdown sb = StageBreakdown.of(List.of(a, b, c), tags);
    assertEquals(3, sb.ledgers());
    assertEquals(3, sb.total(Side.OUT, SAVINGS));
    assertEquals(2, sb.untagged(Side.OUT, SAVINGS));
    assertEquals(3, sb.untagged(Side.IN, TIME));
    assertEquals(0, sb.untagged(Side.OUT, TIME));
    assertEquals(ImmutableMap.of("Consideration", 1L), sb.stagesOf(Side.OUT, SAVINGS));
    assertEquals(ImmutableMap.of(), sb.stagesOf(Side.IN, TIME));
    assertEquals("StageBreakdown{model=five-stage, ledgers=3, tagged=1 cells}", sb.toString());
    new EqualsTester()
        .addEqualityGroup(sb, StageBreakdown.of(List.of(c, b, a), tags),
            StageBreakdown.of(List.of(a), tags).merge(StageBreakdown.of(List.of(b, c), tags)))
        .addEqualityGroup(StageBreakdown.of(List.of(a, b), tags))
        .addEqualityGroup(
            StageBreakdown.of(List.of(a, b, c), StageTags.of(JourneyModel.fiveStage())))
        .addEqualityGroup(StageBreakdown.of(List.of(a, b, c.withoutEntry(TIME, Side.IN)), tags))
        .addEqualityGroup(
            StageBreakdown.of(List.of(a, b, c), StageTags.of(JourneyModel.eightStage())))
        .testEquals();
  }

  @Test
  void breakdownsByDifferentModelsDoNotMerge() {
    Ledger a = ledger("p01");
    StageBreakdown five = StageBreakdown.of(List.of(a), StageTags.of(JourneyModel.fiveStage()));
    StageBreakdown eight =
        StageBreakdown.of(List.of(a), StageTags.of(JourneyModel.eightStage()));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> five.merge(eight));
    assertEquals("StageBreakdown: model must be the same in both breakdowns, got 'eight-stage'",
        e.getMessage());
  }
}
