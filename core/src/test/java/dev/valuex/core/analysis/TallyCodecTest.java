package dev.valuex.core.analysis;

import static dev.valuex.core.analysis.StudyLedgers.bare;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.ElementId;
import dev.valuex.core.Evidence;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.Side;
import dev.valuex.core.View;
import java.io.InvalidObjectException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The byte layout of a serialized {@link LedgerSummary} (format 2, {@link TallyCodec}), byte for
 * byte as its Javadoc documents it, so that a reader written elsewhere can rely on it; and each
 * malformed part of it refused with a message naming the part, the bad value and the rule.
 */
class TallyCodecTest {
  private static final ElementId TIME = ElementId.parse("customer.time");
  private static final ElementId CONVENIENCE = ElementId.parse("customer.convenience");

  @Test
  void writesOneLedgerAsTheDocumentedVarintsWithSparsePairCells() throws Exception {
    // time IN weighed 3 with two quotes, convenience OUT unweighed; segment "new", DESIRED,
    // May 2026. Slots: convenience IN 0, convenience OUT 1, time IN 2, time OUT 3.
    Ledger one = bare("p01", View.DESIRED, LocalDate.of(2026, 5, 10), "new")
        .withEntry(LedgerEntry.of(TIME, Side.IN).withImportance(3)
            .withEvidence(Evidence.quote("It takes an hour"), Evidence.quote("Every week")))
        .withEntry(LedgerEntry.of(CONVENIENCE, Side.OUT));
    LedgerSummary summary = LedgerSummary.of(List.of(one));
    byte[] expected = concat(
        bytes(2), // format
        bytes(2), text("customer.convenience"), text("customer.time"), // elements in id order
        bytes(1, 1), text("new"), // one segment set of one tag
        bytes(1), // one stratum
        // segment set 0, view DESIRED (1), month 2026 * 12 + 4 = 24316, zigzag 48632 as
        // 0x78 | 0x80, 379 & 0x7F | 0x80, 2
        bytes(0, 1, 0xF8, 0xFB, 0x02),
        bytes(1), // ledgers
        bytes(0, 1, 1, 0), // ledger counts per slot
        bytes(0, 0, 2, 0), // evidence counts per slot
        bytes(0, 0, 0, 0, 0, 0), // convenience IN: nothing
        bytes(1, 0, 0, 0, 0, 0), // convenience OUT: one unweighed entry
        bytes(0, 0, 0, 1, 0, 0), // time IN: one entry weighed 3
        bytes(0, 0, 0, 0, 0, 0), // time OUT: nothing
        // 6 pair cells, one non-zero (convenience OUT with time IN, cell 2 * 1 / 2 + 1 = 2):
        // dense would take 6 bytes, sparse 3: sparse, 1 cell, 2 zero cells skipped, count 1
        bytes(1, 1, 2, 1));
    assertArrayEquals(expected, summary.serializedCounts());
    assertEquals(summary, LedgerSummary.ofCanonical(TallyCodec.decode(expected).canonical()));
  }

  @Test
  void writesPairCellsDenselyWhenThatIsNoLonger() throws Exception {
    // One element on one side: a single pair cell, 0. Dense (0, 0) and sparse (1, 0) take two
    // bytes each, and dense is written on a tie.
    Ledger alone = bare("p02", View.CURRENT, LocalDate.of(2026, 1, 1))
        .withEntry(LedgerEntry.of(TIME, Side.OUT));
    byte[] alone1 = LedgerSummary.of(List.of(alone)).serializedCounts();
    assertArrayEquals(bytes(0, 0), Arrays.copyOfRange(alone1, alone1.length - 2, alone1.length));
    // 200 ledgers carrying time on both sides: one pair cell of 200, a two-byte varint (0xC8,
    // 0x01); dense takes 3 bytes, sparse 4 (mode, 1 cell, no gap, count).
    Ledger both = alone.withEntry(LedgerEntry.of(TIME, Side.IN));
    LedgerSummary many = LedgerSummary.of(java.util.Collections.nCopies(200, both));
    byte[] dense = many.serializedCounts();
    assertArrayEquals(bytes(0, 0xC8, 0x01),
        Arrays.copyOfRange(dense, dense.length - 3, dense.length));
    assertEquals(many, LedgerSummary.ofCanonical(TallyCodec.decode(dense).canonical()));
    assertEquals(200, LedgerSummary.ofCanonical(TallyCodec.decode(dense).canonical())
        .together(Placement.of(TIME, Side.IN), Placement.of(TIME, Side.OUT), Slice.all()));
  }

