package dev.valuex.core.analysis;

import static dev.valuex.core.analysis.StudyLedgers.ALL;
import static dev.valuex.core.analysis.StudyLedgers.CONVENIENCE;
import static dev.valuex.core.analysis.StudyLedgers.L1;
import static dev.valuex.core.analysis.StudyLedgers.L3;
import static dev.valuex.core.analysis.StudyLedgers.MONEY;
import static dev.valuex.core.analysis.StudyLedgers.PEACE;
import static dev.valuex.core.analysis.StudyLedgers.SAVINGS;
import static dev.valuex.core.analysis.StudyLedgers.TIME;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Side;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The serialized form of {@link LedgerSummary} that Spark's shuffle and other engines' state
 * carry: format 2 ({@link TallyCodec}) round trip, size, format 1 still read, malformed bytes
 * refused with a message.
 */
class LedgerSummarySerializationTest {
  private static final List<ElementId> DECK = List.of(CONVENIENCE, MONEY, PEACE, SAVINGS, TIME);

  @Test
  void readsFormatOneWrittenByTheEarlierVersion() throws Exception {
    // Written by the previous release (dense int and long arrays) from LedgerSummary.of(ALL).
    byte[] format1;
    try (InputStream in = getClass().getResourceAsStream("ledger-summary-format1.ser")) {
      assertNotNull(in, "ledger-summary-format1.ser");
      format1 = in.readAllBytes();
    }
    LedgerSummary expected = LedgerSummary.of(ALL);
    LedgerSummary back = read(format1);
    assertEquals(expected, back);
    assertEquals(expected.coverage(Side.OUT, Slice.ofSegment("loyal")),
        back.coverage(Side.OUT, Slice.ofSegment("loyal")));
    // Written again, it takes the compact form, which is smaller and reads back equal.
    byte[] format2 = write(back);
    assertTrue(format2.length < format1.length, format2.length + " < " + format1.length);
    assertEquals(expected, read(format2));
  }

  @Test
  void roundTripsDenseAndSparsePairCountersOverManyStrata() throws Exception {
    // One stratum where every pair of placements occurs (dense pair cells), and strata of a
    // single ledger each over a wider deck (sparse pair cells).
    Ledger everything = L1.withId(LedgerId.of("everything")).withEntries(List.of());
    for (ElementId id : DECK) {
      everything = everything.withEntry(LedgerEntry.of(id, Side.IN).withImportance(2))
          .withEntry(LedgerEntry.of(id, Side.OUT));
    }
    List<Ledger> ledgers = new ArrayList<>(Collections.nCopies(300, everything));
    for (int l = 0; l < 40; l++) {
      ledgers.add(L3.withId(LedgerId.of("wide" + l)).withAsOf(L3.asOf().plusMonths(l))
          .withEntry(LedgerEntry.of(ElementId.of("customer", "extra-" + l), Side.OUT)));
    }
    ledgers.addAll(ALL);
    LedgerSummary summary = LedgerSummary.of(ledgers);
    byte[] bytes = write(summary);
    LedgerSummary back = read(bytes);
    assertEquals(summary, back);
    assertEquals(300, back.together(Placement.of(MONEY, Side.IN),
        Placement.of(TIME, Side.OUT), Slice.all()));
    assertEquals(summary.associations(Slice.all(), 1), back.associations(Slice.all(), 1));
    // The same counts in the same canonical order give the same bytes.
    assertArrayEquals(bytes, write(back));
  }

  @Test
  void refusesAFormatItDoesNotKnow() throws Exception {
    LedgerSummary summary = LedgerSummary.of(ALL);
    byte[] counts = encode(summary);
    byte[] stream = write(summary);
    int at = indexOf(stream, counts);
    stream[at] = 3;
    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> read(stream));
    assertEquals("LedgerSummary: serialized format 3 is not supported; this version reads"
        + " formats 1 and 2", e.getMessage());
  }

  @Test
  void refusesTruncatedOrTrailingBytesNamingThePart() {
    byte[] counts = encode(LedgerSummary.of(ALL));
    InvalidObjectException truncated = assertThrows(InvalidObjectException.class,
        () -> TallyCodec.decode(Arrays.copyOf(counts, counts.length - 1)));
    assertTrue(truncated.getMessage().startsWith(
        "LedgerSummary: malformed serialized form: stratum 4 pair count "),
        truncated.getMessage());
    assertTrue(truncated.getMessage().endsWith(
        " must be present, got end of data (at byte " + (counts.length - 1) + ")"),
        truncated.getMessage());
    InvalidObjectException trailing = assertThrows(InvalidObjectException.class,
        () -> TallyCodec.decode(Arrays.copyOf(counts, counts.length + 1)));
    assertEquals("LedgerSummary: malformed serialized form: end must follow the last stratum"
        + " directly, got 1 bytes (at byte " + counts.length + ")", trailing.getMessage());
  }

  @Test
  void refusesACountAboveTheLedgersOfItsStratum() {
    // Format 2, one element, one empty segment set, one stratum of 1 ledger whose first
    // ledger count claims 2.
    byte[] bytes = {2, 1, 4, 'a', '.', 'b', 'c', 1, 0, 1, 0, 0, 0, 1, 2};
    InvalidObjectException e =
        assertThrows(InvalidObjectException.class, () -> TallyCodec.decode(bytes));
    assertEquals("LedgerSummary: malformed serialized form: stratum 0 ledger count 0 must be"
        + " between 0 and 1, got 2 (at byte 15)", e.getMessage());
  }

  private static byte[] encode(LedgerSummary summary) {
    return summary.serializedCounts();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    throw new AssertionError("the counts are not in the stream");
  }

  private static byte[] write(Object o) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.toByteArray();
  }

  private static LedgerSummary read(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return (LedgerSummary) in.readObject();
    }
  }
}
