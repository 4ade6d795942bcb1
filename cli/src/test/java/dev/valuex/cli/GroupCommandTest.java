package dev.valuex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.valuex.core.ElementId;
import dev.valuex.core.Side;
import dev.valuex.core.analysis.GroupLedger;
import dev.valuex.interchange.ValuexJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code valuex group} on the bundled Pedal Commons study. */
class GroupCommandTest {
  @TempDir Path tmp;

  private Path ledgers() {
    Path ledgers = tmp.resolve("ledgers.ndjson");
    CliRun run = CliRun.of("import", CommandsTest.SHEET.toString(), "-o", ledgers.toString());
    assertEquals(0, run.code, run::toString);
    return ledgers;
  }

  @Test
  void composesOneLedgerPerSegmentAndView() {
    CliRun run = CliRun.of("group", ledgers().toString(), "--by", "segment", "--at-least", "0.3");
    assertEquals(0, run.code, run::toString);
    List<String> lines = run.out.lines().toList();
    assertEquals("50 ledgers, 6 groups by segment; an element enters a side when at least 30%"
        + " of members carry it", lines.get(0));
    // The sample's README: every CURRENT commuter ledger seeks Time Saving and Reliability and
    // gives Money; 17 ledgers carry the commuter tag, so 30% is 6 of them (5.1 rounded up).
    assertEquals("commuter (current, commuter-current): 17 members, at least 6", lines.get(1));
    assertTrue(lines.get(2).startsWith("  OUT RELIABILITY 17 (median 5), TIME SAVING 17"),
        run::toString);
    assertTrue(lines.get(3).startsWith("  IN  MONEY 17"), run::toString);
    assertEquals(List.of("commuter (current, commuter-current)", "commuter (desired,"
            + " commuter-desired)", "leisure (current, leisure-current)", "leisure (desired,"
            + " leisure-desired)", "student (current, student-current)", "student (desired,"
            + " student-desired)"),
        lines.stream().filter(l -> !l.startsWith(" ") && l.contains("members, at least"))
            .map(l -> l.substring(0, l.indexOf(')') + 1)).toList());
    assertEquals("", run.err);
  }

  @Test
  void jsonOutputHoldsAGroupLedgerDocumentPerGroupAndMatchesItsSchema() throws Exception {
    CliRun run = CliRun.of("group", CommandsTest.SHEET.toString(), "--at-least", "3",
        "--with-evidence", "--format", "json");
    assertEquals(0, run.code, run::toString);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode out = mapper.readTree(run.out);
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(ValuexJson.schema(GroupCommand.OUTPUT_FORMAT));
    assertEquals(Set.of(), schema.validate(out));
    assertEquals("valuex.groups/1", out.get("format").asText());
    assertEquals(3, out.get("threshold").get("at_least_count").asInt());
    assertEquals("TIME SAVING", out.get("cards").get("customer.time-saving").asText());
    assertEquals(6, out.get("groups").size());
    GroupLedger commuters = ValuexJson.create().readGroupLedger(
        mapper.writeValueAsString(out.get("groups").get(0)));
    assertEquals(17, commuters.entry(ElementId.parse("customer.time-saving"), Side.OUT)
        .orElseThrow().memberCount());
    assertTrue(commuters.ledger().entry(ElementId.parse("customer.time-saving"), Side.OUT)
        .orElseThrow().evidence().size() >= 17, "the members' quotes came along");
    assertEquals(run.out, CliRun.of("group", CommandsTest.SHEET.toString(), "--at-least", "3",
        "--with-evidence", "--format", "json").out, "the same input gives the same bytes");
  }

  @Test
  void writesTheGroupLedgersAsNdjson() throws Exception {
    Path out = tmp.resolve("groups.ndjson");
    CliRun run = CliRun.of("group", ledgers().toString(), "--at-least", "50%", "-o",
        out.toString());
    assertEquals(0, run.code, run::toString);
    List<String> lines = Files.readAllLines(out);
    assertEquals(6, lines.size());
    ValuexJson json = ValuexJson.create();
    for (String line : lines) {
      assertEquals(line, json.toJson(json.readGroupLedger(line)));
    }
    assertTrue(run.out.contains("Wrote 6 group ledgers to " + out), run::toString);
  }

  @Test
  void aBadThresholdOrGroupingIsAUsageError() {
    CliRun share = CliRun.of("group", CommandsTest.SHEET.toString(), "--at-least", "1.5");
    assertEquals(2, share.code, share::toString);
    assertTrue(share.err.contains("--at-least must be a share above 0 and at most 1 (0.3 or"
        + " 30%) or a whole number of members of at least 1, got '1.5'"), share::toString);
    CliRun by = CliRun.of("group", CommandsTest.SHEET.toString(), "--by", "view");
    assertEquals(2, by.code, by::toString);
    assertTrue(by.err.contains("--by must be segment, got 'view'"), by::toString);
  }
}
