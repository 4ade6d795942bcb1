package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.Ledger;
import dev.valuex.core.ValuexFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * How the NDJSON reader splits a stream into lines: lines far longer than its buffers, a line
 * of exactly the length limit, a last line without a line break, a stream that delivers its
 * bytes a few at a time, and what it says once the stream is used up or broken.
 */
class NdjsonLinesTest {
  private final ValuexJson json = ValuexJson.create();

  private static String line(String id, String label) {
    return Samples.LEDGER_JSON.replace("\"p07-current\"", "\"" + id + "\"")
        .replace("\"label\":\"P07\"", "\"label\":\"" + label + "\"");
  }

  private static List<String> ids(NdjsonLedgerReader r) {
    List<String> ids = new ArrayList<>();
    r.forEachRemaining(l -> ids.add(l.id().value()));
    return ids;
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void linesLongerThanTheReadBuffersAreReadWhole() throws IOException {
    // 20,000 characters: longer than the 8 KiB read buffer and the first line buffer.
    String label = "P" + "x".repeat(20_000);
    String text = line("a", label) + "\n" + line("b", "P" + "\u00e9".repeat(9_000)) + "\n"
        + line("c", "P1") + "\n";
    try (NdjsonLedgerReader r = json.ledgerReader(bytes(text))) {
      Ledger a = r.next();
      assertEquals(label, a.subject().label());
      assertEquals(9_001, r.next().subject().label().length());
      assertEquals("c", r.next().id().value());
      assertEquals(3, r.lineNumber());
    }
  }

  @Test
  void aLineOfExactlyTheLimitIsReadAndOneCharacterMoreIsNot() throws IOException {
    String doc = line("a", "P1");
    ValuexJson exact = json.withLimits(ReadLimits.builder()
        .maxDocumentLength(doc.length()).build());
    try (NdjsonLedgerReader r = exact.ledgerReader(bytes(doc + "\n" + doc))) {
      assertEquals(List.of("a", "a"), ids(r));
    }
    ValuexJson shorter = json.withLimits(ReadLimits.builder()
        .maxDocumentLength(doc.length() - 1).build());
    try (NdjsonLedgerReader r = shorter.ledgerReader(bytes(doc + "\n" + doc))) {
      assertEquals(List.of("line 1: must be at most " + (doc.length() - 1)
          + " characters long, got more"),
          assertThrows(ValuexFormatException.class, r::hasNext).problems());
    }
  }

  @Test
  void theLimitCountsALinesTextNotTheCarriageReturnOfItsLineBreak() throws IOException {
    String doc = line("a", "P1");
    ValuexJson exact = json.withLimits(ReadLimits.builder()
        .maxDocumentLength(doc.length()).build());
    try (NdjsonLedgerReader r = exact.ledgerReader(bytes(doc + "\r\n" + doc + "\r\n"))) {
      assertEquals(List.of("a", "a"), ids(r));
    }
    // one character more than the limit before the \r\n, in the middle and on the last line
    try (NdjsonLedgerReader r = exact.ledgerReader(bytes(doc + " \r\n" + doc))) {
      assertEquals(List.of("line 1: must be at most " + doc.length()
          + " characters long, got more"),
          assertThrows(ValuexFormatException.class, r::hasNext).problems());
    }
    try (NdjsonLedgerReader r = exact.ledgerReader(bytes(doc + "\n" + doc + " \r"))) {
      assertEquals("a", r.next().id().value());
      assertEquals(List.of("line 2: must be at most " + doc.length()
          + " characters long, got more"),
          assertThrows(ValuexFormatException.class, r::hasNext).problems());
    }
  }

  @Test
  void aCharacterWhoseSecondByteIs0x80CountsOnce() throws IOException {
    // U+00C0 is written C3 80, U+0100 C4 80: 0x80 continues a character, it starts none.
    String doc = line("a", "P" + "\u00c0\u0100".repeat(200));
    ValuexJson exact = json.withLimits(ReadLimits.builder()
        .maxDocumentLength(doc.length()).build());
    try (NdjsonLedgerReader r = exact.ledgerReader(bytes(doc + "\n"))) {
      assertEquals(List.of("a"), ids(r));
    }
  }

  @Test
  void closingTheReaderOrItsStreamClosesTheInput() throws IOException {
    boolean[] closed = new boolean[2];
    try (NdjsonLedgerReader r = json.ledgerReader(new ByteArrayInputStream(new byte[0]) {
      @Override
      public void close() {
        closed[0] = true;
      }
    })) {
      assertFalse(r.hasNext());
    }
    try (java.util.stream.Stream<Ledger> s = json.ledgerReader(new ByteArrayInputStream(
        (line("a", "P1") + "\n").getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[1] = true;
      }
    }).stream()) {
      assertEquals(1, s.count());
    }
    assertEquals(List.of(true, true), List.of(closed[0], closed[1]));
  }

  @Test
  void aLastLineWithoutALineBreakAndWithACarriageReturnIsRead() throws IOException {
    try (NdjsonLedgerReader r = json.ledgerReader(bytes(line("a", "P1") + "\n"
        + line("b", "P2") + "\r"))) {
      assertEquals(List.of("a", "b"), ids(r));
      assertEquals(2, r.lineNumber());
    }
  }

  @Test
  void aStreamThatDeliversAFewBytesAtATimeIsReadTheSame() throws IOException {
    byte[] all = (line("a", "P\u00e9") + "\n\n" + line("b", "P2") + "\n")
        .getBytes(StandardCharsets.UTF_8);
    InputStream trickle = new InputStream() {
      private int pos;
      private int calls;

      @Override
      public int read() {
        return pos < all.length ? all[pos++] & 0xff : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (pos == all.length) {
          return -1;
        }
        // Every other call delivers nothing, the others up to 7 bytes.
        if (calls++ % 2 == 0) {
          return 0;
        }
        int n = Math.min(Math.min(len, 7), all.length - pos);
        System.arraycopy(all, pos, b, off, n);
        pos += n;
        return n;
      }
    };
    try (NdjsonLedgerReader r = json.ledgerReader(trickle)) {
      assertEquals(List.of("a", "b"), ids(r));
      assertEquals(3, r.lineNumber());
    }
  }

  @Test
  void aUsedUpReaderSaysSoAndABrokenOneKeepsSayingWhy() throws IOException {
    try (NdjsonLedgerReader r = json.ledgerReader(bytes(""))) {
      assertFalse(r.hasNext());
      assertEquals(0, r.lineNumber());
      assertEquals("NdjsonLedgerReader: no more ledgers",
          assertThrows(NoSuchElementException.class, r::next).getMessage());
    }
    byte[] latin1 = (line("a", "P1") + "\n" + line("b", "P\u00e9") + "\n" + line("c", "P3"))
        .getBytes(StandardCharsets.ISO_8859_1);
    try (NdjsonLedgerReader r = json.ledgerReader(new ByteArrayInputStream(latin1))) {
      assertEquals("a", r.next().id().value());
      List<String> expected = List.of("line 2: must be UTF-8 text, got malformed bytes");
      assertEquals(expected, assertThrows(ValuexFormatException.class, r::hasNext).problems());
      assertEquals(expected, assertThrows(ValuexFormatException.class, r::hasNext).problems());
      assertEquals(expected, assertThrows(ValuexFormatException.class, r::next).problems());
    }
  }
}
