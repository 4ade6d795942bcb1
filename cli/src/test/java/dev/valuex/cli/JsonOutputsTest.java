package dev.valuex.cli;

import static dev.valuex.cli.OutputSchemas.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.valuex.catalog.Catalog;
import dev.valuex.interchange.ValuexJson;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code --format json} output speaks the documents' dialect: a {@code format} marker,
 * snake-case keys in the schema's order, lower-case tokens, elements by id and card name, and
 * the same bytes for the same input.
 */
class JsonOutputsTest {
  static final Path JOURNEY = CommandsTest.SAMPLE.resolve("journey.json");

  @TempDir Path tmp;

  /** Runs the command twice, asserts it succeeds with the same bytes, and returns the output. */
  private static String twice(String... args) {
    CliRun first = CliRun.of(args);
    assertEquals(Main.OK, first.code, first::toString);
    assertEquals("", first.err, first::toString);
    assertEquals(first.out, CliRun.of(args).out, "the same input gives the same bytes");
    return first.out;
  }

  @Test
  void catalogListIsACatalogDocumentNamingEachCardByIdAndName() throws Exception {
    JsonNode doc = valid(twice("catalog", "list", "--perspective", "business-owner",
        "--format", "json"), "valuex.catalog/1");
    assertEquals("business_owner", doc.get("perspective").asText());
    assertEquals(Catalog.defaults().deck(dev.valuex.core.Perspective.BUSINESS_OWNER).size(),
        doc.get("cards").size());
    JsonNode card = doc.get("cards").get(0);
    assertEquals(List.of("element", "card", "short_phrase", "sentence", "perspective",
        "category", "typical_side", "keywords", "example_statements", "example_measures"),
        OutputSchemas.names(card));
    assertTrue(card.get("element").asText().startsWith("business-owner."), card::toString);
    assertEquals("business_owner", card.get("perspective").asText());
    assertFalse(valid(twice("catalog", "list", "--format", "json"), "valuex.catalog/1")
        .has("perspective"), "no perspective when all decks are listed");
  }

  @Test
  void catalogShowPrintsTheCardsElementDocument() throws Exception {
    String out = twice("catalog", "show", "peace", "of", "mind", "--format", "json");
    valid(out, "valuex.element/1");
    assertEquals(Catalog.defaults().require("peace of mind"),
        ValuexJson.create().readElement(out));
  }

  @Test
  void catalogSearchRanksCardsShapedLikeSuggestions() throws Exception {
    JsonNode doc = valid(twice("catalog", "search", "cheaper", "price", "--top", "2",
        "--format", "json"), "valuex.card-search/1");
    assertEquals("cheaper price", doc.get("query").asText());
    assertEquals(2, doc.get("results").size());
    JsonNode best = doc.get("results").get(0);
    assertEquals("customer.savings", best.get("element").asText());
    assertEquals("SAVINGS", best.get("card").asText());
    assertEquals("out", best.get("side").asText());
    assertEquals("[\"cheaper\",\"price\"]", best.get("matched_terms").toString());
  }

  @Test
  void planStatusNamesRowsByIdAndCardWithLowerCaseStates() throws Exception {
    JsonNode doc = valid(twice("plan", "status", CommandsTest.PLAN.toString(), "--format",
        "json"), "valuex.plan-status/1");
    assertEquals("pedal-commons-value-plan-2026", doc.get("plan").asText());
    assertEquals(2, doc.get("reviews").asInt());
    assertEquals("2026-06-30", doc.get("as_of").asText());
    JsonNode row = doc.get("rows").get(0);
    assertEquals("customer.time-saving", row.get("element").asText());
    assertEquals("TIME SAVING", row.get("card").asText());
    assertEquals("out", row.get("side").asText());
    assertEquals("on_track", row.get("state").asText());
    JsonNode measure = doc.get("measures").get(0);
    assertEquals("time from opening the app to riding away", measure.get("measure").asText());
    assertEquals("improving", measure.get("trend").asText());
    assertEquals(52.0, measure.get("actual").asDouble());
    assertFalse(measure.get("met").asBoolean());
    assertEquals(doc.get("complete").asBoolean(), doc.get("gaps").isEmpty());
  }

