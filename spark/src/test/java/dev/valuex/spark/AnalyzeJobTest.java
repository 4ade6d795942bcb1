package dev.valuex.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.cli.Main;
import dev.valuex.core.analysis.PatternAnalysis;
import dev.valuex.interchange.AnalysisDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeJobTest {
  @TempDir Path dir;

  private static String cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(0, code, err::toString);
    return out.toString();
  }

  private static String job(String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    AnalyzeJob.run(LocalSpark.session(), AnalyzeJob.Options.parse(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals("", err.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void jobOnTheSampleStudyWritesWhatTheCommandLineWrites() throws IOException {
    Path sheet = dir.resolve("coding-sheet.csv");
    try (InputStream in = Main.class.getResourceAsStream("sample/coding-sheet.csv")) {
      Files.copy(in, sheet);
    }
    Path ledgers = dir.resolve("ledgers.ndjson");
    cli("import", sheet.toString(), "-o", ledgers.toString());
    String[][] options = {
        {},
        {"--view", "current", "--by", "period", "--top", "3", "--min-together", "2",
            "--pairs", "8"},
        {"--view", "desired", "--by", "view", "--pairs", "0"},
    };
    for (String[] o : options) {
      List<String> args = new ArrayList<>(List.of("analyze", ledgers.toString(), "--format",
          "json"));
      args.addAll(List.of(o));
      String expected = cli(args.toArray(new String[0]));
      assertEquals(true, expected.startsWith("{" + System.lineSeparator()
          + "  \"format\" : \"valuex.analysis/1\""), expected);
      List<String> jobArgs = new ArrayList<>(List.of(ledgers.toString()));
      jobArgs.addAll(List.of(o));
      assertEquals(expected, job(jobArgs.toArray(new String[0])), String.join(" ", o));
    }
    // The same analysis of a dataset of ledgers, through the dataset's encoding.
    LedgerLines read = ValuexSpark.readLedgers(LocalSpark.session(), ledgers.toString());
    assertEquals(cli("analyze", ledgers.toString(), "--format", "json", "--by", "view",
        "--top", "3", "--min-together", "1"),
        AnalysisDocument.toJson(AnalysisDocument.of(AnalyzeJob.analyze(read.ledgers(),
            Optional.empty(), PatternAnalysis.Breakdown.VIEW, 3, 5, 1))) + System.lineSeparator());
  }

  @Test
  void reportsRejectedLinesOnStandardErrorAndWritesThem() throws IOException {
    Path ledgers = dir.resolve("ledgers.ndjson");
    Files.writeString(ledgers, dev.valuex.interchange.ValuexJson.create().toJson(
        GeneratedLedgers.ledger(3)) + "\nnot a ledger\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path rejected = dir.resolve("rejected");
    AnalyzeJob.run(LocalSpark.session(), AnalyzeJob.Options.parse(new String[] {
        ledgers.toString(), "--by", "none", "--output", dir.resolve("out.json").toString(),
        "--rejected", rejected.toString()}), new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals("valuex: 1 line is not a valid ledger; written to " + rejected
        + System.lineSeparator(), err.toString(StandardCharsets.UTF_8));
    assertEquals(1, LocalSpark.session().read().json(rejected.toString())
        .where("line = 2").count());
    String out = Files.readString(dir.resolve("out.json"));
    assertEquals(true, out.contains("\"ledgers\" : 1,"), out);
    assertEquals(true, out.contains("\"format\" : \"valuex.analysis/1\","), out);
  }

  @Test
  void rejectsABadCommandLineNamingTheOption() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AnalyzeJob.Options.parse(new String[] {"x.ndjson", "--by", "month"}));
    assertEquals("--by must be segment, view, period or none, got 'month'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> AnalyzeJob.Options.parse(new String[] {"x.ndjson", "--top", "0"}));
    assertEquals("--top must be at least 1, got 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> AnalyzeJob.Options.parse(new String[] {}));
    assertEquals("Missing required parameter: 'LEDGERS'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> AnalyzeJob.Options.parse(new String[] {"x.ndjson", "--view", "someday"}));
    assertEquals("--view must be current, desired or all, got 'someday'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> AnalyzeJob.Options.parse(new String[] {"x.ndjson", "--pairs", "-1"}));
    assertEquals("--pairs must be at least 0 and --min-together at least 1, got -1 and 5",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> AnalyzeJob.Options.parse(new String[] {"x.ndjson", "--top", "many"}));
    assertEquals("Invalid value for option '--top': 'many' is not an int", e.getMessage());
  }
}
