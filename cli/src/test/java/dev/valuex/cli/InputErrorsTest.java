package dev.valuex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A researcher's file with a problem gets a message at its row and column, in plain words. */
class InputErrorsTest {
  static final String HEADER = "subject,view,as_of,side,element,evidence\n";

  @TempDir Path tmp;

  private static void assertProblem(CliRun run, String... phrases) {
    assertEquals(Main.PROBLEMS, run.code, run::toString);
    assertFalse(run.err.contains("Exception"), run::toString);
    for (String phrase : phrases) {
      assertTrue(run.err.contains(phrase), () -> "missing '" + phrase + "' in " + run);
    }
  }

  @Test
  void aSheetWithOnlyItsHeaderIsAProblemNotZeroLedgers() throws IOException {
    Path sheet = Files.writeString(tmp.resolve("study.csv"), HEADER);
    Path out = tmp.resolve("ledgers.ndjson");
    assertProblem(CliRun.of("import", sheet.toString(), "-o", out.toString()),
        "row 2: sheet must have coded statements below its header, got none");
    assertFalse(Files.exists(out));
    assertProblem(CliRun.of("assess", sheet.toString()), "holds only the header");
  }

  @Test
  void anEmptyLedgerStreamIsAProblemNotBlankPatterns() throws IOException {
    Path empty = Files.writeString(tmp.resolve("ledgers.ndjson"), "");
    CliRun run = CliRun.of("analyze", empty.toString());
    assertProblem(run, "line 1: stream must hold at least one ledger, got none");
    assertEquals("", run.out);
  }

  @Test
  void aDayThatDoesNotExistIsNamedSo() throws IOException {
    Path sheet = Files.writeString(tmp.resolve("study.csv"),
        HEADER + "P1,CURRENT,2026-02-30,OUT,Savings,cheap\n");
    assertProblem(CliRun.of("analyze", sheet.toString()),
        "row 2: as_of must be a day that exists (February 2026 has 28 days), got '2026-02-30'");
  }

  @Test
  void aCsvSyntaxErrorIsPlacedAtTheSheetsRowAndColumn() throws IOException {
    Path sheet = Files.writeString(tmp.resolve("study.csv"), HEADER
        + "P1,CURRENT,2026-03-01,OUT,Savings,\"cheap,\nand cheerful\"\n"
        + "P2,CURRENT,2026-03-01,OUT,Savings,\"cheap\" enough\n");
    CliRun run = CliRun.of("import", sheet.toString(), "-o", tmp.resolve("x.ndjson").toString());
    assertProblem(run, "row 3: column 6 (evidence) must end its quoted text at the closing"
        + " quote, got 'e' after it");
    assertFalse(run.err.contains("encapsulated token"), run::toString);
  }

  @Test
  void aLatin1SheetIsPlacedAtItsFirstBadByte() throws IOException {
    Path sheet = tmp.resolve("study.csv");
    Files.write(sheet, (HEADER + "P1,CURRENT,2026-03-01,OUT,Savings,cheap\n"
        + "P1,CURRENT,2026-03-01,OUT,Savings,\u00e0 bon march\u00e9\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    assertProblem(CliRun.of("analyze", sheet.toString()),
        "row 3: column 6 (evidence) must be UTF-8 text, got byte 0xE0", "save it as UTF-8");
  }

  @Test
  void aSheetOverTheLimitNamesTheOptionThatRaisesIt() {
    CliRun run = CliRun.of("analyze", CommandsTest.SHEET.toString(), "--max-sheet-chars",
        "1000");
    assertEquals(Main.USAGE, run.code, run::toString);
    assertTrue(run.err.contains("is longer than --max-sheet-chars allows (1000 characters)"),
        run::toString);
    assertTrue(run.err.contains("hint: raise the limit, e.g. --max-sheet-chars"),
        run::toString);
    CliRun raised = CliRun.of("analyze", CommandsTest.SHEET.toString(), "--max-sheet-chars",
        "1000000");
    assertEquals(Main.OK, raised.code, raised::toString);
  }

  @Test
  void aBlankPathIsAUsageErrorNamingTheOption() {
    CliRun run = CliRun.of("demo", "--journey", " ", "--out", tmp.resolve("r").toString());
    assertEquals(Main.USAGE, run.code, run::toString);
    assertTrue(run.err.startsWith("Invalid value for option '--journey': a path"
        + " must name a file or folder, got ' '"), run::toString);
    assertFalse(run.err.contains("Exception"), run::toString);
    assertFalse(Files.exists(tmp.resolve("r")), run::toString);
  }

  @Test
  void aPathWithANulCharacterIsAUsageErrorNamingTheParameter() {
    CliRun run = CliRun.of("analyze", "ledgers\u0000.ndjson");
    assertEquals(Main.USAGE, run.code, run::toString);
    assertTrue(run.err.startsWith("Invalid value for positional parameter at index 0 (LEDGERS):"
        + " 'ledgers\\u0000.ndjson' is not a path this system can use"), run::toString);
    assertFalse(run.err.contains("Exception"), run::toString);
  }

  @Test
  void aStageTagsFileThatIsNotUtf8IsPlacedAtItsFirstBadByte() throws IOException {
    Path tags = tmp.resolve("tags.json");
    Files.write(tags, "{\n  \"caf\u00e9\": 1}\n".getBytes(StandardCharsets.ISO_8859_1));
    CliRun run = CliRun.of("demo", "--stage-tags", tags.toString(), "--out",
        tmp.resolve("r").toString());
    assertProblem(run, tags + ": 1 problem",
        "line 2, column 7: file must be UTF-8 text, got byte 0xE9 at offset 8");
  }

  @Test
  void aCodingSheetToAgreeOnThatIsNotUtf8IsAProblemNotAJavaError() throws IOException {
    Path second = tmp.resolve("second.csv");
    Files.write(second, "subject,side,element,evidence\nP1,OUT,Savings,march\u00e9\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    assertProblem(CliRun.of("agree", AgreeCommandTest.FIRST.toString(), second.toString()),
        "line 2, column 21: file must be UTF-8 text, got byte 0xE9 at offset 50");
  }
}
