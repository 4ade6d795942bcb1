package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.valuex.core.journey.StageTags;
import dev.valuex.planning.RowStages;
import dev.valuex.testing.JourneyArbitraries;
import java.io.IOException;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class StageJsonProperties {
  static final JsonSchemaFactory SCHEMAS =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  static final JsonSchema TAGS = SCHEMAS.getSchema(
      ValuexJson.schema(ValuexJson.STAGE_TAGS_FORMAT));
  static final JsonSchema ROWS = SCHEMAS.getSchema(
      ValuexJson.schema(ValuexJson.ROW_STAGES_FORMAT));

  private final ValuexJson json = ValuexJson.create();
  private final ObjectMapper mapper = json.newObjectMapper();

  @Property(tries = 500)
  void everyGeneratedSetOfStageTagsReadsBackEqual(@ForAll("tags") StageTags tags) {
    assertEquals(tags, json.readStageTags(json.toJson(tags)));
  }

  @Property(tries = 500)
  void everyWrittenSetOfStageTagsMatchesItsSchema(@ForAll("tags") StageTags tags)
      throws IOException {
    assertEquals(Set.of(), TAGS.validate(new ObjectMapper().readTree(json.toJson(tags))));
  }

  @Property(tries = 500)
  void everyGeneratedRowStagesReadsBackEqual(@ForAll("rows") RowStages rows) {
    assertEquals(rows, json.readRowStages(json.toJson(rows)));
  }

  @Property(tries = 500)
  void everyWrittenRowStagesMatchesItsSchema(@ForAll("rows") RowStages rows)
      throws IOException {
    assertEquals(Set.of(), ROWS.validate(new ObjectMapper().readTree(json.toJson(rows))));
  }

  @Property(tries = 500)
  void theJacksonModuleWritesAndReadsStageTagsAsTheDocumentFormat(
      @ForAll("tags") StageTags tags) throws IOException {
    String text = mapper.writeValueAsString(tags);
    assertEquals(json.toJson(tags), text);
    assertEquals(tags, mapper.readValue(text, StageTags.class));
  }

  @Property(tries = 500)
  void theJacksonModuleWritesAndReadsRowStagesAsTheDocumentFormat(
      @ForAll("rows") RowStages rows) throws IOException {
    String text = mapper.writeValueAsString(rows);
    assertEquals(json.toJson(rows), text);
    assertEquals(rows, mapper.readValue(text, RowStages.class));
  }

  @Provide
  Arbitrary<StageTags> tags() {
    return JourneyArbitraries.stageTags();
  }

  @Provide
  Arbitrary<RowStages> rows() {
    return JourneyArbitraries.rowStages();
  }
}
