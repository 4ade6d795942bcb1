package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.ValuexFormatException;
import dev.valuex.core.balance.BalancePolicy;
import dev.valuex.core.balance.CountParityRule;
import dev.valuex.core.balance.JudgementRule;
import dev.valuex.core.balance.PairingCoverageRule;
import dev.valuex.core.balance.WeightedRatioRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading a {@code valuex.policy/1} document: each kind of rule with its parameters, and what
 * a researcher is told about a policy file of the earlier form, an unknown or missing rule
 * marker, and parameters out of their range.
 */
class PolicyJsonTest {
  private final ValuexJson json = ValuexJson.create();

  private static String policy(String rules) {
    return "{\"format\":\"valuex.policy/1\",\"name\":\"workshop\",\"rules\":[" + rules + "]}";
  }

  private List<String> problems(String doc) {
    return assertThrows(ValuexFormatException.class, () -> json.readPolicy(doc)).problems();
  }

  @Test
  void readsEachKindOfRuleWithItsParameters() {
    BalancePolicy p = json.readPolicy(policy(
        "{\"rule\":\"weighted-ratio\",\"tolerance\":0.25,\"default_weight\":3},"
            + "{\"rule\":\"pairing-coverage\",\"minimum_in_coverage\":0.5,"
            + "\"minimum_out_coverage\":1},"
            + "{\"rule\":\"count-parity\",\"max_difference\":2},"
            + "{\"rule\":\"owners-judgement\"}"));
    assertEquals("workshop", p.name());
    assertEquals(List.of(
        WeightedRatioRule.builder().tolerance(0.25).defaultWeight(3).build(),
        PairingCoverageRule.builder().minimumInCoverage(0.5).minimumOutCoverage(1).build(),
        CountParityRule.builder().maxDifference(2).build(),
        JudgementRule.builder().build()), p.rules());
  }

  @Test
  void aRuleWithoutParametersTakesItsDefaults() {
    BalancePolicy p = json.readPolicy(policy("{\"rule\":\"weighted-ratio\"},"
        + "{\"rule\":\"pairing-coverage\"},{\"rule\":\"count-parity\"}"));
    assertEquals(List.of(WeightedRatioRule.builder().build(),
        PairingCoverageRule.builder().build(), CountParityRule.builder().build()), p.rules());
  }

  @Test
  void aPolicyFileOfTheEarlierFormIsToldWhatToChange() {
    assertEquals(List.of(
        "/format: must be \"valuex.policy/1\", got nothing (a policy file of the earlier form:"
            + " add \"format\": \"valuex.policy/1\" and write its fields in snake case,"
            + " default_weight, minimum_in_coverage, minimum_out_coverage, max_difference)",
        "/rules/0/defaultWeight: must be a field of a policy rule (rule, tolerance,"
            + " default_weight), got unknown field; valuex.policy/1 calls it default_weight",
        "/rules/1/maxDifference: must be a field of a policy rule (rule, max_difference), got"
            + " unknown field; valuex.policy/1 calls it max_difference",
        "/rules/2/minimumInCoverage: must be a field of a policy rule (rule,"
            + " minimum_in_coverage, minimum_out_coverage), got unknown field;"
            + " valuex.policy/1 calls it minimum_in_coverage"),
        problems("{\"name\":\"old\",\"rules\":["
            + "{\"rule\":\"weighted-ratio\",\"defaultWeight\":3},"
            + "{\"rule\":\"count-parity\",\"maxDifference\":1},"
            + "{\"rule\":\"pairing-coverage\",\"minimumInCoverage\":0.5}]}"));
  }

  @Test
  void aFieldOfAnotherRuleIsUnknownWithoutAHint() {
    assertEquals(List.of("/rules/0/maxDifference: must be a field of a policy rule (rule,"
            + " tolerance, default_weight), got unknown field",
        "/rules/0/colour: must be a field of a policy rule (rule, tolerance, default_weight),"
            + " got unknown field"),
        problems(policy("{\"rule\":\"weighted-ratio\",\"maxDifference\":1,\"colour\":1}")));
  }

  @Test
  void anUnknownMissingOrMistypedRuleIsReportedAtTheRule() {
    String kinds = "must be one of \"weighted-ratio\", \"pairing-coverage\", \"count-parity\","
        + " \"owners-judgement\", got ";
    assertEquals(List.of(
        "/rules/0/rule: " + kinds + "\"ratio\"",
        "/rules/1/rule: " + kinds + "nothing",
        "/rules/2/rule: " + kinds + "3",
        "/rules/3: must be a rule (a JSON object), got an array"),
        problems(policy("{\"rule\":\"ratio\"},{\"tolerance\":1},{\"rule\":3},[]")));
  }

  @Test
  void parametersOutOfTheirRangeAreReportedWithTheRange() {
    assertEquals(List.of(
        "/rules/0/tolerance: must be a number of at least 0, got -0.1",
        "/rules/0/default_weight: must be a number from 1 to 5, got 6",
        "/rules/1/minimum_in_coverage: must be a share from 0 to 1, got 1.5",
        "/rules/1/minimum_out_coverage: must be a share from 0 to 1, got -1",
        "/rules/2/max_difference: must be a whole number of at least 0, got 1.5"),
        problems(policy("{\"rule\":\"weighted-ratio\",\"tolerance\":-0.1,\"default_weight\":6},"
            + "{\"rule\":\"pairing-coverage\",\"minimum_in_coverage\":1.5,"
            + "\"minimum_out_coverage\":-1},"
            + "{\"rule\":\"count-parity\",\"max_difference\":1.5}")));
    // The bounds themselves are accepted.
    assertEquals(List.of(WeightedRatioRule.builder().tolerance(0).defaultWeight(1).build(),
        PairingCoverageRule.builder().minimumInCoverage(0).minimumOutCoverage(1).build(),
        CountParityRule.builder().maxDifference(0).build()), json.readPolicy(policy(
            "{\"rule\":\"weighted-ratio\",\"tolerance\":0,\"default_weight\":1},"
                + "{\"rule\":\"pairing-coverage\",\"minimum_in_coverage\":0,"
                + "\"minimum_out_coverage\":1},{\"rule\":\"count-parity\",\"max_difference\":0}"))
        .rules());
    assertEquals(WeightedRatioRule.builder().defaultWeight(5).build(), json.readPolicy(policy(
        "{\"rule\":\"weighted-ratio\",\"default_weight\":5}")).rules().get(0));
  }

  @Test
  void aRuleGivenTwiceIsReportedAtTheRules() {
    assertEquals(List.of("/rules: must have distinct names, got 'weighted-ratio'"),
        problems(policy("{\"rule\":\"weighted-ratio\"},{\"rule\":\"weighted-ratio\","
            + "\"tolerance\":1}")));
  }
}
