package dev.valuex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreeCommandTest {
  static final Path SAMPLE = Path.of("src/main/resources/dev/valuex/cli/sample");
  static final Path FIRST = SAMPLE.resolve("coding-sheet.csv");
  static final Path SECOND = SAMPLE.resolve("second-coder.csv");

  @TempDir Path tmp;

  private static JsonNode measure(JsonNode doc, String name) {
    for (JsonNode m : doc.get("measures")) {
      if (m.get("measure").asText().equals(name)) {
        return m;
      }
    }
    return null;
  }

  @Test
  void comparesTheBundledSampleWithTheSecondResearchersSheet() throws Exception {
    CliRun run = CliRun.of("agree", FIRST.toString(), SECOND.toString(), "--format", "json");
    assertEquals(0, run.code, run::toString);
    JsonNode doc = new ObjectMapper().readTree(run.out);
    assertEquals("valuex.agreement/1", doc.get("format").asText());
    assertEquals("[\"coding-sheet\",\"second-coder\"]", doc.get("coders").toString());
    assertEquals("subject_and_text", doc.get("matched_by").asText());
    assertEquals(52, doc.get("statements").get("shared").asInt());
    assertEquals(409 - 52, doc.get("statements").get("partial").asInt());
    assertEquals(20, doc.get("statements").get("disagreed").asInt());
    // Worked out beforehand with a hand-written Python check: po = 32/52, pe = 0.04105.
    assertEquals(0.5989201696876205, measure(doc, "cohens_kappa").get("value").asDouble(),
        1e-9);
    assertEquals(32.0 / 52, measure(doc, "percent_agreement").get("value").asDouble(), 1e-12);
    assertTrue(measure(doc, "masi_alpha").get("value").asDouble()
        > measure(doc, "krippendorff_alpha").get("value").asDouble(),
        "partial overlaps get partial credit");
    assertEquals(run.out, CliRun.of("agree", FIRST.toString(), SECOND.toString(), "--format",
        "json").out, "the same input gives the same output, intervals included");
  }

  @Test
  void sampleOptionComparesTheBundledSheetsInText() {
    CliRun run = CliRun.of("agree", "--sample");
    assertEquals(0, run.code, run::toString);
    assertTrue(run.out.startsWith("Agreement between 2 coders: coding-sheet, second-coder\n"
        + "Statements matched by subject and text; sides count.\n"
        + "409 statements: 52 coded by two coders or more, 32 coded alike, 20 to reconcile,"
        + " 357 missing from some sheets.\n"), run::toString);
    assertTrue(run.out.contains("Cohen's kappa           0.60  ["), run::toString);
    assertTrue(run.out.contains("To reconcile (20):\n  P14 \"I like the monthly summary email:"
        + " kilometres, rides, all that. I screenshot it.\"\n    coding-sheet: ACHIEVEMENT OUT\n"
        + "    second-coder: INFORMATION OUT\n"), run::toString);
    assertTrue(run.out.contains("... and 347 more (--format json lists them all)"),
        run::toString);
  }

  @Test
  void ignoringSidesMergesAnElementsTwoSides() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(CliRun.of("agree", "--sample", "--ignore-side",
        "--format", "json").out);
    assertTrue(doc.get("ignore_side").asBoolean());
    for (JsonNode e : doc.get("elements")) {
      assertFalse(e.has("side"), e::toString);
    }
  }

  @Test
  void suggesterTakesPartAsOneMoreCoder() throws Exception {
    CliRun run = CliRun.of("agree", FIRST.toString(), SECOND.toString(), "--with-suggester",
        "--suggest-method", "lexical", "--format", "json");
    assertEquals(0, run.code, run::toString);
    JsonNode doc = new ObjectMapper().readTree(run.out);
    assertEquals("[\"coding-sheet\",\"second-coder\",\"suggester\"]",
        doc.get("coders").toString());
    assertEquals(null, measure(doc, "cohens_kappa"), "Cohen's kappa is for two coders");
    assertTrue(measure(doc, "fleiss_kappa").get("statements").asInt() > 0, run::toString);
  }

  @Test
  void oneSheetWithTheSuggesterIsEnough() {
    CliRun run = CliRun.of("agree", SECOND.toString(), "--with-suggester",
        "--suggest-method", "lexical");
    assertEquals(0, run.code, run::toString);
    assertTrue(run.out.startsWith("Agreement between 2 coders: second-coder, suggester"),
        run::toString);
  }

  @Test
  void textSaysCohensKappaIsForTwoCodersOnly() {
    CliRun run = CliRun.of("agree", "--sample", "--with-suggester", "--suggest-method",
        "lexical", "--replicates", "100");
    assertEquals(0, run.code, run::toString);
    assertTrue(run.out.contains("\nCohen's kappa          for two coders only\n"), run::toString);
  }

  @Test
  void oneSheetAloneIsAUsageError() {
    CliRun run = CliRun.of("agree", FIRST.toString());
    assertEquals(Main.USAGE, run.code, run::toString);
    assertTrue(run.err.contains("valuex: agree needs two coders or more, got 1"), run::toString);
    assertTrue(run.err.contains("hint: give two coding sheets, or one with --with-suggester,"
        + " or use --sample"), run::toString);
  }

  @Test
  void sheetsWithNoStatementInCommonAreADataError() throws Exception {
    Path other = tmp.resolve("other.csv");
    Files.writeString(other, "subject,view,as_of,side,element,evidence\n"
        + "P99,current,2026-03-01,out,Savings,Nothing like anything else\n");
    CliRun run = CliRun.of("agree", SECOND.toString(), other.toString());
    assertEquals(Main.PROBLEMS, run.code, run::toString);
    assertTrue(run.err.contains("valuex: Agreement: statements must include one coded by two"
        + " coders or more, got none shared among second-coder, other (53 statements,"
        + " matched by subject and text)"), run::toString);
  }

  @Test
  void theReadmesAgreeSampleIsWhatTheCommandPrints() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    String marker = "$ ./valuex agree --sample\n";
    int start = readme.indexOf(marker);
    assertTrue(start >= 0, "README agree sample not found");
    String shown = readme.substring(start + marker.length(), readme.indexOf("```", start));
    List<String> lines = new ArrayList<>(List.of(shown.split("\n")));
    String out = CliRun.of("agree", "--sample").out;
    for (String line : lines) {
      assertTrue(out.contains(line + "\n"), () -> "README line not printed: " + line
          + "\n--- the command printed:\n" + out);
    }
  }
}
