package dev.valuex.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output files are written whole, never over an input or an existing file without --force. */
class OutputFilesTest {
  @TempDir Path tmp;

  private Path sheet() throws IOException {
    Path sheet = tmp.resolve("study.csv");
    Files.copy(CommandsTest.SHEET, sheet);
    return sheet;
  }

  private static void assertUsageError(CliRun run, String... phrases) {
    assertEquals(Main.USAGE, run.code, run::toString);
    assertFalse(run.err.contains("Exception"), run::toString);
    assertTrue(run.err.contains("hint: "), run::toString);
    for (String phrase : phrases) {
      assertTrue(run.err.contains(phrase), () -> "missing '" + phrase + "' in " + run);
    }
  }

  @Test
  void importRefusesToWriteOverItsOwnSheet() throws IOException {
    Path sheet = sheet();
    byte[] before = Files.readAllBytes(sheet);
    assertUsageError(CliRun.of("import", sheet.toString(), "-o", sheet.toString(), "--force"),
        "is an input of this command");
    assertUsageError(CliRun.of("import", sheet.toString(), "-o",
        tmp.resolve("sub/../study.csv").toString(), "--force"), "is an input of this command");
    assertArrayEquals(before, Files.readAllBytes(sheet));
  }

  @Test
  void importComparesRealPathsSoALinkToTheSheetIsTheSheet() throws IOException {
    Path sheet = sheet();
    Path link = Files.createSymbolicLink(tmp.resolve("link.csv"), sheet);
    byte[] before = Files.readAllBytes(sheet);
    assertUsageError(CliRun.of("import", link.toString(), "-o", sheet.toString(), "--force"),
        "is an input of this command");
    assertArrayEquals(before, Files.readAllBytes(sheet));
  }

  @Test
  void importRefusesAnExistingFileWithoutForceAndReplacesItWithForce() throws IOException {
    Path sheet = sheet();
    Path out = tmp.resolve("ledgers.ndjson");
    Files.writeString(out, "earlier work\n");
    assertUsageError(CliRun.of("import", sheet.toString(), "-o", out.toString()),
        "--output " + out + " already exists", "--force");
    assertEquals("earlier work\n", Files.readString(out));
    CliRun run = CliRun.of("import", sheet.toString(), "-o", out.toString(), "--force");
    assertEquals(Main.OK, run.code, run::toString);
    assertEquals(50, Files.readAllLines(out).size());
  }

  @Test
  void importCreatesAMissingFolderOnlyWithMkdirs() throws IOException {
    Path sheet = sheet();
    Path out = tmp.resolve("missing/deeper/ledgers.ndjson");
    assertUsageError(CliRun.of("import", sheet.toString(), "-o", out.toString()),
        "does not exist", "--mkdirs");
    assertFalse(Files.exists(tmp.resolve("missing")));
    CliRun run = CliRun.of("import", sheet.toString(), "-o", out.toString(), "--mkdirs");
    assertEquals(Main.OK, run.code, run::toString);
    assertEquals(50, Files.readAllLines(out).size());
  }

  @Test
  void importBelowAFileSaysThePathIsAFileNotAFolder() throws IOException {
    Path sheet = sheet();
    assertUsageError(CliRun.of("import", sheet.toString(), "-o",
        sheet.resolve("x.ndjson").toString(), "--mkdirs"), sheet + " is a file, not a folder");
  }

  @Test
  void importToAFolderSaysItIsAFolder() throws IOException {
    Path sheet = sheet();
    assertUsageError(CliRun.of("import", sheet.toString(), "-o", tmp.toString()),
        "is a folder, not a file");
  }

  @Test
  void importKeepsTheLedgersAndTheStageTagsInFilesOfTheirOwn() throws IOException {
    Path sheet = sheet();
    Path out = tmp.resolve("x.json");
    assertUsageError(CliRun.of("import", sheet.toString(), "-o", out.toString(), "--journey",
        CommandsTest.SAMPLE.resolve("journey.json").toString(), "--stage-tags-output",
        out.toString()), "name the same file");
  }

  @Test
  void importLeavesNoTemporaryFilesBehind() throws IOException {
    Path sheet = sheet();
    assertEquals(Main.OK, CliRun.of("import", sheet.toString(), "-o",
        tmp.resolve("ledgers.ndjson").toString()).code);
    try (Stream<Path> files = Files.list(tmp)) {
      assertEquals(List.of("ledgers.ndjson", "study.csv"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aWriteThatFailsHalfwayLeavesTheOldFileWhole() throws IOException {
    Path target = tmp.resolve("ledgers.ndjson");
    Files.writeString(target, "earlier work\n");
    OutputFiles.Options force = new OutputFiles.Options();
    force.force = true;
    UsageException e = assertThrows(UsageException.class,
        () -> OutputFiles.of(force, List.of()).write(target, "--output", out -> {
          out.write("half a fi".getBytes(StandardCharsets.UTF_8));
          throw new IOException("No space left on device");
        }));
    assertEquals("cannot write --output " + target + ": No space left on device",
        e.getMessage());
    assertEquals("earlier work\n", Files.readString(target));
    try (Stream<Path> files = Files.list(tmp)) {
      assertEquals(1, files.count(), "the temporary file is removed");
    }
  }

  @Test
  void demoOutIntoAFileSaysItIsAFileNotAFolder() throws IOException {
    Path file = Files.writeString(tmp.resolve("some-file"), "notes");
    assertUsageError(CliRun.of("demo", "--out", file.toString()),
        file + " is a file, not a folder");
    assertEquals("notes", Files.readString(file));
  }

  @Test
  void demoReplacesAnEarlierReportOnlyWithForce() throws IOException {
    Path folder = Files.createDirectory(tmp.resolve("report"));
    Path report = Files.writeString(folder.resolve("report.html"), "kept");
    assertUsageError(CliRun.of("demo", "--out", folder.toString()),
        report + " already exists", "--force");
    assertEquals("kept", Files.readString(report));
  }

  @Test
  void demoCreatesItsFolderButItsParentsOnlyWithMkdirs() {
    assertUsageError(CliRun.of("demo", "--out", tmp.resolve("a/b").toString()),
        "does not exist", "--mkdirs");
    assertFalse(Files.exists(tmp.resolve("a")));
  }

  @Test
  void noCommandPrintsTheUsageAndFails() {
    CliRun run = CliRun.of();
    assertUsageError(run, "a command is needed", "Usage: valuex");
    assertEquals("", run.out);
  }

  @Test
  void suggestWithNoStatementsIsAUsageError() {
    assertUsageError(CliRun.suggest("\n  \n"), "no statements");
  }

  @Test
  void writtenFilesGetTheUsersUsualPermissionsNotOwnerOnly() throws IOException {
    assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path usual = Files.createFile(tmp.resolve("usual.txt"));
    Path out = tmp.resolve("report");
    CliRun run = CliRun.of("demo", "--out", out.toString());
    assertEquals(0, run.code, run.err);
    assertEquals(Files.getPosixFilePermissions(usual),
        Files.getPosixFilePermissions(out.resolve("report.html")));
  }
}
