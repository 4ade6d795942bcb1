package dev.valuex.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.ElementId;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Side;
import dev.valuex.core.journey.JourneyModel;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class PlanExportTest {

  @Test
  void markdownHasTheMethodsThreeColumnsAndOneLinePerRow() {
    String md = PlanExport.toMarkdown(MethodExamples.plan());
    assertEquals("# Worked rows of the method\n"
        + "\n"
        + "| Value to create | How value is created and captured | How value is measured |\n"
        + "|---|---|---|\n"
        + "| **SIMPLIFICATION**<br>I get what I came for by taking only a few simple actions"
        + " | Pre-make parts of the product so the customer only assembles them<br>- Ship the"
        + " frame pre-assembled (when: next product release; who: product team; planned)"
        + " | steps to ready: at most 3 steps, baseline 7 (defined by customers) |\n"
        + "| **STATUS/RECOGNITION**<br>Others notice what I achieved and think well of me for it"
        + " | Give a distinctive marker that shows the achievement in public<br>- Design a badge"
        + " for completed courses (when: 2026-09-01; who: marketing, three course graduates;"
        + " in progress)"
        + " | favourable comments: at least 20 comments (defined by customers) |\n", md);
  }

  @Test
  void markdownKeepsPipesAndLineBreaksInsideTheirCell() {
    ValueCreationPlan plan = MethodExamples.plan().withRows(
        PlanRow.of(ElementId.parse("customer.choice")).withSide(Side.IN)
            .withSentence("I pick A | B\nor neither"));
    String md = PlanExport.toMarkdown(plan);
    assertEquals("| **customer.choice** (IN: value customers want to put in)<br>I pick A \\| B"
        + "<br>or neither |  |  |", md.split("\n")[4]);
  }

  @Test
  void csvHasAHeaderAndOneRecordPerRowThatReadsBack() throws IOException {
    String csv = PlanExport.toCsv(MethodExamples.plan());
    List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .get().parse(new StringReader(csv)).getRecords();
    assertEquals(2, records.size());
    assertEquals("customer.simplification", records.get(0).get("Element"));
    assertEquals("OUT", records.get(0).get("Side"));
    assertEquals("SIMPLIFICATION\nI get what I came for by taking only a few simple actions",
        records.get(0).get("Value to create"));
    assertEquals("steps to ready: at most 3 steps, baseline 7 (defined by customers)",
        records.get(0).get("How value is measured"));
    assertEquals("Element,Side,Value to create,How value is created and captured,"
        + "How value is measured", csv.substring(0, csv.indexOf("\r\n")));
  }

  static final RowStages STAGES = RowStages.of(JourneyModel.eightStage())
      .with(ElementId.parse("customer.simplification"), Side.OUT, "Take Home/Deliver", "Use");

  @Test
  void markdownShowsEachRowsStagesUnderItsValueAndNothingForRowsWithout() {
    String[] lines = PlanExport.toMarkdown(MethodExamples.plan(), STAGES).split("\n");
    assertEquals(true, lines[4].startsWith("| **SIMPLIFICATION**<br>I get what I came for by"
        + " taking only a few simple actions<br>Stages: Take Home/Deliver, Use | "), lines[4]);
    assertEquals(false, lines[5].contains("Stages:"), lines[5]);
  }

  @Test
  void csvGainsAStagesColumnOneStagePerLine() throws IOException {
    String csv = PlanExport.toCsv(MethodExamples.plan(), STAGES);
    List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .get().parse(new StringReader(csv)).getRecords();
    assertEquals("Take Home/Deliver\nUse", records.get(0).get(PlanExport.STAGES_COLUMN));
    assertEquals("", records.get(1).get(PlanExport.STAGES_COLUMN));
  }

  @Test
  void stagesForARowThePlanLacksAreRejected() {
    RowStages other = STAGES.with(ElementId.parse("customer.savings"), Side.OUT, "Use");
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> PlanExport.toCsv(MethodExamples.plan(), other));
    assertEquals("RowStages: stages must name rows of plan " + MethodExamples.plan().id()
        + ", got 'customer.savings OUT'", e.getMessage());
  }
}
