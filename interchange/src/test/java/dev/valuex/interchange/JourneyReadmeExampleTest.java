package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.Side;
import dev.valuex.core.journey.EntryRef;
import dev.valuex.core.journey.JourneyModel;
import dev.valuex.core.journey.StageBreakdown;
import dev.valuex.core.journey.StageTags;
import dev.valuex.planning.PlanExport;
import dev.valuex.planning.PlanId;
import dev.valuex.planning.PlanRow;
import dev.valuex.planning.RowStages;
import dev.valuex.planning.ValueCreationPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's journey JSON example, run on a tagged sample ledger and a one-row plan. */
class JourneyReadmeExampleTest {
  @TempDir Path dir;

  @Test
  void theReadmeExampleCountsByStageAndExportsTheRowsStages() throws IOException {
    Ledger ledger = json().readLedger(Samples.LEDGER_JSON);
    List<Ledger> ledgers = List.of(ledger);
    var entry = ledger.entries().get(0);
    Path tagsFile = dir.resolve("stage-tags.json");
    Files.writeString(tagsFile, json().toJson(
        StageTags.of(JourneyModel.fiveStage()).tag(EntryRef.to(ledger.id(), entry), "Service")));
    ElementId element = ElementId.parse("customer.simplification");
    ValueCreationPlan plan = ValueCreationPlan.builder().id(PlanId.of("p1")).title("Plan")
        .createdOn(LocalDate.of(2026, 4, 1)).addRows(PlanRow.of(element)).build();
    String rowStagesJson = json().toJson(
        RowStages.of(JourneyModel.fiveStage()).with(element, Side.OUT, "Acquisition"));

    // README-JOURNEY-START
    ValuexJson json = ValuexJson.create();
    StageTags tags = json.readStageTags(Files.readString(tagsFile));
    StageBreakdown byStage = StageBreakdown.of(ledgers, tags);
    String table = PlanExport.toMarkdown(plan, json.readRowStages(rowStagesJson));
    // README-JOURNEY-END

    assertEquals(1, byStage.count("Service", entry.side(), entry.element()));
    assertTrue(table.contains("Stages: Acquisition"), table);
  }

  private static ValuexJson json() {
    return ValuexJson.create();
  }
}
