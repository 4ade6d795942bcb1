package dev.valuex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  static final Path SAMPLE = CommandsTest.SAMPLE;

  @TempDir Path tmp;

  @Test
  void knowsAJourneyAndTheStageTagsImportWrites() {
    Path tags = tmp.resolve("tags.json");
    CliRun imported = CliRun.of("import", CommandsTest.SHEET.toString(), "-o",
        tmp.resolve("l.ndjson").toString(), "--journey", SAMPLE.resolve("journey.json").toString(),
        "--stage-tags-output", tags.toString());
    assertEquals(0, imported.code, imported::toString);
    CliRun run = CliRun.of("validate", SAMPLE.resolve("journey.json").toString(),
        tags.toString());
    assertEquals(0, run.code, run::toString);
    assertTrue(run.out.contains("journey.json: ok, ") && run.out.contains("touchpoints in a"
        + " journey"), run::toString);
    assertTrue(run.out.contains("tags.json: ok, stage tags"), run::toString);
  }

  @Test
  void knowsAPolicyFileAndReportsItsProblemsAtTheirPointers() throws Exception {
    Path good = tmp.resolve("policy.json");
    Files.writeString(good, "{\"format\": \"valuex.policy/1\", \"name\": \"workshop\","
        + " \"rules\": [{\"rule\": \"owners-judgement\"}]}");
    Path bad = tmp.resolve("bad-policy.json");
    Files.writeString(bad, "{\"format\": \"valuex.policy/1\", \"name\": \"workshop\","
        + " \"rules\": []}");
    CliRun run = CliRun.of("validate", good.toString(), bad.toString());
    assertEquals(1, run.code, run::toString);
    assertTrue(run.out.contains("policy.json: ok, 1 rules in a balance policy"), run::toString);
    assertTrue(run.out.contains("bad-policy.json: 1 problem"), run::toString);
    assertTrue(run.out.contains("/rules: must hold at least one rule, got []"),
        run::toString);
    assertFalse(run.out.contains("ledger"), run::toString);
  }

  @Test
  void jsonOutputIsAValidationDocumentWithStructuredProblems() throws Exception {
    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"valuex.ledger/1\", \"id\": \"a1\"}");
    CliRun run = CliRun.of("validate", "--format", "json", bad.toString());
    assertEquals(1, run.code, run::toString);
    JsonNode doc = new ObjectMapper().readTree(run.out);
    assertEquals(List.of("format", "valid", "files"), names(doc));
    assertEquals("valuex.validation/1", doc.get("format").asText());
    JsonNode problem = doc.at("/files/0/problems/0");
    assertEquals(List.of("pointer", "rule", "message", "text"), names(problem));
    assertEquals("/subject", problem.get("pointer").asText());
    assertEquals("must be present", problem.get("rule").asText());
    assertEquals("/subject: must be present, got nothing", problem.get("text").asText());
    assertEquals(run.out, CliRun.of("validate", "--format", "json", bad.toString()).out);
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void readsTsvSheetsByExtensionOrDelimiter() throws Exception {
    String header = "subject\tview\tas_of\tside\telement\tevidence";
    String row = "P1\tCURRENT\t2026-03-01\tOUT\tSavings\tcheap, really";
    Path tsv = tmp.resolve("sheet.tsv");
    Files.writeString(tsv, header + "\n" + row + "\n");
    Path txt = tmp.resolve("sheet.csv");
    Files.writeString(txt, "subject;view;as_of;side;element;evidence\n"
        + "P1;CURRENT;2026-03-01;OUT;Savings;cheap\n");
    CliRun run = CliRun.of("validate", tsv.toString());
    assertEquals(0, run.code, run::toString);
    assertTrue(run.out.contains("sheet.tsv: ok, 1 ledgers in a coding sheet"), run::toString);
    CliRun semicolon = CliRun.of("validate", "--delimiter", ";", txt.toString());
    assertEquals(0, semicolon.code, semicolon::toString);
    assertTrue(semicolon.out.contains("sheet.csv: ok, 1 ledgers"), semicolon::toString);
  }

  @Test
  void bytesThatAreNotUtf8GetALocatedProblemNotAnException() throws Exception {
    Path ndjson = tmp.resolve("binary.ndjson");
    Files.write(ndjson, new byte[] {'{', '}', '\n', 'a', (byte) 0xC3, (byte) 0x28, 0});
    Path doc = tmp.resolve("latin1.json");
    Files.write(doc, "{\"owner\": \"Jos\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
    Path sheet = tmp.resolve("latin1.csv");
    Files.write(sheet, "subject,view\nJos\u00e9,CURRENT\n".getBytes(StandardCharsets.ISO_8859_1));
    CliRun run = CliRun.of("validate", ndjson.toString(), doc.toString(), sheet.toString());
    assertEquals(1, run.code, run::toString);
    assertTrue(run.out.contains("line 2, column 2: file must be UTF-8 text, got byte 0xC3 at"
        + " offset 4"), run::toString);
    assertTrue(run.out.contains("line 1, column 15: file must be UTF-8 text, got byte 0xE9 at"
        + " offset 14"), run::toString);
    assertTrue(run.out.contains("line 2, column 4: file must be UTF-8 text, got byte 0xE9"),
        run::toString);
    assertFalse(run.out.contains("Exception") || run.err.contains("Exception"), run::toString);
  }
}
