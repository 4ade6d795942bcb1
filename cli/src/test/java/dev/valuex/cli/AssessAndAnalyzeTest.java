package dev.valuex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.valuex.interchange.ValuexJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** assess and analyze: summaries a person can read, and JSON a script can rely on. */
class AssessAndAnalyzeTest {
  static final String HEADER = "subject,segments,view,as_of,side,element,importance,verdict,"
      + "rationale,recorded_by,recorded_on\n";
  static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path tmp;

  /** Three riders: one whose owner agrees with the rules, one who disagrees, one unjudged. */
  private Path study() throws IOException {
    return Files.writeString(tmp.resolve("study.csv"), HEADER
        + "P1,commuter,CURRENT,2026-03-01,OUT,Time Saving,5,owner_gets_more,"
        + "I win fourteen minutes a day,researcher-1,2026-03-01\n"
        + "P1,commuter,CURRENT,2026-03-01,IN,Money,2,,,,\n"
        + "P2,commuter,CURRENT,2026-03-02,OUT,Reliability,5,owner_gives_more,"
        + "\"I pay for the year, and the dock is empty\",researcher-1,2026-03-02\n"
        + "P2,commuter,CURRENT,2026-03-02,IN,Money,2,,,,\n"
        + "P3,student,CURRENT,2026-03-03,OUT,Savings,3,,,,\n"
        + "P3,student,CURRENT,2026-03-03,IN,Personal Data,3,,,,\n"
        + "P3,student,DESIRED,2026-03-03,OUT,Savings,5,,,,\n"
        + "P3,student,DESIRED,2026-03-03,IN,Personal Data,1,,,,\n");
  }

