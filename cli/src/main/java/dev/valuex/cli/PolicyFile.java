package dev.valuex.cli;

import dev.valuex.core.ValuexFormatException;
import dev.valuex.core.balance.BalancePolicy;
import dev.valuex.interchange.ValuexJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Declared balance policies for {@code valuex assess --policy FILE}: {@value #FORMAT}
 * documents, read by {@link ValuexJson#readPolicy(String)}, for example
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
 * Every problem is reported at once, each at its JSON pointer and named by the file; unknown
 * fields are errors. A policy file of the earlier form (camel-case fields, no {@code format})
 * is not read: its problems say which field to add or rename.
 */
final class PolicyFile {
  /** The format marker of a policy document. */
  static final String FORMAT = ValuexJson.POLICY_FORMAT;

  /** The bundled document of the {@link #standard()} policy, beside the sample study. */
  static final String STANDARD = "sample/policy.json";

  private PolicyFile() {}

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
    try {
      return ValuexJson.create().readPolicy(text);
    } catch (ValuexFormatException e) {
      throw ValuexFormatException.of(source, e.details());
    }
  }
}
