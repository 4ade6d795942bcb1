package dev.valuex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.valuex.catalog.Catalog;
import dev.valuex.core.Ledger;
import dev.valuex.core.Problem;
import dev.valuex.core.ValuexException;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.interchange.CodingSheet;
import dev.valuex.interchange.ElementResolver;
import dev.valuex.interchange.ValuexJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Validates valuex files and lists every problem with its location. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check valuex files (ledger, element, deck, plan, program, journey, stage-tags,"
        + " row-stages and policy documents, NDJSON ledger streams, CSV and TSV coding sheets)"
        + " and list every problem with its location. Exit code 1 when any file has problems.")
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to check.")
  List<Path> files;

  @Option(names = "--format", defaultValue = "text", description = "Output: text or json.")
  String format;

  @Option(names = "--delimiter", description = "Cell delimiter of coding sheets (default: tab"
      + " for *.tsv, else comma); write \\t for a tab.")
  String delimiter;

  @Override
  public Integer call() {
    Format f = Commands.format(format);
    files.forEach(Inputs::requireFile);
    Catalog catalog = Catalog.defaults();
    PrintWriter out = spec.commandLine().getOut();
    boolean anyProblems = false;
    List<Object> json = new ArrayList<>();
    for (Path file : files) {
      List<Problem> problems = new ArrayList<>();
      String what = check(file, catalog, problems);
      anyProblems |= !problems.isEmpty();
      if (f == Format.JSON) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.toString());
        m.put("valid", problems.isEmpty());
        m.put("content", what);
        m.put("problems", problems.stream().map(ValidateCommand::json).toList());
        json.add(m);
      } else if (problems.isEmpty()) {
        out.printf("%s: ok, %s%n", file, what);
      } else {
        out.printf("%s: %d %s%n", file, problems.size(),
            problems.size() == 1 ? "problem" : "problems");
        problems.forEach(p -> out.printf("  %s%n", p));
      }
    }
    if (f == Format.JSON) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("format", "valuex.validation/1");
      doc.put("valid", !anyProblems);
      doc.put("files", json);
      Format.printJson(out, doc);
    }
    return anyProblems ? Main.PROBLEMS : Main.OK;
  }

  /** One problem in {@code valuex.validation/1}: its location parts, rule, message and text. */
  static Map<String, Object> json(Problem p) {
    Map<String, Object> m = new LinkedHashMap<>();
    p.pointer().ifPresent(v -> m.put("pointer", v));
    p.line().ifPresent(v -> m.put("line", v));
    p.column().ifPresent(v -> m.put("column", v));
    p.row().ifPresent(v -> m.put("row", v));
    m.put("rule", p.rule());
    m.put("message", p.message());
    m.put("text", p.toString());
    return m;
  }

  private char delimiter(Path file) {
    if (delimiter == null) {
      return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv") ? '\t' : ',';
    }
    String d = delimiter.equals("\\t") ? "\t" : delimiter;
    if (d.length() != 1) {
      throw new UsageException("--delimiter must be one character, got '" + delimiter + "'",
          "try --delimiter ';' or --delimiter '\\t'");
    }
    return d.charAt(0);
  }

  private String check(Path file, Catalog catalog, List<Problem> problems) {
    ElementResolver resolver = Inputs.resolver(catalog);
    ValuexJson json = ValuexJson.create();
    try {
      switch (Inputs.Kind.of(file)) {
        case CODING_SHEET:
          CodingSheet sheet = Inputs.sheet(catalog).withDelimiter(delimiter(file));
          Optional<String> cells = Inputs.utf8(Files.readAllBytes(file), problems);
          return cells.isEmpty() ? ""
              : sheet.read(new StringReader(cells.get())).size() + " ledgers in a coding sheet";
        case NDJSON:
          return ndjson(file, json, problems);
        default:
          Optional<String> utf8 = Inputs.utf8(Files.readAllBytes(file), problems);
          if (utf8.isEmpty()) {
            return "";
          }
          String text = utf8.get();
          JsonNode root = tree(text);
          String kind = root.path("format").asText("");
          if (kind.startsWith("valuex.plan/")) {
            json.readPlan(text, resolver);
            return "a value creation plan";
          }
          if (kind.startsWith("valuex.program/")) {
            json.readProgram(text, resolver);
            return "a program exchange";
          }
          if (kind.startsWith("valuex.deck/")) {
            return Catalog.load(file).elements().size() + " cards in a deck";
          }
          if (kind.startsWith("valuex.element/")) {
            json.readElement(text);
            return "a value element";
          }
          if (kind.startsWith("valuex.journey/")) {
            return json.readJourney(text).touchpoints().size() + " touchpoints in a journey";
          }
          if (kind.startsWith("valuex.stage-tags/")) {
            json.readStageTags(text);
            return "stage tags";
          }
          if (kind.startsWith("valuex.row-stages/")) {
            json.readRowStages(text);
            return "row stages";
          }
          if (kind.startsWith("valuex.policy/") || (kind.isEmpty() && root.has("rules"))) {
            return PolicyFile.read(file.toString(), text).rules().size()
                + " rules in a balance policy";
          }
          json.readLedger(text);
          return "a ledger";
      }
    } catch (ValuexFormatException e) {
      problems.addAll(e.details());
    } catch (ValuexException e) {
      problems.add(Problem.of(e.getMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "";
  }

  /** The document as a tree, to tell its kind; malformed JSON is left to the reader. */
  private static JsonNode tree(String text) {
    try {
      JsonNode node = new ObjectMapper().readTree(text);
      return node == null ? MissingNode.getInstance() : node;
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }

  /** Reads each line on its own so that every bad line is reported, not just the first. */
  private static String ndjson(Path file, ValuexJson json, List<Problem> problems)
      throws IOException {
    Optional<String> text = Inputs.utf8(Files.readAllBytes(file), problems);
    if (text.isEmpty()) {
      return "";
    }
    long count = 0;
    long number = 0;
    for (String line : text.get().split("\n", -1)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        Ledger ignored = json.readLedger(line);
        count++;
      } catch (ValuexFormatException e) {
        for (Problem p : e.details()) {
          problems.add(p.onLine(number));
        }
      } catch (ValuexException e) {
        problems.add(Problem.atLine(number, e.getMessage()));
      }
    }
    return count + " ledgers in an NDJSON stream";
  }
}
