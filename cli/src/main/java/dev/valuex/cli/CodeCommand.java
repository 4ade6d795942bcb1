package dev.valuex.cli;

import dev.valuex.catalog.Catalog;
import dev.valuex.catalog.Suggestion;
import dev.valuex.core.Side;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Codes the uncoded rows of a coding sheet with the top suggested card, for a researcher to
 * review: rows a person coded are copied unchanged.
 */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = "Fill the element column of coding-sheet rows that lack one with the top"
        + " suggested card for the row's quote, add the top 3 suggestions with their scores for"
        + " review, and leave every row a person coded as it was.")
final class CodeCommand implements Callable<Integer> {

  /** The columns added for review, in order, after the sheet's own. */
  static final List<String> ADDED = List.of("suggestion_1", "suggestion_1_score",
      "suggestion_2", "suggestion_2_score", "suggestion_3", "suggestion_3_score");

  private static final int TOP = 3;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SHEET", description = "The coding sheet (CSV).")
  Path sheet;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
      description = "Where to write the coded sheet (CSV); never the input sheet.")
  Path output;

  @Option(names = "--force", description = "Replace FILE if it exists.")
  boolean force;

  @Option(names = "--method", paramLabel = "METHOD",
      description = "lexical, semantic or hybrid (the default when the valuex-semantic module"
          + " is present, else lexical).")
  String method = SemanticRanking.available() ? "hybrid" : "lexical";

  @Option(names = "--model", paramLabel = "MODEL", defaultValue = "accurate",
      description = "For semantic and hybrid ranking: accurate (the default) or fast (many"
          + " times faster, less accurate).")
  String model;

  @Override
  public Integer call() throws IOException {
    String how = SuggestCommand.method(method);
    String which = SuggestCommand.model(model);
    if (!Files.isRegularFile(sheet)) {
      throw new UsageException("no coding sheet at " + sheet, "give the path of a CSV file");
    }
    Path out = output.toAbsolutePath().normalize();
    if (Files.exists(out) && Files.isSameFile(out, sheet)) {
      throw new UsageException("--output " + output + " is the input sheet; valuex code never"
          + " overwrites its input", "write to another file, e.g. -o coded.csv");
    }
    if (Files.exists(out) && !force) {
      throw new UsageException("--output " + output + " already exists",
          "choose another file or add --force to replace it");
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    List<String> header;
    List<List<String>> rows = new ArrayList<>();
    try (Reader in = new StringReader(Inputs.readText(sheet));
        CSVParser parser = CSVParser.parse(in, format)) {
      header = new ArrayList<>(parser.getHeaderNames());
      for (CSVRecord r : parser) {
        List<String> cells = new ArrayList<>(r.toList());
        while (cells.size() < header.size()) {
          cells.add("");
        }
        rows.add(cells);
      }
    }
    if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
      header.set(0, header.get(0).substring(1));
    }
    int quote = column(header, "evidence_text", "evidence", "text", "quote", "statement");
    if (quote < 0) {
      throw new UsageException(sheet + " has no evidence_text column (aliases evidence, text,"
          + " quote, statement) to read the customer's words from",
          "add the quotes in an evidence_text column");
    }
    for (String added : ADDED) {
      if (column(header, added) >= 0) {
        throw new UsageException(sheet + " already has a " + added + " column; it looks coded"
            + " by valuex code already", "code the original sheet");
      }
    }
    int element = column(header, "element");
    if (element < 0) {
      header.add("element");
      element = header.size() - 1;
      for (List<String> r : rows) {
        r.add("");
      }
    }
    int side = column(header, "side");
    final int elementColumn = element;
    long personCoded = rows.stream().filter(r -> !r.get(elementColumn).isBlank()).count();
    List<Integer> todo = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      if (r.get(element).isBlank() && !r.get(quote).isBlank()) {
        todo.add(i);
      }
    }
    Catalog catalog = Catalog.defaults();
    List<List<Map<String, Object>>> ranked = new ArrayList<>();
    for (Optional<Side> s : List.of(Optional.<Side>empty(), Optional.of(Side.IN),
        Optional.of(Side.OUT))) {
      List<Integer> group = todo.stream()
          .filter(i -> rowSide(rows.get(i), side, i).equals(s)).toList();
      List<String> statements = group.stream().map(i -> rows.get(i).get(quote).strip()).toList();
      List<List<Map<String, Object>>> found = how.equals("lexical")
          ? lexical(catalog, s, statements) : SemanticRanking.rankAll(catalog, how, which, s,
              statements, TOP);
      for (int k = 0; k < group.size(); k++) {
        List<String> r = rows.get(group.get(k));
        List<Map<String, Object>> cards = found.get(k);
        if (cards.isEmpty()) {
          continue;
        }
        r.set(element, (String) cards.get(0).get("element"));
        if (side >= 0 && r.get(side).isBlank()) {
          r.set(side, (String) cards.get(0).get("side"));
        }
        for (int j = 0; j < cards.size(); j++) {
          r.add((String) cards.get(j).get("element"));
          r.add(String.format(Locale.ROOT, "%.4f", (Double) cards.get(j).get("score")));
        }
      }
    }
    header.addAll(ADDED);
    int width = header.size();
    for (List<String> r : rows) {
      while (r.size() < width) {
        r.add("");
      }
    }
    write(out, header, rows);
    spec.commandLine().getErr().printf(Locale.ROOT,
        "valuex: coded %d of %d rows into %s (%d coded by a person left as they were)%n",
        todo.size(), rows.size(), output, personCoded);
    return Main.OK;
  }

  private Optional<Side> rowSide(List<String> row, int side, int index) {
    if (side < 0 || row.get(side).isBlank()) {
      return Optional.empty();
    }
    String s = row.get(side).strip().toLowerCase(Locale.ROOT);
    if (s.equals("in") || s.equals("out")) {
      return Optional.of(s.equals("in") ? Side.IN : Side.OUT);
    }
    throw new UsageException(sheet + " row " + (index + 2) + ": side must be in or out, got "
        + row.get(side), "fix the side or leave it blank for valuex code to fill");
  }

  private static List<List<Map<String, Object>>> lexical(Catalog catalog, Optional<Side> side,
      List<String> statements) {
    List<List<Map<String, Object>>> out = new ArrayList<>();
    for (String statement : statements) {
      out.add(SuggestCommand.lexical(catalog, side, statement, TOP));
    }
    return out;
  }

  /** Writes the coded sheet to a temporary file beside the output, then moves it into place. */
  private void write(Path out, List<String> header, List<List<String>> rows) throws IOException {
    Path dir = out.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new UsageException("--output " + output + ": no such directory " + dir,
          "create the directory first");
    }
    Path tmp = OutputFiles.temporaryBeside(dir, ".valuex-code-");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        w.write(CSVFormat.RFC4180.format(header.toArray()));
        w.write("\r\n");
        for (List<String> r : rows) {
          w.write(CSVFormat.RFC4180.format(r.toArray()));
          w.write("\r\n");
        }
      }
      try {
        Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Finds a column by any of its names, ignoring case, spaces, hyphens and underscores. */
  static int column(List<String> header, String... names) {
    for (String name : names) {
      for (int i = 0; i < header.size(); i++) {
        if (key(header.get(i)).equals(key(name))) {
          return i;
        }
      }
    }
    return -1;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
  }
}
