package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSet;
import dev.valuex.core.ElementId;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Side;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.core.journey.EntryRef;
import dev.valuex.core.journey.JourneyModel;
import dev.valuex.core.journey.StageTags;
import dev.valuex.planning.PlanRow;
import dev.valuex.planning.RowStages;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SchemaLocation;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StageJsonTest {
  private static final String MODEL = "\"model\":{\"name\":\"m\",\"stages\":[{\"name\":\"Buy\","
      + "\"phase\":\"pre_purchase\"},{\"name\":\"Use\",\"phase\":\"post_purchase\"}]}";
  private final ValuexJson json = ValuexJson.create();

  @Test
  void theJourneySchemasAreValidDraft202012Schemas() throws IOException {
    JsonSchema meta = JsonSchemaProperties.FACTORY.getSchema(
        SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    for (String format : List.of(ValuexJson.JOURNEY_FORMAT, ValuexJson.STAGE_TAGS_FORMAT,
        ValuexJson.ROW_STAGES_FORMAT)) {
      assertEquals(Set.of(), JsonSchemaProperties.validate(meta, ValuexJson.schema(format)),
          format);
    }
  }

  @Test
  void stageTagsAreWrittenOnePerEntryWithTheLedgerSidesTokens() {
    EntryRef ref = EntryRef.of(LedgerId.of("p01"), ElementId.parse("customer.savings"),
        Side.OUT);
    StageTags tags = StageTags.of(JourneyModel.fiveStage()).tag(ref, "Awareness", "Service");
    String text = json.toJson(tags);
    assertEquals(true, text.contains("\"tags\":[{\"ledger\":\"p01\",\"element\":"
        + "\"customer.savings\",\"side\":\"out\",\"stages\":[\"Awareness\",\"Service\"]}]"),
        text);
    assertEquals(ImmutableSet.of("Awareness", "Service"),
        json.readStageTags(text).tags().get(ref));
  }

  @Test
  void aTagNamingAStageTheModelLacksIsReportedAtTheTags() {
    String doc = "{\"format\":\"valuex.stage-tags/1\"," + MODEL + ",\"tags\":[{\"ledger\":"
        + "\"p01\",\"element\":\"customer.savings\",\"side\":\"out\",\"stages\":[\"Fix\"]}]}";
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> json.readStageTags(doc));
    assertEquals(List.of("/tags: must name a stage of model m, got 'Fix'"),
        e.problems());
  }

  @Test
  void aBadSideInATagIsReportedAtItsPointer() {
    String doc = "{\"format\":\"valuex.stage-tags/1\"," + MODEL + ",\"tags\":[{\"ledger\":"
        + "\"p01\",\"element\":\"customer.savings\",\"side\":\"up\",\"stages\":[\"Buy\"]}]}";
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> json.readStageTags(doc));
    assertEquals(true, e.problems().get(0).startsWith("/tags/0/side"), e.getMessage());
  }

  @Test
  void rowStagesReadBackOntoTheRowsOfAPlan() {
    String doc = "{\"format\":\"valuex.row-stages/1\"," + MODEL + ",\"rows\":[{\"element\":"
        + "\"customer.simplification\",\"side\":\"out\",\"stages\":[\"Use\",\"Buy\"]}]}";
    RowStages rows = json.readRowStages(doc);
    assertEquals(List.of("Use", "Buy"),
        rows.stagesOf(PlanRow.of(ElementId.parse("customer.simplification"))).asList());
    assertEquals(doc, json.toJson(rows));
  }

  @Test
  void anUnknownFieldInARowIsReportedAtItsPointer() {
    String doc = "{\"format\":\"valuex.row-stages/1\"," + MODEL + ",\"rows\":[{\"element\":"
        + "\"customer.simplification\",\"side\":\"out\",\"stages\":[\"Use\"],\"why\":1}]}";
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> json.readRowStages(doc));
    assertEquals(true, e.problems().get(0).startsWith("/rows/0/why"), e.getMessage());
  }
}
