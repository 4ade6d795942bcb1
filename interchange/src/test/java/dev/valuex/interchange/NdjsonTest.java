package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Problem;
import dev.valuex.core.ValuexFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NdjsonTest {
  private final ValuexJson json = ValuexJson.create();

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String line(String id) {
    return Samples.LEDGER_JSON.replace("\"p07-current\"", "\"" + id + "\"");
  }

  @Test
  void writesOneLedgerPerLineEndedByNewline() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonLedgerWriter w = json.ledgerWriter(out)) {
      w.write(Samples.ledger());
      w.write(Samples.ledger().withId(LedgerId.of("p08")));
      assertEquals(2, w.written());
    }
    assertEquals(line("p07-current") + "\n" + line("p08") + "\n",
        out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void skipsEmptyLinesAndAcceptsCrLf() throws IOException {
    String text = "\n" + line("a") + "\r\n\r\n\n" + line("b");
    try (NdjsonLedgerReader r = json.ledgerReader(bytes(text))) {
      assertEquals(List.of("a", "b"),
          r.stream().map(l -> l.id().value()).collect(Collectors.toList()));
      assertEquals(5, r.lineNumber());
      assertFalse(r.hasNext());
      assertThrows(NoSuchElementException.class, r::next);
    }
  }

  @Test
  void badLineIsReportedWithItsLineNumberAfterEarlierLedgers() throws IOException {
    String bad = line("b").replace("\"side\":\"in\"", "\"side\":\"up\"")
        .replace("\"owner\":\"P07\"", "\"owner\":\"\"");
    try (NdjsonLedgerReader r = json.ledgerReader(bytes(line("a") + "\n\n" + bad + "\n"))) {
      assertEquals("a", r.next().id().value());
      ValuexFormatException e = assertThrows(ValuexFormatException.class, r::next);
      assertEquals(List.of("line 3: /owner: must not be blank, got ''",
          "line 3: /entries/1/side: must be one of \"in\", \"out\", got \"up\""), e.problems());
      assertTrue(e.getMessage().startsWith("NDJSON: 2 problems"));
    }
  }

  @Test
  void callerMayGoOnPastABadLine() throws IOException {
    String text = line("a") + "\n" + line("b").replace("\"view\":\"current\"", "\"view\":0")
        + "\n" + line("c") + "\n";
    try (NdjsonLedgerReader r = json.ledgerReader(bytes(text))) {
      assertEquals("a", r.next().id().value());
      assertThrows(ValuexFormatException.class, r::next);
      assertEquals("c", r.next().id().value());
      assertFalse(r.hasNext());
    }
  }

  @Test
  void malformedJsonOnALineIsReportedWithLineAndColumn() throws IOException {
    try (NdjsonLedgerReader r = json.ledgerReader(bytes(line("a") + "\n{\"format\":"))) {
      r.next();
      ValuexFormatException e = assertThrows(ValuexFormatException.class, r::next);
      assertEquals(List.of("/format (line 2, column 11): must be well-formed JSON,"
          + " got Unexpected end-of-input within/between Object entries"), e.problems());
      Problem p = e.details().get(0);
      assertEquals(List.of(Optional.of("/format"), OptionalLong.of(2), OptionalInt.of(11)),
          List.of(p.pointer(), p.line(), p.column()));
      assertEquals("must be well-formed JSON", p.rule());
    }
  }

  @Test
  void lineLongerThanTheDocumentLimitIsRejectedWithoutBufferingIt() throws IOException {
    ValuexJson small = json.withLimits(ReadLimits.builder().maxDocumentLength(2000).build());
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'x';
      }
    };
    try (NdjsonLedgerReader r = small.ledgerReader(endless)) {
      ValuexFormatException e = assertThrows(ValuexFormatException.class, r::hasNext);
      assertEquals(List.of("line 1: must be at most 2000 characters long, got more"),
          e.problems());
    }
  }

  @Test
  void aLineIsMeasuredInCharactersNotBytesAndReadAsUtf8() throws IOException {
    // 300 chars of two bytes each and one of four bytes (two chars): far more bytes than chars.
    String label = "P" + "\u00e9".repeat(300) + "\uD83D\uDE00";
    String doc = line("a").replace("P07", label);
    ValuexJson exact = json.withLimits(
        ReadLimits.builder().maxDocumentLength(doc.length()).build());
    try (NdjsonLedgerReader r = exact.ledgerReader(bytes(doc + "\n" + line("b")))) {
      assertEquals(label, r.next().subject().label());
      assertEquals("P07", r.next().subject().label());
      assertFalse(r.hasNext());
    }
    ValuexJson shorter = json.withLimits(
        ReadLimits.builder().maxDocumentLength(doc.length() - 1).build());
    try (NdjsonLedgerReader r = shorter.ledgerReader(bytes(doc + "\n"))) {
      assertEquals(List.of("line 1: must be at most " + (doc.length() - 1)
          + " characters long, got more"),
          assertThrows(ValuexFormatException.class, r::hasNext).problems());
    }
  }

  @Test
  void aLineOfMoreBytesThanTheLimitAcrossReadBuffersIsCountedInCharacters() throws IOException {
    // 6,000 chars of two bytes each: 12,000 bytes, read in more than one buffer, over the
    // limit in bytes from the first buffer on, within it in characters.
    String label = "P" + "\u00e9".repeat(6000);
    String doc = line("a").replace("P07", label);
    ValuexJson exact = json.withLimits(
        ReadLimits.builder().maxDocumentLength(doc.length()).build());
    try (NdjsonLedgerReader r = exact.ledgerReader(bytes(doc + "\n" + doc))) {
      assertEquals(label, r.next().subject().label());
      assertEquals(label, r.next().subject().label());
      assertFalse(r.hasNext());
    }
    ValuexJson shorter = json.withLimits(
        ReadLimits.builder().maxDocumentLength(doc.length() - 1).build());
    try (NdjsonLedgerReader r = shorter.ledgerReader(bytes(line("b") + "\n" + doc))) {
      assertEquals("P07", r.next().subject().label());
      assertEquals(List.of("line 2: must be at most " + (doc.length() - 1)
          + " characters long, got more"),
          assertThrows(ValuexFormatException.class, r::hasNext).problems());
    }
  }

  @Test
  void bytesThatAreNotUtf8AreRejectedWithTheirLine() throws IOException {
    byte[] latin1 = (line("a") + "\n" + line("b").replace("P07", "P\u00e9"))
        .getBytes(StandardCharsets.ISO_8859_1);
    try (NdjsonLedgerReader r = json.ledgerReader(new ByteArrayInputStream(latin1))) {
      ValuexFormatException e = assertThrows(ValuexFormatException.class,
          () -> r.forEachRemaining(l -> { }));
      assertEquals(List.of("line 2: must be UTF-8 text, got malformed bytes"), e.problems());
    }
  }

  @Test
  void readsManyLedgersLazilyFromAGeneratedStream() throws IOException {
    int n = 20_000;
    byte[] one = (line("x") + "\n").getBytes(StandardCharsets.UTF_8);
    InputStream generated = new InputStream() {
      private long pos;

      @Override
      public int read() {
        if (pos == (long) n * one.length) {
          return -1;
        }
        return one[(int) (pos++ % one.length)];
      }
    };
    try (Stream<Ledger> ledgers = json.ledgerReader(generated).stream()) {
      assertEquals(n, ledgers.filter(l -> l.entries().size() == 2).count());
    }
  }
}
