package dev.valuex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.core.balance.BalancePolicy;
import dev.valuex.core.balance.CountParityRule;
import dev.valuex.core.balance.JudgementRule;
import dev.valuex.core.balance.PairingCoverageRule;
import dev.valuex.core.balance.WeightedRatioRule;
import dev.valuex.interchange.ValuexJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Balance policies are {@code valuex.policy/1} documents: read whole, or every problem named. */
class PolicyFileTest {
  static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(ValuexJson.schema(ValuexJson.POLICY_FORMAT));

  private static List<String> problems(String json) {
    return assertThrows(ValuexFormatException.class, () -> PolicyFile.read("p.json", json))
        .problems();
  }

  private static boolean schemaAccepts(String json) throws Exception {
    return SCHEMA.validate(new ObjectMapper().readTree(json)).isEmpty();
  }

  @Test
  void readsEveryRuleWithItsParameters() throws Exception {
    String json = OutputSchemas.sample("README.md", "A policy file declares the rules");
    assertTrue(schemaAccepts(json), json);
    BalancePolicy policy = PolicyFile.read("README.md", json);
    assertEquals("workshop", policy.name());
    assertEquals(List.of(
        WeightedRatioRule.builder().tolerance(0.25).defaultWeight(3).build(),
        PairingCoverageRule.builder().minimumInCoverage(0.75).minimumOutCoverage(0.5).build(),
        CountParityRule.builder().maxDifference(2).build(),
        JudgementRule.defaults()), policy.rules());
  }

  @Test
  void theStandardPolicyIsTheBundledDocument() throws Exception {
    Path bundled = CommandsTest.SAMPLE.resolve("policy.json");
    assertTrue(schemaAccepts(Files.readString(bundled)));
    CliRun run = CliRun.of("validate", bundled.toString());
    assertEquals(Main.OK, run.code, run::toString);
    assertTrue(run.out.contains("policy.json: ok, 3 rules in a balance policy"), run::toString);
    BalancePolicy standard = PolicyFile.standard();
    assertEquals("valuex standard", standard.name());
    assertEquals(List.of(WeightedRatioRule.builder().tolerance(0.25).defaultWeight(3).build(),
        CountParityRule.builder().maxDifference(1).build(), JudgementRule.defaults()),
        standard.rules());
  }

  @Test
  void theFormatReferenceSampleIsAPolicy() throws Exception {
    String json = OutputSchemas.sample("interchange/FORMAT.md",
        "## Balance policies (`valuex.policy/1`)");
    assertTrue(schemaAccepts(json), json);
    assertEquals(List.of(WeightedRatioRule.builder().tolerance(0.25).defaultWeight(3).build(),
        CountParityRule.builder().maxDifference(2).build(), JudgementRule.defaults()),
        PolicyFile.read("FORMAT.md", json).rules());
  }

  @Test
  void theEarlierCamelCaseFormIsRefusedWithHowToConvertIt() throws Exception {
    String old = "{\"name\": \"workshop\", \"rules\": [{\"rule\": \"weighted-ratio\","
        + " \"defaultWeight\": 3}, {\"rule\": \"pairing-coverage\", \"minimumInCoverage\": 1}]}";
    assertEquals(List.of(
        "/format: must be \"valuex.policy/1\", got nothing (a policy file of the earlier form:"
            + " add \"format\": \"valuex.policy/1\" and write its fields in snake case,"
            + " default_weight, minimum_in_coverage, minimum_out_coverage, max_difference)",
        "/rules/0/defaultWeight: must be a field of a policy rule (rule, tolerance,"
            + " default_weight), got unknown field; valuex.policy/1 calls it default_weight",
        "/rules/1/minimumInCoverage: must be a field of a policy rule (rule,"
            + " minimum_in_coverage, minimum_out_coverage), got unknown field;"
            + " valuex.policy/1 calls it minimum_in_coverage"), problems(old));
    assertTrue(!schemaAccepts(old));
  }

  @Test
  void reportsEveryProblemAtItsPointer() throws Exception {
    String bad = "{\"format\": \"valuex.policy/2\", \"name\": \" workshop\", \"colour\": 1,"
        + " \"rules\": [{\"rule\": \"weighted-ratio\", \"tolerance\": -1, \"default_weight\": 9},"
        + " {\"rule\": \"pairing-coverage\", \"minimum_in_coverage\": 1.5},"
        + " {\"rule\": \"count-parity\", \"max_difference\": 2.5},"
        + " {\"rule\": \"gut-feeling\"}, \"owners-judgement\"]}";
    assertEquals(List.of(
        "/format: must be \"valuex.policy/1\", got \"valuex.policy/2\"",
        "/name: must not start or end with white space, got ' workshop'",
        "/rules/0/tolerance: must be a number of at least 0, got -1",
        "/rules/0/default_weight: must be a number from 1 to 5, got 9",
        "/rules/1/minimum_in_coverage: must be a share from 0 to 1, got 1.5",
        "/rules/2/max_difference: must be a whole number of at least 0, got 2.5",
        "/rules/3/rule: must be one of \"weighted-ratio\", \"pairing-coverage\","
            + " \"count-parity\", \"owners-judgement\", got \"gut-feeling\"",
        "/rules/4: must be a rule (a JSON object), got \"owners-judgement\"",
        "/colour: must be a field of a policy (format, name, rules), got unknown field"),
        problems(bad));
    assertTrue(!schemaAccepts(bad));
  }

  @Test
  void malformedJsonIsLocatedAtItsLineAndColumn() {
    List<String> problems = problems("{\"format\": \"valuex.policy/1\",\n \"name\": }");
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).startsWith("/name (line 2, column 10): must be well-formed JSON,"
        + " got"), problems::toString);
  }

  @Test
  void theSchemaAndTheReaderAcceptTheSameDocuments() throws Exception {
    String head = "{\"format\": \"valuex.policy/1\", \"name\": \"p\", \"rules\": [";
    for (String rules : List.of("{\"rule\": \"owners-judgement\"}",
        "{\"rule\": \"count-parity\"}", "{\"rule\": \"count-parity\", \"max_difference\": 0}",
        "{\"rule\": \"count-parity\", \"max_difference\": -1}",
        "{\"rule\": \"count-parity\", \"tolerance\": 1}",
        "{\"rule\": \"weighted-ratio\", \"default_weight\": 0.5}",
        "{\"rule\": \"weighted-ratio\", \"default_weight\": 5, \"tolerance\": 0}",
        "{\"rule\": \"pairing-coverage\", \"minimum_out_coverage\": 0}",
        "{\"rule\": \"pairing-coverage\", \"minimum_out_coverage\": \"all\"}",
        "{\"rule\": \"owners-judgement\", \"rule2\": 1}", "")) {
      String json = head + rules + "]}";
      boolean read;
      try {
        PolicyFile.read("p.json", json);
        read = true;
      } catch (ValuexFormatException e) {
        read = false;
      }
      assertEquals(read, schemaAccepts(json), json);
    }
  }
}