  private static JsonSchema schema(String name) throws IOException {
    try (InputStream in = ValuexJson.class.getResourceAsStream(name)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private static JsonNode valid(String json, String schema) throws IOException {
    JsonNode node = MAPPER.readTree(json);
    Set<ValidationMessage> problems = schema(schema).validate(node);
    assertEquals(Set.of(), problems, json);
    return node;
  }

  @Test
  void assessSummarisesAndNamesWhereRulesAndOwnersDisagree() throws IOException {
    CliRun run = CliRun.of("assess", study().toString());
    assertEquals(Main.OK, run.code, run::toString);
    assertTrue(run.out.startsWith("Policy 'valuex standard' over 4 ledgers (3 CURRENT,"
        + " 1 DESIRED)\n"), run::toString);
    assertTrue(run.out.contains("Owners' judgements: 2 of 4 ledgers: gives more"
        + " (OWNER_GIVES_MORE) 1, gets more (OWNER_GETS_MORE) 1"), run::toString);
    assertTrue(run.out.contains("  weighted-ratio    gets more (OUT_HEAVY) 3, balanced"
        + " (BALANCED) 1\n"), run::toString);
    assertTrue(run.out.contains("agrees with the owner on 1, disagrees on 1"), run::toString);
    assertTrue(run.out.contains("Ledgers where a rule disagrees with the owner: 2\n"
        + "  p1-current: owner P1 says gets more (OWNER_GETS_MORE); count-parity says balanced"
        + " (BALANCED)\n"
        + "  p2-current: owner P2 says gives more (OWNER_GIVES_MORE); weighted-ratio says gets"
        + " more (OUT_HEAVY), count-parity says balanced (BALANCED)\n"), run::toString);
    assertFalse(run.out.contains("OUT importance"), "explanations only with --details");
    CliRun details = CliRun.of("assess", study().toString(), "--details");
    assertTrue(details.out.contains("p3-desired (DESIRED view; owner P3: no judgement)"),
        details::toString);
    assertTrue(details.out.contains("OUT importance 5 over IN importance 2"), details::toString);
  }

  @Test
  void assessJsonIsAnAssessmentDocument() throws IOException {
    Path study = study();
    CliRun run = CliRun.of("assess", study.toString(), "--format", "json", "--details");
    assertEquals(Main.OK, run.code, run::toString);
    JsonNode json = valid(run.out, "valuex.assessment-1.schema.json");
    assertEquals("valuex.assessment/1", json.get("format").asText());
    assertEquals(List.of("format", "policy", "ledgers", "current_ledgers", "desired_ledgers",
        "judged_ledgers", "judgements", "rules", "disagreements", "details"), fields(json));
    JsonNode disagreement = json.get("disagreements").get(1);
    assertEquals("p2-current", disagreement.get("ledger").asText());
    assertEquals("owner_gives_more", disagreement.get("verdict").asText());
    assertEquals("I pay for the year, and the dock is empty",
        disagreement.get("rationale").asText());
    assertEquals("out_heavy", disagreement.get("assessments").get(0).get("status").asText());
    assertEquals(4, json.get("details").size());
    assertEquals(run.out, CliRun.of("assess", study.toString(), "--format", "json",
        "--details").out, "the same input gives the same bytes");
  }

  @Test
  void analyzeCountsOneViewBySegment() throws IOException {
    CliRun run = CliRun.of("analyze", study().toString(), "--view", "current", "--by",
        "segment", "--min-together", "1");
    assertEquals(Main.OK, run.code, run::toString);
    assertTrue(run.out.startsWith("3 ledgers (only CURRENT ledgers counted; 1 DESIRED left"
        + " out)\n"), run::toString);
    assertTrue(run.out.contains("segment commuter (2 ledgers)\n"
        + "  OUT RELIABILITY 50% (1), TIME SAVING 50% (1)\n"
        + "  IN  MONEY 100% (2)\n"
        + "  owners say: gives more (OWNER_GIVES_MORE) 1, gets more (OWNER_GETS_MORE) 1\n"),
        run::toString);
    assertTrue(run.out.contains("segment student (1 ledgers)\n  OUT SAVINGS 100% (1)\n"),
        run::toString);
    assertTrue(run.out.contains("Pairs seen together in at least 1 ledgers, strongest lift"
        + " first:\n  PERSONAL DATA IN with SAVINGS OUT: 1 ledgers, lift 3.00"), run::toString);
    CliRun both = CliRun.of("analyze", study().toString());
    assertTrue(both.out.startsWith("4 ledgers (3 CURRENT and 1 DESIRED counted together;"
        + " --view current or --by view counts them apart)"), both::toString);
  }

  @Test
  void analyzeJsonIsAnAnalysisDocumentWithPairsByIdAndCard() throws IOException {
    Path study = study();
    String[] args = {"analyze", study.toString(), "--view", "current", "--format", "json",
        "--min-together", "1"};
    CliRun run = CliRun.of(args);
    assertEquals(Main.OK, run.code, run::toString);
    JsonNode json = valid(run.out, "valuex.analysis-1.schema.json");
    assertEquals(List.of("format", "view", "by", "ledgers", "current_ledgers",
        "desired_ledgers", "left_out_ledgers", "slices", "min_together", "pairs",
        "summary_set"), fields(json));
    assertEquals("current", json.get("view").asText());
    assertEquals(1, json.get("left_out_ledgers").asInt());
    JsonNode commuter = json.get("slices").get(1);
    assertEquals("segment commuter", commuter.get("slice").asText());
    assertEquals("customer.money", commuter.get("in").get(0).get("element").asText());
    assertEquals("MONEY", commuter.get("in").get(0).get("card").asText());
    JsonNode pair = json.get("pairs").get(0);
    assertEquals("PERSONAL DATA", pair.get("antecedent").get("card").asText());
    assertEquals("in", pair.get("antecedent").get("side").asText());
    assertEquals(3.0, pair.get("lift").asDouble(), 1e-9);
    assertEquals(run.out, CliRun.of(args).out, "the same input gives the same bytes");
  }

  @Test
  void analyzeRefusesAViewItCannotName() throws IOException {
    CliRun run = CliRun.of("analyze", study().toString(), "--view", "someday");
    assertEquals(Main.USAGE, run.code, run::toString);
    assertTrue(run.err.contains("--view must be current, desired or all, got 'someday'"),
        run::toString);
  }

  private static List<String> fields(JsonNode json) {
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void analyzeCountsAStreamAsItReadsAndStillRefusesItWholeOnABadLine() throws IOException {
    Path stream = tmp.resolve("study.ndjson");
    assertEquals(Main.OK, CliRun.of("import", study().toString(), "-o", stream.toString()).code);
    String[] bySheet = {"analyze", study().toString(), "--by", "view", "--format", "json"};
    CliRun fromStream = CliRun.of("analyze", stream.toString(), "--by", "view", "--format",
        "json");
    assertEquals(Main.OK, fromStream.code, fromStream::toString);
    assertEquals(CliRun.of(bySheet).out, fromStream.out,
        "a stream counted as it is read gives the analysis of the same ledgers read whole");

    Files.writeString(stream, "{\"format\":\"valuex.ledger/1\"}\n",
        java.nio.file.StandardOpenOption.APPEND);
    CliRun bad = CliRun.of("analyze", stream.toString());
    assertEquals(Main.PROBLEMS, bad.code, bad::toString);
    assertEquals("", bad.out, "nothing is printed from the ledgers counted before the bad line");
    assertTrue(bad.err.contains("line 5"), bad::toString);
  }
}