  @Test
  void roundTripsCountsThatTakeSeveralBytesAndSparseCellsFarApart() throws Exception {
    // 70,000 ledgers (a three-byte varint) whose only pair is far into the triangle of a
    // 40-element deck: a sparse gap of several bytes.
    Ledger wide = bare("p03", View.CURRENT, LocalDate.of(1999, 12, 31), "a", "b");
    for (int e = 0; e < 40; e++) {
      wide = wide.withEntry(LedgerEntry.of(ElementId.of("customer", "e" + (100 + e)),
          e < 20 ? Side.IN : Side.OUT));
    }
    Ledger pairOnly = bare("p04", View.CURRENT, LocalDate.of(1999, 12, 31), "b", "a")
        .withEntry(LedgerEntry.of(ElementId.of("customer", "e100"), Side.IN))
        .withEntry(LedgerEntry.of(ElementId.of("customer", "e139"), Side.OUT));
    LedgerSummary.Builder b = LedgerSummary.builder().add(wide);
    for (int i = 0; i < 70_000; i++) {
      b.add(pairOnly);
    }
    LedgerSummary summary = b.build();
    LedgerSummary back =
        LedgerSummary.ofCanonical(TallyCodec.decode(summary.serializedCounts()).canonical());
    assertEquals(summary, back);
    assertEquals(70_001, back.together(Placement.of(ElementId.of("customer", "e100"), Side.IN),
        Placement.of(ElementId.of("customer", "e139"), Side.OUT), Slice.all()));
    assertEquals(1, back.together(Placement.of(ElementId.of("customer", "e101"), Side.IN),
        Placement.of(ElementId.of("customer", "e138"), Side.OUT), Slice.all()));
    assertEquals(70_001, back.ledgers(Slice.ofSegment("a")));
    assertEquals(List.of(java.time.YearMonth.of(1999, 12)), List.copyOf(back.months()));
  }

  @Test
  void refusesMalformedElements() {
    malformed("element count must be between 0 and 1, got 2 (at byte 2)", 2, 2, 1, 'x');
    byte[] tooMany = Arrays.copyOf(bytes(2, 0x83, 0xB5, 0x01), 46_344);
    malformed(tooMany, "element count must be at most 23170, got 23171 (at byte 4)");
    // 23,170 elements, the most whose pairs a summary can count, are read (without strata).
    java.io.ByteArrayOutputStream most = new java.io.ByteArrayOutputStream();
    most.writeBytes(bytes(2, 0x82, 0xB5, 0x01));
    for (int i = 0; i < 23_170; i++) {
      most.writeBytes(text("x.e" + i));
    }
    most.writeBytes(bytes(0, 0));
    try {
      assertEquals(23_170, TallyCodec.decode(most.toByteArray()).elementCount());
    } catch (InvalidObjectException e) {
      throw new AssertionError(e);
    }
    malformed("element 0 must be an element id: ElementId: text must be <deck>.<slug> with"
        + " exactly one dot, got 'xy', got xy (at byte 5)", 2, 1, 2, 'x', 'y');
    malformed("element 1 must appear once, got x.y (at byte 10)",
        2, 2, 3, 'x', '.', 'y', 3, 'x', '.', 'y', 0, 0);
    malformed("element 0 length must be between 0 and 1, got 3 (at byte 3)", 2, 1, 3, 'x');
    // A text one byte longer than what is left, where the String constructor used to refuse it.
    malformed("element 0 length must be between 0 and 1, got 2 (at byte 3)", 2, 1, 2, 'x');
  }

