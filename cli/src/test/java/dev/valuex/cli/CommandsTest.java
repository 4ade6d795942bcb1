package dev.valuex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.valuex.catalog.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each command, run as a user would, with its output and exit code. */
class CommandsTest {
  static final Path SAMPLE = Path.of("src/main/resources/dev/valuex/cli/sample");
  static final Path SHEET = SAMPLE.resolve("coding-sheet.csv");
  static final Path PLAN = SAMPLE.resolve("plan.json");

  @TempDir Path tmp;

  @Test
  void importWritesOneNdjsonLinePerLedger() throws Exception {
    Path out = tmp.resolve("ledgers.ndjson");
    CliRun run = CliRun.of("import", SHEET.toString(), "-o", out.toString());
    assertEquals(0, run.code, run::toString);
    assertEquals(50, Files.readAllLines(out).size());
    assertTrue(run.out.contains("Imported 409 statements into 50 ledgers"), run::toString);
  }

  @Test
  void analyzeBreaksPatternsDownBySegment() throws Exception {
    Path ledgers = tmp.resolve("ledgers.ndjson");
    assertEquals(0, CliRun.of("import", SHEET.toString(), "-o", ledgers.toString()).code);
    CliRun run = CliRun.of("analyze", ledgers.toString(), "--by", "segment");
    assertEquals(0, run.code, run::toString);
    for (String segment : List.of("commuter", "leisure", "student")) {
      assertTrue(run.out.contains("segment " + segment), run::toString);
    }
    assertTrue(run.out.contains("Summary set proposed"), run::toString);
  }

  @Test
  void analyzeAsJsonCountsEveryLedger() throws Exception {
    CliRun run = CliRun.of("analyze", SHEET.toString(), "--by", "view", "--format", "json");
    assertEquals(0, run.code, run::toString);
    JsonNode json = new ObjectMapper().readTree(run.out);
    assertEquals(50, json.get("ledgers").asInt());
    assertEquals("view CURRENT", json.get("slices").get(1).get("slice").asText());
  }

  @Test
  void assessSummarisesAndPrintsEveryLedgerWithDetails() {
    CliRun run = CliRun.of("assess", SHEET.toString());
    assertEquals(0, run.code, run::toString);
    assertTrue(run.out.startsWith("Policy 'valuex standard' over 50 ledgers"), run::toString);
    assertTrue(run.out.contains("weighted-ratio"), run::toString);
    assertTrue(run.out.lines().count() < 30, run::toString);
    assertTrue(run.out.contains("Owners' judgements: 15 of 50 ledgers"), run::toString);
    assertTrue(run.out.contains("  weighted-ratio    gets more (OUT_HEAVY) 45, balanced (BALANCED)"
        + " 4, gives more (IN_HEAVY) 1\n"
        + "                    agrees with the owner on 6, disagrees on 7\n"), run::toString);
    assertTrue(run.out.contains("Ledgers where a rule disagrees with the owner: 8\n"),
        run::toString);
    CliRun details = CliRun.of("assess", SHEET.toString(), "--details");
    assertTrue(details.out.contains("p40-desired (DESIRED view"), details::toString);
  }

  @Test
  void assessReadsADeclaredPolicyFile() throws Exception {
    Path policy = tmp.resolve("policy.json");
    Files.writeString(policy, "{\"format\": \"valuex.policy/1\", \"name\": \"parity only\","
        + " \"rules\": [{\"rule\": \"count-parity\", \"max_difference\": 1}]}");
    CliRun run = CliRun.of("assess", SHEET.toString(), "--policy", policy.toString());
    assertEquals(0, run.code, run::toString);
    assertTrue(run.out.startsWith("Policy 'parity only' over 50 ledgers"), run::toString);
  }

  @Test
  void theReadmesPolicyFileIsAValidPolicy() throws Exception {
    String json = OutputSchemas.sample("README.md", "A policy file declares the rules");
    Path policy = tmp.resolve("workshop.json");
    Files.writeString(policy, json);
    CliRun run = CliRun.of("assess", SHEET.toString(), "--policy", policy.toString());
    assertEquals(0, run.code, run::toString);
    assertTrue(run.out.startsWith("Policy 'workshop' over 50 ledgers"), run::toString);
    assertTrue(run.out.contains("pairing-coverage"), run::toString);
  }

  @Test
  void assessReportsEveryProblemOfABadPolicyFile() throws Exception {
    Path policy = tmp.resolve("policy.json");
    Files.writeString(policy, "{\"format\": \"valuex.policy/1\", \"rules\": [{\"rule\":"
        + " \"gut-feeling\"}, {\"rule\": \"weighted-ratio\", \"tolerance\": \"wide\"}]}");
    CliRun run = CliRun.of("assess", SHEET.toString(), "--policy", policy.toString());
    assertEquals(1, run.code, run::toString);
    assertTrue(run.err.contains("  /name: must be present, got nothing"), run::toString);
    assertTrue(run.err.contains("  /rules/0/rule: must be one of \"weighted-ratio\","
        + " \"pairing-coverage\", \"count-parity\", \"owners-judgement\", got"
        + " \"gut-feeling\""), run::toString);
    assertTrue(run.err.contains("  /rules/1/tolerance: must be a number of at least 0, got"
        + " \"wide\""), run::toString);
  }

  @Test
  void planStatusShowsEachRowAfterTheLatestReview() {
    CliRun run = CliRun.of("plan", "status", PLAN.toString());
    assertEquals(0, run.code, run::toString);
    assertTrue(run.out.contains("2 reviews"), run::toString);
    assertTrue(run.out.contains("SIMPLIFICATION"), run::toString);
  }

