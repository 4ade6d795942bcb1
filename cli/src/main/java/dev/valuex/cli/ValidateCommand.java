package dev.valuex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.valuex.catalog.Catalog;
import dev.valuex.core.Ledger;
import dev.valuex.core.ValuexException;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.json.ElementResolver;
import dev.valuex.json.ValuexJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Validates valuex files and lists every problem with its location. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check valuex files (JSON documents, NDJSON ledger streams, coding sheets)"
        + " and list every problem with its location. Exit code 1 when any file has problems.")
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to check.")
  List<Path> files;

  @Option(names = "--format", defaultValue = "text", description = "Output: text or json.")
  String format;

  @Override
  public Integer call() {
    Format f = Commands.format(format);
    files.forEach(Inputs::requireFile);
    Catalog catalog = Catalog.defaults();
    PrintWriter out = spec.commandLine().getOut();
    boolean anyProblems = false;
    List<Object> json = new ArrayList<>();
    for (Path file : files) {
      List<String> problems = new ArrayList<>();
      String what = check(file, catalog, problems);
      anyProblems |= !problems.isEmpty();
      if (f == Format.JSON) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.toString());
        m.put("valid", problems.isEmpty());
        m.put("content", what);
        m.put("problems", problems);
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
      Format.printJson(out, json);
    }
    return anyProblems ? Main.PROBLEMS : Main.OK;
  }

  private static String check(Path file, Catalog catalog, List<String> problems) {
    ElementResolver resolver = Inputs.resolver(catalog);
    ValuexJson json = ValuexJson.create();
    try {
      switch (Inputs.Kind.of(file)) {
        case CODING_SHEET:
          try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Inputs.sheet(catalog).read(in).size() + " ledgers in a coding sheet";
          }
        case NDJSON:
          return ndjson(file, json, problems);
        default:
          String text = Files.readString(file, StandardCharsets.UTF_8);
          String kind = formatOf(text);
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
          json.readLedger(text);
          return "a ledger";
      }
    } catch (ValuexFormatException e) {
      problems.addAll(e.problems());
    } catch (ValuexException e) {
      problems.add(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "";
  }

  private static String formatOf(String text) {
    try {
      JsonNode node = new ObjectMapper().readTree(text);
      return node != null && node.path("format").isTextual() ? node.get("format").asText() : "";
    } catch (IOException e) {
      return "";
    }
  }

  /** Reads each line on its own so that every bad line is reported, not just the first. */
  private static String ndjson(Path file, ValuexJson json, List<String> problems)
      throws IOException {
    long count = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          Ledger ignored = json.readLedger(line);
          count++;
        } catch (ValuexFormatException e) {
          for (String p : e.problems()) {
            problems.add("line " + number + ": " + p);
          }
        } catch (ValuexException e) {
          problems.add("line " + number + ": " + e.getMessage());
        }
      }
    }
    return count + " ledgers in an NDJSON stream";
  }
}
