package dev.valuex.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.Problem;
import dev.valuex.core.ValuexException;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.core.balance.BalancePolicy;
import dev.valuex.core.balance.BalanceRule;
import dev.valuex.core.balance.CountParityRule;
import dev.valuex.core.balance.JudgementRule;
import dev.valuex.core.balance.PairingCoverageRule;
import dev.valuex.core.balance.WeightedRatioRule;
import dev.valuex.interchange.ValuexJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Declared balance policies for {@code valuex assess --policy FILE}: a {@value #FORMAT}
 * document naming the policy and its rules with their parameters, for example
 *
 * <pre>{@code
 * {"format": "valuex.policy/1",
 *  "name": "workshop",
 *  "rules": [{"rule": "weighted-ratio", "tolerance": 0.25, "default_weight": 3},
 *            {"rule": "pairing-coverage", "minimum_in_coverage": 0.75,
 *             "minimum_out_coverage": 0.5},
 *            {"rule": "count-parity", "max_difference": 2},
 *            {"rule": "owners-judgement"}]}
 * }</pre>
 *
 * Every problem is reported at once, each at its JSON pointer; unknown fields are errors. A
 * policy file of the earlier form (camel-case fields, no {@code format}) is not read: its
 * problems say which field to add or rename.
 */
final class PolicyFile {
  /** The format marker of a policy document. */
  static final String FORMAT = ValuexJson.POLICY_FORMAT;

  /** The rules a policy names, each with its parameters in document order. */
  private static final Map<String, List<String>> RULES = rules();

  /** The camel-case fields of the earlier policy files and what they are called now. */
  private static final Map<String, String> RENAMED = Map.of(
      "defaultWeight", "default_weight",
      "minimumInCoverage", "minimum_in_coverage",
      "minimumOutCoverage", "minimum_out_coverage",
      "maxDifference", "max_difference");

  private PolicyFile() {}

  private static Map<String, List<String>> rules() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put(WeightedRatioRule.DEFAULT_NAME, List.of("tolerance", "default_weight"));
    m.put(PairingCoverageRule.DEFAULT_NAME,
        List.of("minimum_in_coverage", "minimum_out_coverage"));
    m.put(CountParityRule.DEFAULT_NAME, List.of("max_difference"));
    m.put(JudgementRule.DEFAULT_NAME, List.of());
    return m;
  }

  /** The bundled document of the {@link #standard()} policy, beside the sample study. */
  static final String STANDARD = "sample/policy.json";

  /**
   * The policy the demo and {@code assess} declare when no file is given, read from the
   * bundled {@value #STANDARD}: the weighted ratio (tolerance 0.25, unweighted entries at 3),
   * count parity allowing a difference of one entry (people name a thing or two more on one
   * side without meaning a lean) and the owner's judgement.
   */
  static BalancePolicy standard() {
    try (InputStream in = SampleStudy.resource(STANDARD)) {
      return read(STANDARD, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a policy file, or throws a {@link ValuexFormatException} with every problem. */
  static BalancePolicy read(Path file) {
    return read(file.toString(), Inputs.readText(file));
  }

  /**
   * Reads a {@value #FORMAT} document.
   *
   * @param source what was read, for the exception's message
   * @param text the document
   * @return the policy, never null
   * @throws ValuexFormatException listing every problem, each at its JSON pointer
   */
  static BalancePolicy read(String source, String text) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String rule = "must be well-formed JSON, got " + e.getOriginalMessage();
      throw ValuexFormatException.of(source, List.of(at == null ? Problem.of(rule)
          : Problem.atLine(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), rule)));
    }
    if (root == null || !root.isObject()) {
      throw ValuexFormatException.of(source, List.of(Problem.at("",
          "must be a policy (a JSON object), got " + (root == null ? "nothing" : show(root)))));
    }
    List<Problem> problems = new ArrayList<>();
    JsonNode format = root.get("format");
    if (format == null) {
      problems.add(Problem.at("/format", "must be \"" + FORMAT + "\", got nothing (a policy"
          + " file of the earlier form: add \"format\": \"" + FORMAT + "\" and write its fields"
          + " in snake case, default_weight, minimum_in_coverage, minimum_out_coverage,"
          + " max_difference)"));
    } else if (!format.isTextual() || !format.textValue().equals(FORMAT)) {
      problems.add(Problem.at("/format", "must be \"" + FORMAT + "\", got " + show(format)));
    }
    unknown(root, "", List.of("format", "name", "rules"), problems);
    String name = null;
    JsonNode n = root.get("name");
    if (n == null) {
      problems.add(Problem.at("/name", "must be present, got nothing"));
    } else if (!n.isTextual() || n.textValue().isBlank()
        || !n.textValue().strip().equals(n.textValue())) {
      problems.add(Problem.at("/name", "must be text that is not blank and neither starts nor"
          + " ends with white space, got " + show(n)));
    } else {
      name = n.textValue();
    }
    List<BalanceRule> rules = new ArrayList<>();
    JsonNode list = root.get("rules");
    if (list == null) {
      problems.add(Problem.at("/rules", "must be present, got nothing"));
    } else if (!list.isArray() || list.isEmpty()) {
      problems.add(Problem.at("/rules", "must be a non-empty array of rules, got "
          + show(list)));
    } else {
      for (int i = 0; i < list.size(); i++) {
        rule(list.get(i), "/rules/" + i, problems).ifPresent(rules::add);
      }
    }
    if (problems.isEmpty()) {
      try {
        return BalancePolicy.builder().name(name).addAllRules(rules).build();
      } catch (ValuexException | IllegalArgumentException | IllegalStateException e) {
        problems.add(Problem.at("", e.getMessage()));
      }
    }
    throw ValuexFormatException.of(source, problems);
  }

  private static Optional<BalanceRule> rule(JsonNode node, String at, List<Problem> problems) {
    if (!node.isObject()) {
      problems.add(Problem.at(at, "must be a rule (a JSON object), got " + show(node)));
      return Optional.empty();
    }
    JsonNode kind = node.get("rule");
    if (kind == null || !kind.isTextual() || !RULES.containsKey(kind.textValue())) {
      problems.add(Problem.at(at + "/rule", "must be one of " + String.join(", ",
          RULES.keySet().stream().map(k -> "\"" + k + "\"").toList()) + ", got "
          + (kind == null ? "nothing" : show(kind))));
      return Optional.empty();
    }
    List<String> parameters = RULES.get(kind.textValue());
    List<String> known = new ArrayList<>();
    known.add("rule");
    known.addAll(parameters);
    int before = problems.size();
    unknown(node, at, known, problems);
    try {
      switch (kind.textValue()) {
        case WeightedRatioRule.DEFAULT_NAME: {
          WeightedRatioRule.Builder b = WeightedRatioRule.builder();
          number(node, at, "tolerance", 0, Double.MAX_VALUE, "a number of at least 0",
              problems).ifPresent(b::tolerance);
          number(node, at, "default_weight", LedgerEntry.MIN_IMPORTANCE,
              LedgerEntry.MAX_IMPORTANCE, "a number from " + LedgerEntry.MIN_IMPORTANCE + " to "
                  + LedgerEntry.MAX_IMPORTANCE, problems).ifPresent(b::defaultWeight);
          return problems.size() > before ? Optional.empty() : Optional.of(b.build());
        }
        case PairingCoverageRule.DEFAULT_NAME: {
          PairingCoverageRule.Builder b = PairingCoverageRule.builder();
          number(node, at, "minimum_in_coverage", 0, 1, "a share from 0 to 1", problems)
              .ifPresent(b::minimumInCoverage);
          number(node, at, "minimum_out_coverage", 0, 1, "a share from 0 to 1", problems)
              .ifPresent(b::minimumOutCoverage);
          return problems.size() > before ? Optional.empty() : Optional.of(b.build());
        }
        case CountParityRule.DEFAULT_NAME: {
          CountParityRule.Builder b = CountParityRule.builder();
          OptionalDouble max = number(node, at, "max_difference", 0, Integer.MAX_VALUE,
              "a whole number of at least 0", problems);
          if (max.isPresent() && max.getAsDouble() != Math.rint(max.getAsDouble())) {
            problems.add(Problem.at(at + "/max_difference",
                "must be a whole number of at least 0, got " + show(node.get("max_difference"))));
          } else {
            max.ifPresent(d -> b.maxDifference((int) d));
          }
          return problems.size() > before ? Optional.empty() : Optional.of(b.build());
        }
        default:
          return problems.size() > before ? Optional.empty()
              : Optional.of(JudgementRule.defaults());
      }
    } catch (ValuexException | IllegalArgumentException | IllegalStateException e) {
      problems.add(Problem.at(at, e.getMessage()));
      return Optional.empty();
    }
  }

  /** An optional number field within its range, or a problem naming the range. */
  private static OptionalDouble number(JsonNode node, String at, String field, double min,
      double max, String rule, List<Problem> problems) {
    JsonNode v = node.get(field);
    if (v == null) {
      return OptionalDouble.empty();
    }
    if (!v.isNumber() || !Double.isFinite(v.asDouble()) || v.asDouble() < min
        || v.asDouble() > max) {
      problems.add(Problem.at(at + "/" + field, "must be " + rule + ", got " + show(v)));
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(v.asDouble());
  }

  private static void unknown(JsonNode node, String at, List<String> known,
      List<Problem> problems) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!known.contains(f)) {
        String renamed = RENAMED.get(f);
        problems.add(Problem.at(at + "/" + f, "must be a field of a policy"
            + (at.isEmpty() ? "" : " rule") + " (" + String.join(", ", known) + "), got unknown"
            + " field" + (renamed != null && known.contains(renamed)
                ? "; valuex.policy/1 calls it " + renamed : "")));
      }
    }
  }

  private static String show(JsonNode node) {
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array";
    }
    String s = node.toString();
    return s.length() > 80 ? s.substring(0, 76) + "...\"" : s;
  }
}
