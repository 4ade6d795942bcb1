package dev.valuex.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.core.balance.BalancePolicy;
import dev.valuex.core.balance.BalanceRule;
import dev.valuex.core.balance.CountParityRule;
import dev.valuex.core.balance.JudgementRule;
import dev.valuex.core.balance.PairingCoverageRule;
import dev.valuex.core.balance.WeightedRatioRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Declared balance policies for {@code valuex assess --policy FILE}: a JSON document naming the
 * policy and its rules with their parameters, for example
 *
 * <pre>{@code
 * {"name": "workshop",
 *  "rules": [{"rule": "weighted-ratio", "tolerance": 0.25, "defaultWeight": 3},
 *            {"rule": "pairing-coverage", "minimumInCoverage": 0.75, "minimumOutCoverage": 0.5},
 *            {"rule": "count-parity", "maxDifference": 2},
 *            {"rule": "owners-judgement"}]}
 * }</pre>
 *
 * Every problem is reported with its JSON pointer; unknown fields are errors.
 */
final class PolicyFile {
  private PolicyFile() {}

  /**
   * The policy the demo and {@code assess} declare when no file is given: the weighted ratio
   * (tolerance 0.25, unweighted entries at 3), count parity allowing a difference of one entry
   * (people name a thing or two more on one side without meaning a lean) and the owner's
   * judgement.
   */
  static BalancePolicy standard() {
    return BalancePolicy.builder()
        .name("valuex standard")
        .addRule(WeightedRatioRule.builder().tolerance(0.25).defaultWeight(3).build())
        .addRule(CountParityRule.builder().maxDifference(1).build())
        .addRule(JudgementRule.defaults())
        .build();
  }

  static BalancePolicy read(Path file) {
    String text = Inputs.readText(file);
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new ValuexFormatException(file.toString(),
          List.of("document must be well-formed JSON, got " + e.getOriginalMessage()));
    }
    List<String> problems = new ArrayList<>();
    if (root == null || !root.isObject()) {
      throw new ValuexFormatException(file.toString(), List.of("/: must be an object"));
    }
    unknown(root, "", Set.of("name", "rules"), problems);
    String name = root.path("name").isTextual() ? root.get("name").asText() : null;
    if (name == null) {
      problems.add("/name: must be a string naming the policy");
    }
    BalancePolicy.Builder policy = BalancePolicy.builder();
    JsonNode rules = root.path("rules");
    if (!rules.isArray() || rules.isEmpty()) {
      problems.add("/rules: must be a non-empty array of rules");
    } else {
      for (int i = 0; i < rules.size(); i++) {
        String at = "/rules/" + i;
        try {
          BalanceRule rule = rule(rules.get(i), at, problems);
          if (rule != null) {
            policy.addRule(rule);
          }
        } catch (RuntimeException e) {
          problems.add(at + ": " + e.getMessage());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ValuexFormatException(file.toString(), problems);
    }
    return policy.name(name).build();
  }

  private static BalanceRule rule(JsonNode node, String at, List<String> problems) {
    String kind = node.path("rule").asText("");
    switch (kind) {
      case "weighted-ratio": {
        unknown(node, at, Set.of("rule", "tolerance", "defaultWeight"), problems);
        WeightedRatioRule.Builder b = WeightedRatioRule.builder();
        if (node.has("tolerance")) {
          b.tolerance(number(node, "tolerance", at, problems));
        }
        if (node.has("defaultWeight")) {
          b.defaultWeight(number(node, "defaultWeight", at, problems));
        }
        return b.build();
      }
      case "pairing-coverage": {
        unknown(node, at, Set.of("rule", "minimumInCoverage", "minimumOutCoverage"), problems);
        PairingCoverageRule.Builder b = PairingCoverageRule.builder();
        if (node.has("minimumInCoverage")) {
          b.minimumInCoverage(number(node, "minimumInCoverage", at, problems));
        }
        if (node.has("minimumOutCoverage")) {
          b.minimumOutCoverage(number(node, "minimumOutCoverage", at, problems));
        }
        return b.build();
      }
      case "count-parity": {
        unknown(node, at, Set.of("rule", "maxDifference"), problems);
        CountParityRule.Builder b = CountParityRule.builder();
        if (node.has("maxDifference")) {
          b.maxDifference((int) number(node, "maxDifference", at, problems));
        }
        return b.build();
      }
      case "owners-judgement":
        unknown(node, at, Set.of("rule"), problems);
        return JudgementRule.defaults();
      default:
        problems.add(at + "/rule: must be one of weighted-ratio, pairing-coverage, count-parity,"
            + " owners-judgement, got '" + kind + "'");
        return null;
    }
  }

  private static double number(JsonNode node, String field, String at, List<String> problems) {
    JsonNode v = node.get(field);
    if (!v.isNumber()) {
      problems.add(at + "/" + field + ": must be a number, got " + v);
      return 0;
    }
    return v.asDouble();
  }

  private static void unknown(JsonNode node, String at, Set<String> known,
      List<String> problems) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!known.contains(f)) {
        problems.add(at + "/" + f + ": unknown field, expected one of " + known.stream().sorted()
            .toList());
      }
    }
  }
}