  @Test
  void refusesMalformedSegmentSetsAndStrata() {
    // No elements, one segment set, then what follows.
    malformed("segment set count must be between 0 and 2, got 3 (at byte 3)", 2, 0, 3, 0);
    malformed("segment set 0 size must be between 0 and 2, got 3 (at byte 4)", 2, 0, 1, 3, 0);
    malformed("segment set 0 tag 1 length must be between 0 and 0, got 1 (at byte 7)",
        2, 0, 1, 2, 1, 'a', 1);
    malformed("stratum count must be between 0 and 2, got 3 (at byte 5)", 2, 0, 1, 0, 3, 0);
    malformed("stratum 0 segment set must be between 0 and 0, got 1 (at byte 6)",
        2, 0, 1, 0, 1, 1, 0, 0, 0, 0);
    malformed("stratum 0 view must be between 0 and 1, got 2 (at byte 7)",
        2, 0, 1, 0, 1, 0, 2, 0, 0, 0);
    malformed("stratum 1 must be the only stratum of its segment set, view and month, got"
        + " 0/1/-1 (at byte 13)", 2, 0, 1, 0, 2, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0);
    // Two segment sets that are the same set once their tags are sorted and made distinct.
    malformed("stratum 1 must be the only stratum of its segment set, view and month, got"
        + " 1/0/0 (at byte 24)", 2, 0, 2, 2, 1, 'a', 1, 'b', 3, 1, 'b', 1, 'a', 1, 'a',
        2, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0);
    malformed("stratum 0 ledgers must be present, got end of data (at byte 8)",
        2, 0, 1, 0, 1, 0, 0, 0);
  }

  @Test
  void refusesCountsOutOfRange() {
    // One element: 2 slots, 12 importance counts, 1 pair cell; one stratum of 1 ledger.
    byte[] head = bytes(2, 1, 3, 'x', '.', 'y', 1, 0, 1, 0, 0, 0, 1);
    byte[] carrying = bytes(1, 0);
    byte[] evidence = bytes(0, 0);
    byte[] importance = new byte[12];
    malformed(concat(head, carrying, bytes(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0x01)), "stratum 0 evidence count 0 must be at least 0, got -1 (at byte 25)");
    malformed(concat(head, carrying, bytes(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80,
        0x80, 0x80, 0x00)), "stratum 0 evidence count 0 must be a varint of at most ten bytes,"
        + " got more than ten bytes (at byte 25)");
    byte[] badImportance = importance.clone();
    badImportance[7] = 2;
    malformed(concat(head, carrying, evidence, badImportance),
        "stratum 0 importance count 7 must be between 0 and 1, got 2 (at byte 25)");
    malformed(concat(head, carrying, evidence, importance, bytes(2)),
        "stratum 0 pair encoding must be between 0 and 1, got 2 (at byte 30)");
    malformed(concat(head, carrying, evidence, importance, bytes(0, 2)),
        "stratum 0 pair count 0 must be between 0 and 1, got 2 (at byte 31)");
    malformed(concat(head, carrying, evidence, importance, bytes(1, 2)),
        "stratum 0 non-zero pair count must be between 0 and 1, got 2 (at byte 31)");
    malformed(concat(head, carrying, evidence, importance, bytes(1, 1, 1)),
        "stratum 0 pair gap 0 must be between 0 and 0, got 1 (at byte 32)");
    malformed(concat(head, carrying, evidence, importance, bytes(1, 1, 0, 2)),
        "stratum 0 pair count at cell 0 must be between 0 and 1, got 2 (at byte 33)");
    // The same bytes with counts in range read back: one ledger, one pair.
    byte[] good = concat(head, bytes(1, 1), evidence, importance, bytes(1, 1, 0, 1));
    try {
      LedgerSummary s = LedgerSummary.ofCanonical(TallyCodec.decode(good).canonical());
      Placement in = Placement.of(ElementId.parse("x.y"), Side.IN);
      assertEquals(1, s.together(in, Placement.of(ElementId.parse("x.y"), Side.OUT),
          Slice.all()));
      assertEquals(1, s.ledgers());
    } catch (InvalidObjectException e) {
      throw new AssertionError(e);
    }
  }

  private static void malformed(String message, int... bytes) {
    malformed(bytes(bytes), message);
  }

  private static void malformed(byte[] bytes, String message) {
    InvalidObjectException e =
        assertThrows(InvalidObjectException.class, () -> TallyCodec.decode(bytes));
    assertEquals("LedgerSummary: malformed serialized form: " + message, e.getMessage());
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] text(String s) {
    byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return concat(bytes(utf8.length), utf8);
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }
}
