package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import dev.valuex.core.ElementId;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.core.journey.EntryRef;
import dev.valuex.core.journey.JourneyModel;
import dev.valuex.core.journey.StageTags;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageColumnTest {
  static final CodingSheet SHEET = CodingSheet.builder().defaultAuthor("r1")
      .defaultPerspective(Perspective.CUSTOMER).defaultAsOf(LocalDate.of(2026, 3, 1))
      .journeyModel(JourneyModel.fiveStage()).build();
  static final String CSV = "subject,view,side,element,evidence,stage\n"
      + "P07,current,out,customer.savings,cheaper than the bus,consideration\n"
      + "P07,current,out,customer.savings,I compare every month,Loyalty\n"
      + "P07,current,in,customer.money,the pass is a lot,\n";
  static final LedgerId P07 = LedgerId.of("p07-current");

  @Test
  void theStageColumnTagsEachRowsEntryAndBlankLeavesItUntagged() {
    CodingSheetImport read = SHEET.readWithStages(new StringReader(CSV));
    StageTags tags = read.stageTags().orElseThrow();
    assertEquals(ImmutableSet.of("Consideration", "Loyalty"), tags.tags().get(
        EntryRef.of(P07, ElementId.parse("customer.savings"), Side.OUT)));
    assertEquals(ImmutableSet.of(), tags.tags().get(
        EntryRef.of(P07, ElementId.parse("customer.money"), Side.IN)));
    assertEquals(SHEET.read(new StringReader(CSV)), read.ledgers());
  }

  @Test
  void anUnknownStageIsARowErrorNamingTheNearestStages() {
    String csv = "subject,view,side,element,stage\nP07,current,out,customer.savings,Aquisition\n";
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> SHEET.readWithStages(new StringReader(csv)));
    assertEquals(List.of("row 2: stage must name a stage of model five-stage, got 'Aquisition'"
        + " (nearest: Acquisition, Consideration, Awareness)"), e.problems());
  }

  @Test
  void aSheetWithoutAModelReadsTheSameLedgersAndLeavesTheStageColumnAlone() {
    CodingSheet plain = SHEET.withJourneyModel(java.util.Optional.empty());
    CodingSheetImport read = plain.readLenient(new StringReader(CSV + "P08,current,out,"
        + "customer.savings,,no such stage\n"));
    assertEquals(List.of(), read.rejectedRows());
    assertEquals(2, read.ledgers().size());
    assertTrue(read.stageTags().isEmpty());
  }

  @Test
  void aStageOnARowWithoutAnElementIsARowError() {
    String csv = "subject,view,side,element,stage\nP07,current,,,Service\n";
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> SHEET.readWithStages(new StringReader(csv)));
    assertEquals(List.of("row 2: element must be given with a stage, got ''"), e.problems());
  }

  @Test
  void exportWritesTheStagesOfEachRowsEntryLast() {
    CodingSheetImport read = SHEET.readWithStages(new StringReader(CSV));
    StringBuilder out = new StringBuilder();
    SHEET.write(read.ledgers(), read.stageTags().orElseThrow(), out);
    String[] lines = out.toString().split("\r\n");
    assertTrue(lines[0].endsWith(",date,stage"), lines[0]);
    assertTrue(lines[1].endsWith(",Consideration;Loyalty"), lines[1]);
    assertTrue(lines[3].endsWith(","), lines[3]);
    CodingSheetImport back = SHEET.readWithStages(new StringReader(out.toString()));
    assertEquals(read.ledgers(), back.ledgers());
    assertEquals(read.stageTags(), back.stageTags());
  }

  @Test
  void readingStagesNeedsAJourneyModel() {
    CodingSheet plain = CodingSheet.standard();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> plain.readWithStages(new StringReader(CSV)));
    assertEquals("CodingSheet: journeyModel must be set to read stages", e.getMessage());
  }
}