  @Test
  void importSummaryIsAnImportDocument() throws Exception {
    String ledgers = tmp.resolve("ledgers.ndjson").toString();
    String tags = tmp.resolve("tags.json").toString();
    CliRun first = CliRun.of("import", CommandsTest.SHEET.toString(), "-o", ledgers,
        "--journey", JOURNEY.toString(), "--stage-tags-output", tags, "--format", "json");
    assertEquals(Main.OK, first.code, first::toString);
    JsonNode doc = valid(first.out, "valuex.import/1");
    assertEquals(50, doc.get("ledgers").asInt());
    assertEquals(409, doc.get("statements").asInt());
    assertEquals(ledgers, doc.get("output").asText());
    assertEquals(33, doc.get("tagged_entries").asInt());
    assertEquals(tags, doc.get("stage_tags_output").asText());
    assertEquals(first.out, CliRun.of("import", CommandsTest.SHEET.toString(), "-o", ledgers,
        "--journey", JOURNEY.toString(), "--stage-tags-output", tags, "--format", "json",
        "--force").out, "the same input gives the same bytes");
  }

  @Test
  void demoEmbedsTheDocumentsTheSingleCommandsPrint() throws Exception {
    String out = tmp.resolve("report").toString();
    CliRun first = CliRun.of("demo", "--out", out, "--format", "json");
    assertEquals(Main.OK, first.code, first::toString);
    JsonNode doc = valid(first.out, "valuex.demo/1");
    assertEquals(50, doc.get("ledgers").asInt());
    assertEquals(doc.get("ledgers").asInt(), doc.get("current_ledgers").asInt()
        + doc.get("desired_ledgers").asInt());
    assertEquals(Path.of(out, DemoCommand.REPORT).toString(), doc.get("report").asText());
    JsonNode assessment = valid(doc.get("assessment"), "valuex.assessment/1");
    assertEquals(OutputSchemas.MAPPER.readTree(CliRun.of("assess",
        CommandsTest.SHEET.toString(), "--format", "json").out), assessment,
        "the demo's assessment is what valuex assess prints for the sample");
    JsonNode analysis = valid(doc.get("analysis"), "valuex.analysis/1");
    assertEquals(OutputSchemas.MAPPER.readTree(CliRun.of("analyze",
        CommandsTest.SHEET.toString(), "--by", "segment", "--top", "5", "--pairs", "10",
        "--min-together", "5", "--journey", JOURNEY.toString(), "--format", "json").out),
        analysis, "the demo's patterns are what valuex analyze prints for the sample");
    JsonNode journey = analysis.get("journey");
    assertEquals("pre_purchase", journey.get("stages").get(0).get("phase").asText());
    assertTrue(journey.get("gaps").findValuesAsText("kind").contains("missing_hand_off"),
        journey::toString);
    JsonNode reviews = doc.get("plan_reviews");
    assertEquals(2, reviews.size());
    for (int i = 0; i < reviews.size(); i++) {
      assertEquals(i + 1, valid(reviews.get(i), "valuex.plan-status/1").get("reviews").asInt());
    }
    assertEquals(OutputSchemas.MAPPER.readTree(CliRun.of("plan", "status",
        CommandsTest.PLAN.toString(), "--format", "json").out), reviews.get(1),
        "after the last review the status is what valuex plan status prints");
    JsonNode finding = doc.get("program").get("findings").get(0);
    assertEquals("unpaired_benefit", finding.get("kind").asText());
    assertEquals("[\"b6\"]", finding.get("about").toString());
    assertFalse(finding.get("explanation").asText().contains("'b6'"), finding::toString);
    assertEquals(first.out, CliRun.of("demo", "--out", out, "--format", "json", "--force").out,
        "the same input gives the same bytes");
  }
}