  @Test
  void catalogShowFindsACardByNameIgnoringPunctuation() {
    CliRun run = CliRun.of("catalog", "show", "status", "recognition");
    assertEquals(0, run.code, run::toString);
    assertTrue(run.out.contains(Catalog.defaults().require("Status/Recognition").id()
        .toString()), run::toString);
  }

  @Test
  void catalogListFiltersByPerspective() {
    CliRun run = CliRun.of("catalog", "list", "--perspective", "employee");
    assertEquals(0, run.code, run::toString);
    long lines = run.out.lines().count();
    assertEquals(Catalog.defaults().deck(dev.valuex.core.Perspective.EMPLOYEE).size(), lines);
  }

  @Test
  void catalogSearchRanksCardsForKeywords() {
    CliRun run = CliRun.of("catalog", "search", "cheaper", "price");
    assertEquals(0, run.code, run::toString);
    assertTrue(run.out.lines().findFirst().orElse("").startsWith("SAVINGS"), run::toString);
  }

  @Test
  void catalogShowOfAnUnknownCardListsTheNearestNames() {
    CliRun run = CliRun.of("catalog", "show", "Savngs");
    assertEquals(1, run.code, run::toString);
    assertTrue(run.err.contains("Unknown value element 'Savngs'"), run::toString);
    assertTrue(run.err.contains("SAVINGS"), run::toString);
  }

  @Test
  void suggestPrintsTheStatementThenTheTopNamesAsTsv() {
    CliRun run = CliRun.suggest("I always look around to get the best deal\n\n"
        + "I want to know my data is kept private\n", "--top", "2", "--format", "tsv");
    assertEquals(0, run.code, run::toString);
    List<String> lines = run.out.lines().toList();
    assertEquals(2, lines.size(), run::toString);
    String[] first = lines.get(0).split("\t");
    assertEquals("I always look around to get the best deal", first[0]);
    assertEquals(3, first.length);
    assertEquals("SAVINGS", first[1]);
  }

  @Test
  void validateAcceptsTheSampleFiles() {
    CliRun run = CliRun.of("validate", SHEET.toString(), PLAN.toString(),
        SAMPLE.resolve("program.json").toString());
    assertEquals(0, run.code, run::toString);
    assertEquals(3, run.out.lines().filter(l -> l.contains(": ok, ")).count(), run::toString);
  }

  @Test
  void validateListsEveryBadLineOfAnNdjsonStream() throws Exception {
    Path ledgers = tmp.resolve("ledgers.ndjson");
    assertEquals(0, CliRun.of("import", SHEET.toString(), "-o", ledgers.toString()).code);
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(ledgers));
    lines.set(2, "{\"format\": \"valuex.ledger/1\"}");
    lines.set(5, "not json");
    Files.write(ledgers, lines);
    CliRun run = CliRun.of("validate", ledgers.toString());
    assertEquals(1, run.code, run::toString);
    assertTrue(run.out.contains("line 3: "), run::toString);
    assertTrue(run.out.contains("(line 6, column "), run::toString);
  }

  @Test
  void malformedSheetIsAProblemInTheDataWithRowNumbers() throws Exception {
    Path sheet = tmp.resolve("bad.csv");
    Files.writeString(sheet, "subject,view,as_of,side,element,evidence\n"
        + "P1,CURRENT,2026-03-01,OUT,Savings,cheap\n"
        + "P1,SOMEDAY,2026-03-01,OUT,Savings,cheaper\n"
        + "P2,CURRENT,2026-03-01,SIDEWAYS,Savings,cheapest\n");
    CliRun run = CliRun.of("import", sheet.toString(), "-o", tmp.resolve("x.ndjson").toString());
    assertEquals(1, run.code, run::toString);
    assertTrue(run.err.contains("row 3"), run::toString);
    assertTrue(run.err.contains("row 4"), run::toString);
    assertTrue(!Files.exists(tmp.resolve("x.ndjson")), "nothing is written on error");
  }

  @Test
  void unknownElementInASheetNamesTheNearestCards() throws Exception {
    Path sheet = tmp.resolve("typo.csv");
    Files.writeString(sheet, "subject,view,as_of,side,element,evidence\n"
        + "P1,CURRENT,2026-03-01,OUT,Peace of Mnd,I can relax\n");
    CliRun run = CliRun.of("import", sheet.toString(), "-o", tmp.resolve("x.ndjson").toString());
    assertEquals(1, run.code, run::toString);
    assertTrue(run.err.contains("Peace of Mnd"), run::toString);
    assertTrue(run.err.contains("PEACE OF MIND"), run::toString);
  }

  @Test
  void missingFileIsAUsageError() {
    CliRun run = CliRun.of("analyze", tmp.resolve("nowhere.ndjson").toString());
    assertEquals(2, run.code, run::toString);
    assertTrue(run.err.contains("no such file"), run::toString);
    assertTrue(run.err.contains("hint:"), run::toString);
  }

  @Test
  void unknownOptionAndBadFormatAreUsageErrors() {
    assertEquals(2, CliRun.of("analyze", SHEET.toString(), "--colour").code);
    CliRun run = CliRun.of("analyze", SHEET.toString(), "--format", "yaml");
    assertEquals(2, run.code, run::toString);
    assertTrue(run.err.contains("--format must be text or json, got 'yaml'"), run::toString);
  }
}
