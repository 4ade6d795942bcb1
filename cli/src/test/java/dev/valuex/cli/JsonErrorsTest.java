package dev.valuex.cli;

import static dev.valuex.cli.OutputSchemas.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under {@code --format json} a failure is one {@code valuex.error/1} document on standard
 * error, with the exit code the text output has, and nothing on standard output.
 */
class JsonErrorsTest {
  @TempDir Path tmp;

  /** Runs a failing command and returns its error document, checked against the schema. */
  private static JsonNode error(int code, String... args) throws Exception {
    CliRun run = CliRun.of(args);
    assertEquals(code, run.code, run::toString);
    assertEquals("", run.out, run::toString);
    JsonNode doc = valid(run.err, "valuex.error/1");
    assertEquals(code, doc.get("exit_code").asInt());
    assertEquals(run.err, CliRun.of(args).err, "the same failure gives the same bytes");
    return doc;
  }

  @Test
  void aFileWithProblemsListsEachProblemAtItsPointer() throws Exception {
    Path bad = Files.writeString(tmp.resolve("bad.json"),
        "{\"format\": \"valuex.ledger/1\", \"id\": \"a1\", \"view\": \"now\"}");
    JsonNode doc = error(Main.PROBLEMS, "assess", bad.toString(), "--format", "json");
    assertEquals(bad + ": 6 problems", doc.get("message").asText());
    assertEquals(bad.toString(), doc.get("source").asText());
    assertTrue(doc.get("hint").asText().startsWith("fix the data where each problem says"),
        doc::toString);
    JsonNode view = doc.get("problems").findParents("pointer").stream()
        .filter(p -> p.get("pointer").asText().equals("/view")).findFirst().orElseThrow();
    assertEquals("must be one of \"current\", \"desired\"", view.get("rule").asText());
    assertEquals("/view: must be one of \"current\", \"desired\", got \"now\"",
        view.get("text").asText());
    CliRun text = CliRun.of("assess", bad.toString());
    assertTrue(text.err.startsWith("valuex: " + bad + ": 6 problems"), text::toString);
  }

  @Test
  void theFormatReferenceSampleIsWhatAssessPrintsForItsFile() throws Exception {
    String sample = OutputSchemas.sample("interchange/FORMAT.md",
        "### Errors under `--format json` (`valuex.error/1`)");
    valid(sample, "valuex.error/1");
    Path ledgers = tmp.resolve("ledgers.ndjson");
    assertEquals(Main.OK, CliRun.of("import", CommandsTest.SHEET.toString(), "-o",
        ledgers.toString()).code);
    String ledger = Files.readAllLines(ledgers).get(0);
    assertTrue(ledger.contains("\"view\":\"current\""), ledger);
    Path bad = Files.writeString(tmp.resolve("bad.json"),
        ledger.replace("\"view\":\"current\"", "\"view\":\"now\""));
    CliRun run = CliRun.of("assess", bad.toString(), "--format", "json");
    assertEquals(sample.replace("bad.json", bad.toString()), run.err);
  }

  @Test
  void aBadOptionValueIsAUsageErrorWithItsHint() throws Exception {
    JsonNode doc = error(Main.USAGE, "analyze", CommandsTest.SHEET.toString(), "--view",
        "sideways", "--format", "json");
    assertEquals("--view must be current, desired or all, got 'sideways'",
        doc.get("message").asText());
    assertEquals("use --view current to count only the exchange as it is",
        doc.get("hint").asText());
    assertTrue(doc.get("problems").isEmpty(), doc::toString);
    assertTrue(!doc.has("source"), doc::toString);
  }

  @Test
  void aMissingFileIsAUsageError() throws Exception {
    Path missing = tmp.resolve("missing.json");
    JsonNode doc = error(Main.USAGE, "plan", "status", missing.toString(), "--format=json");
    assertEquals("no such file: " + missing, doc.get("message").asText());
  }

  @Test
  void usageErrorsFoundWhileReadingTheCommandLineAreDocumentsToo() throws Exception {
    JsonNode unknown = error(Main.USAGE, "catalog", "list", "--colour", "--format", "json");
    assertEquals("Unknown option: '--colour'", unknown.get("message").asText());
    assertEquals("run 'valuex catalog list --help' for its parameters and options",
        unknown.get("hint").asText());
    JsonNode missing = error(Main.USAGE, "catalog", "show", "--format", "JSON");
    assertEquals("Missing required parameter: 'NAME'", missing.get("message").asText());
    JsonNode wrongType = error(Main.USAGE, "catalog", "search", "price", "--top", "many",
        "--format", "json");
    assertTrue(wrongType.get("message").asText().contains("'many'"), wrongType::toString);
  }

  @Test
  void withoutJsonUsageErrorsStayText() {
    CliRun run = CliRun.of("catalog", "list", "--colour");
    assertEquals(Main.USAGE, run.code, run::toString);
    assertTrue(run.err.startsWith("Unknown option: '--colour'\nUsage: valuex catalog list"),
        run::toString);
    CliRun text = CliRun.of("catalog", "list", "--colour", "--format", "text");
    assertEquals(run.err, text.err);
  }

  @Test
  void aPolicyFileOfTheEarlierFormSaysHowToConvertIt() throws Exception {
    Path policy = Files.writeString(tmp.resolve("policy.json"), "{\"name\": \"parity\","
        + " \"rules\": [{\"rule\": \"count-parity\", \"maxDifference\": 1}]}");
    JsonNode doc = error(Main.PROBLEMS, "assess", CommandsTest.SHEET.toString(), "--policy",
        policy.toString(), "--format", "json");
    assertEquals(policy + ": 2 problems", doc.get("message").asText());
    assertEquals("/format", doc.get("problems").get(0).get("pointer").asText());
    assertTrue(doc.get("problems").get(0).get("message").asText().contains(
        "add \"format\": \"valuex.policy/1\""), doc::toString);
    assertEquals("/rules/0/maxDifference: must be a field of a policy rule (rule,"
        + " max_difference), got unknown field; valuex.policy/1 calls it max_difference",
        doc.get("problems").get(1).get("text").asText());
  }

  @Test
  void runningOutOfMemoryIsAMessageWithTheWayOutNotAStackTrace() throws Exception {
    java.io.StringWriter json = new java.io.StringWriter();
    assertEquals(Main.PROBLEMS, Main.outOfMemory(new java.io.PrintWriter(json), true));
    JsonNode doc = valid(json.toString(), "valuex.error/1");
    assertTrue(doc.get("message").asText().startsWith("ran out of memory: the Java heap (at"
        + " most "), doc::toString);
    assertTrue(doc.get("hint").asText().contains("JAVA_OPTS=-Xmx8g ./valuex"), doc::toString);
    java.io.StringWriter text = new java.io.StringWriter();
    Main.outOfMemory(new java.io.PrintWriter(text), false);
    assertTrue(text.toString().startsWith("valuex: ran out of memory"), text::toString);
    assertTrue(text.toString().contains("\nhint: give Java a larger heap"), text::toString);
  }
}
