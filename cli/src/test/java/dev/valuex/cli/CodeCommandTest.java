package dev.valuex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeCommandTest {

  private static final String SHEET = String.join("\n",
      "subject,view,side,element,evidence_text",
      "Ana,current,out,customer.savings,\"I wait for the sales, it's cheaper\"",
      "Ana,current,,,Since the alarm went in I stop lying awake wondering whether someone will"
          + " get in",
      "Ben,current,in,,The membership fee went up again this year",
      "Ben,current,out,,",
      "");

  @TempDir Path dir;

  private Path sheet() throws IOException {
    Path p = dir.resolve("sheet.csv");
    Files.writeString(p, SHEET, StandardCharsets.UTF_8);
    return p;
  }

  private static List<CSVRecord> read(Path p) throws IOException {
    try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(r,
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return parser.getRecords();
    }
  }

  @Test
  void fillsOnlyUncodedRowsAndAddsTheTopThreeWithScores() throws IOException {
    Path in = sheet();
    Path out = dir.resolve("coded.csv");
    CliRun run = CliRun.of("code", in.toString(), "-o", out.toString());
    assertEquals(0, run.code, run::toString);
    assertEquals(SHEET, Files.readString(in, StandardCharsets.UTF_8));
    List<CSVRecord> rows = read(out);
    assertEquals(4, rows.size());

    CSVRecord person = rows.get(0);
    assertEquals("customer.savings", person.get("element"));
    assertEquals("out", person.get("side"));
    assertEquals("", person.get("suggestion_1"));

    CSVRecord indirect = rows.get(1);
    assertEquals(indirect.get("suggestion_1"), indirect.get("element"));
    assertFalse(indirect.get("element").isEmpty());
    assertTrue(List.of("in", "out").contains(indirect.get("side")), indirect.toString());
    assertTrue(indirect.toString().contains("customer.peace-of-mind"), indirect.toString());
    for (int k = 1; k <= 3; k++) {
      assertTrue(indirect.get("suggestion_" + k).startsWith("customer."), indirect.toString());
      Double.parseDouble(indirect.get("suggestion_" + k + "_score"));
    }
    assertTrue(Double.parseDouble(indirect.get("suggestion_1_score"))
        >= Double.parseDouble(indirect.get("suggestion_2_score")));

    CSVRecord given = rows.get(2);
    assertEquals("in", given.get("side"));
    assertTrue(List.of("customer.money", "customer.commitment", "customer.loyalty")
        .contains(given.get("element")), given.toString());

    CSVRecord empty = rows.get(3);
    assertEquals("", empty.get("element"));
    assertEquals("", empty.get("suggestion_1"));
    assertTrue(run.err.contains("coded 2 of 4 rows"), run::toString);
  }

  @Test
  void codesWithTheFastModelWhenAskedAndStillLeavesPersonCodedRowsAlone() throws IOException {
    Path in = sheet();
    Path out = dir.resolve("coded-fast.csv");
    CliRun run = CliRun.of("code", in.toString(), "-o", out.toString(), "--model", "fast");
    assertEquals(0, run.code, run::toString);
    List<CSVRecord> rows = read(out);
    assertEquals("customer.savings", rows.get(0).get("element"));
    assertEquals("", rows.get(0).get("suggestion_1"));
    for (int r = 1; r <= 2; r++) {
      assertEquals(rows.get(r).get("suggestion_1"), rows.get(r).get("element"));
      assertTrue(rows.get(r).get("element").startsWith("customer."), rows.get(r).toString());
    }
    assertTrue(run.err.contains("coded 2 of 4 rows"), run::toString);
  }

  @Test
  void rejectsAnUnknownModelAsAUsageError() throws IOException {
    CliRun run = CliRun.of("code", sheet().toString(), "-o", dir.resolve("o.csv").toString(),
        "--model", "huge");
    assertEquals(Main.USAGE, run.code, run::toString);
    assertTrue(run.err.contains("--model must be accurate or fast, got huge"), run::toString);
  }

  @Test
  void refusesToReplaceAnExistingFileWithoutForce() throws IOException {
    Path in = sheet();
    Path out = dir.resolve("coded.csv");
    Files.writeString(out, "keep me");
    CliRun run = CliRun.of("code", in.toString(), "-o", out.toString(), "--method", "lexical");
    assertEquals(Main.USAGE, run.code, run::toString);
    assertTrue(run.err.contains("--output " + out + " already exists"), run::toString);
    assertEquals("keep me", Files.readString(out));

    CliRun forced = CliRun.of("code", in.toString(), "-o", out.toString(), "--method",
        "lexical", "--force");
    assertEquals(0, forced.code, forced::toString);
    assertEquals(4, read(out).size());
  }

  @Test
  void neverOverwritesTheInputSheetEvenWithForce() throws IOException {
    Path in = sheet();
    CliRun run = CliRun.of("code", in.toString(), "-o", in.toString(), "--force");
    assertEquals(Main.USAGE, run.code, run::toString);
    assertTrue(run.err.contains("is the input sheet; valuex code never overwrites its input"),
        run::toString);
    assertEquals(SHEET, Files.readString(in, StandardCharsets.UTF_8));
  }

  @Test
  void namesTheMissingQuoteColumn() throws IOException {
    Path in = dir.resolve("bare.csv");
    Files.writeString(in, "subject,view,side,element\nAna,current,out,\n");
    CliRun run = CliRun.of("code", in.toString(), "-o", dir.resolve("o.csv").toString());
    assertEquals(Main.USAGE, run.code, run::toString);
    assertTrue(run.err.contains("has no evidence_text column"), run::toString);
    assertFalse(Files.exists(dir.resolve("o.csv")));
  }

  @Test
  void namesABadSideWithItsRow() throws IOException {
    Path in = dir.resolve("bad.csv");
    Files.writeString(in, "side,element,evidence_text\nsideways,,I pay too much\n");
    CliRun run = CliRun.of("code", in.toString(), "-o", dir.resolve("o.csv").toString(),
        "--method", "lexical");
    assertEquals(Main.USAGE, run.code, run::toString);
    assertTrue(run.err.contains("row 2: side must be in or out, got sideways"), run::toString);
    assertFalse(Files.exists(dir.resolve("o.csv")));
  }
}
