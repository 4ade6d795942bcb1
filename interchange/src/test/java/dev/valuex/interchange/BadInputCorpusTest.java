package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.ValuexFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad documents and the exact problems the strict reader reports for them. Each
 * {@code corpus/<case>.json} has a {@code <case>.errors} file with one expected problem per
 * line; the cases that need generated input (huge, deep, mis-encoded) are written out here.
 */
class BadInputCorpusTest {
  private static final String HEADER = "{\"format\":\"valuex.ledger/1\",\"id\":\"a1\","
      + "\"subject\":{\"kind\":\"individual\",\"label\":\"P1\"},\"owner\":\"P1\","
      + "\"author\":\"r1\",\"perspective\":\"customer\",\"view\":\"current\","
      + "\"as_of\":\"2026-01-02\"";

  static Stream<Path> corpus() throws IOException, URISyntaxException {
    Path dir = Path.of(BadInputCorpusTest.class.getResource("/corpus").toURI());
    return Files.list(dir).filter(p -> p.toString().endsWith(".json")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void corpusDocumentIsRejectedWithExactlyTheExpectedProblems(Path doc) throws IOException {
    Path expected = Path.of(doc.toString().replaceAll("\\.json$", ".errors"));
    byte[] bytes = Files.readAllBytes(doc);
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> ValuexJson.create().readLedger(new ByteArrayInputStream(bytes)));
    assertTrue(Files.exists(expected), () -> "missing " + expected + ", actual:\n"
        + String.join("\n", e.problems()));
    assertEquals(Files.readAllLines(expected, StandardCharsets.UTF_8), e.problems());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void corpusDocumentGivenAsTextGetsTheSameProblemsAsGivenAsBytes(Path doc) throws IOException {
    byte[] bytes = Files.readAllBytes(doc);
    String text = new String(bytes, StandardCharsets.UTF_8);
    // Only documents that are UTF-8 text to begin with: the others test byte decoding.
    if (java.util.Arrays.equals(bytes, text.getBytes(StandardCharsets.UTF_8))) {
      // Text takes a faster parse that leaves duplicate keys to the tree, then re-reads a
      // document with any problem strictly, so the problems, their locations and rules are
      // the same (Jackson words a few parse errors differently for text and bytes).
      ValuexFormatException e = assertThrows(ValuexFormatException.class,
          () -> ValuexJson.create().readLedger(text));
      assertEquals(withoutJacksonWording(problems(ValuexJson.create(), bytes)),
          withoutJacksonWording(e.problems()));
    }
  }

  @Test
  void aKeyRepeatedInsideAnEntryIsLocatedWhenReadFromText() {
    String doc = HEADER + ",\"entries\":[{\"element\":\"customer.savings\",\"side\":\"out\","
        + "\"side\":\"in\"}]}";
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> ValuexJson.create().readLedger(doc));
    assertEquals(List.of("/entries/0/side (line 1, column 234): must be well-formed JSON, got"
        + " Duplicate field 'side'"), e.problems());
  }

  private static List<String> withoutJacksonWording(List<String> problems) {
    return problems.stream()
        .map(p -> p.replaceFirst("must be well-formed JSON, got .*", "must be well-formed JSON"))
        .toList();
  }

  private static List<String> problems(ValuexJson json, byte[] doc) {
    return assertThrows(ValuexFormatException.class,
        () -> json.readLedger(new ByteArrayInputStream(doc))).problems();
  }

  @Test
  void hugeStringBreaksTheStringLimit() {
    ValuexJson json = ValuexJson.create()
        .withLimits(ReadLimits.builder().maxStringLength(1000).build());
    String doc = HEADER + ",\"purpose\":\"" + "x".repeat(5000) + "\"}";
    // Jackson notices the length when a text buffer segment fills, and segments are recycled
    // per thread, so where it notices depends on what the thread read before.
    List<String> problems = problems(json, doc.getBytes(StandardCharsets.UTF_8));
    assertEquals(1, problems.size(), problems::toString);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("/purpose \\(line 1, column"
        + " \\d+\\): must stay within the read limits, got String value length \\((\\d+)\\)"
        + " exceeds the maximum allowed \\(1000, from"
        + " `StreamReadConstraints.getMaxStringLength\\(\\)`\\)").matcher(problems.get(0));
    assertTrue(m.matches(), problems.get(0));
    assertTrue(Integer.parseInt(m.group(1)) > 1000, problems.get(0));
  }

  @Test
  void longDocumentBreaksTheDocumentLimit() {
    ValuexJson json = ValuexJson.create()
        .withLimits(ReadLimits.builder().maxDocumentLength(10_000).build());
    String doc = HEADER + ",\"notes\":[" + "\"note\",".repeat(5000) + "\"end\"]}";
    assertEquals(List.of("/notes/2259 (line 1, column 24001): must stay within the read limits,"
            + " got Document length (16000) exceeds the maximum allowed (10000, from"
            + " `StreamReadConstraints.getMaxDocumentLength()`)"),
        problems(json, doc.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void deepNestingBreaksTheDepthLimit() {
    String doc = HEADER + ",\"extra\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    assertEquals(List.of("/extra" + "/0".repeat(31)
            + " (line 1, column 214): must stay within the read limits, got Document nesting"
            + " depth (33) exceeds the maximum allowed (32, from"
            + " `StreamReadConstraints.getMaxNestingDepth()`)"),
        problems(ValuexJson.lenient(), doc.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void bytesThatLookLikeUcs4OfAnUnknownByteOrderAreRejected() {
    byte[] doc = {0, 0, 4, 0, 0, 'o', 'r', 'm', 'a', 't'};
    assertEquals(List.of("(root): must be well-formed JSON, got Unsupported UCS-4 endianness"
        + " (2143) detected"), problems(ValuexJson.create(), doc));
  }

  @Test
  void latin1BytesInAUtf8DocumentAreRejected() {
    byte[] utf8 = (HEADER + ",\"purpose\":\"caf\u00e9 au lait\"}")
        .getBytes(StandardCharsets.UTF_8);
    byte[] mixed = (HEADER + ",\"purpose\":\"caf\u00e9 au lait\"}")
        .getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("caf\u00e9 au lait",
        ValuexJson.create().readLedger(new ByteArrayInputStream(utf8)).purpose().orElseThrow());
    assertEquals(List.of("/purpose (line 1, column 190): must be well-formed JSON, got Invalid"
            + " UTF-8 middle byte 0x20"),
        problems(ValuexJson.create(), mixed));
  }
}
