package dev.valuex.core.analysis;

import com.google.common.collect.ImmutableSortedSet;
import dev.valuex.core.ElementId;
import dev.valuex.core.View;
import java.io.InvalidObjectException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The compact byte form of a canonical {@link Tally}, which a serialized {@link LedgerSummary}
 * carries (Spark's shuffle, Beam's coders and Flink's state ship it between workers).
 *
 * <p>Format {@value #FORMAT}, every number an unsigned LEB128 varint (7 bits a byte, low bits
 * first) unless stated:
 *
 * <pre>
 * format (2)
 * E, then E element ids as text (length in bytes, UTF-8 bytes)
 * G, then G segment sets (tag count, then each tag as text)
 * S, then S strata, each:
 *   segment set index (below G), view ordinal, month (zigzag: year * 12 + month - 1),
 *   ledgers,
 *   2E ledger counts, 2E evidence counts, 2E * 6 importance counts (slot = element * 2 + side),
 *   pair counts over the 2E * (2E - 1) / 2 cells of the lower triangle, either
 *     0, then every cell (dense), or
 *     1, then the number of non-zero cells and, for each, the zero cells skipped since the
 *        previous one and its count (sparse),
 *   whichever is shorter.
 * </pre>
 *
 * <p>Format 1 was the summary's first serialized form, its counters as Java int and long arrays
 * (four or eight bytes a counter whatever its value); {@code LedgerSummary} still reads it.
 */
final class TallyCodec {
  /** The format this class writes. */
  static final int FORMAT = 2;

  private static final int DENSE = 0;
  private static final int SPARSE = 1;

  private TallyCodec() {}

  /** Encodes a canonical tally whose elements are {@code elements}, in its order. */
  static byte[] encode(Tally t, List<ElementId> elements) {
    Sink out = new Sink();
    out.varint(FORMAT);
    out.varint(elements.size());
    for (ElementId id : elements) {
      out.text(id.toString());
    }
    out.varint(t.segmentSetCount());
    for (int i = 0; i < t.segmentSetCount(); i++) {
      ImmutableSortedSet<String> set = t.segmentSet(i);
      out.varint(set.size());
      for (String tag : set) {
        out.text(tag);
      }
    }
    int slots = elements.size() * 2;
    List<Tally.Stratum> strata = t.strata();
    out.varint(strata.size());
    for (Tally.Stratum s : strata) {
      out.varint(s.segments);
      out.varint(s.view.ordinal());
      out.varlong((s.month << 1) ^ (s.month >> 63));
      out.varint(s.ledgers);
      for (int i = 0; i < slots; i++) {
        out.varint(s.carrying[i]);
      }
      for (int i = 0; i < slots; i++) {
        out.varlong(s.evidence[i]);
      }
      for (int i = 0; i < slots * Tally.BUCKETS; i++) {
        out.varint(s.importance[i]);
      }
      pairs(out, s.pairs, Tally.triangle(slots));
    }
    return out.bytes();
  }

  private static void pairs(Sink out, int[] pairs, int cells) {
    long dense = 0;
    long sparse = 0;
    int nonZero = 0;
    int previous = -1;
    for (int i = 0; i < cells; i++) {
      int c = pairs[i];
      dense += Sink.size(c);
      if (c != 0) {
        sparse += Sink.size(i - previous - 1) + Sink.size(c);
        nonZero++;
        previous = i;
      }
    }
    sparse += Sink.size(nonZero);
    if (dense <= sparse) {
      out.varint(DENSE);
      for (int i = 0; i < cells; i++) {
        out.varint(pairs[i]);
      }
    } else {
      out.varint(SPARSE);
      out.varint(nonZero);
      previous = -1;
      for (int i = 0; i < cells; i++) {
        if (pairs[i] != 0) {
          out.varint(i - previous - 1);
          out.varint(pairs[i]);
          previous = i;
        }
      }
    }
  }

  /**
   * Decodes the bytes {@link #encode} wrote into a tally (not canonical: the caller makes it
   * so).
   *
   * @throws InvalidObjectException naming the part that is malformed
   */
  static Tally decode(byte[] bytes) throws InvalidObjectException {
    Source in = new Source(bytes);
    int format = in.count("format", Integer.MAX_VALUE);
    if (format != FORMAT) {
      throw new InvalidObjectException("LedgerSummary: serialized format " + format
          + " is not supported; this version reads formats 1 and " + FORMAT);
    }
    Tally t = new Tally();
    // Every element takes at least two bytes, every count at least one: a count larger than
    // the bytes left is malformed, and is refused before anything is allocated for it.
    int elementCount = in.count("element count", in.left() / 2);
    if (elementCount > Tally.MAX_SQUARE_SLOTS / 2) {
      throw in.malformed("element count", elementCount,
          "be at most " + Tally.MAX_SQUARE_SLOTS / 2);
    }
    for (int i = 0; i < elementCount; i++) {
      String text = in.text("element " + i);
      ElementId id;
      try {
        id = ElementId.parse(text);
      } catch (RuntimeException e) {
        throw in.malformed("element " + i, text, "be an element id: " + e.getMessage());
      }
      if (t.index(id) != i) {
        throw in.malformed("element " + i, text, "appear once");
      }
    }
    int setCount = in.count("segment set count", in.left());
    int[] setRemap = new int[setCount];
    for (int i = 0; i < setCount; i++) {
      int tags = in.count("segment set " + i + " size", in.left());
      String[] set = new String[tags];
      for (int j = 0; j < tags; j++) {
        set[j] = in.text("segment set " + i + " tag " + j);
      }
      setRemap[i] = t.segmentIndexOf(ImmutableSortedSet.copyOf(set));
    }
    int slots = elementCount * 2;
    int cells = Tally.triangle(slots);
    int strataCount = in.count("stratum count", in.left());
    Set<List<Long>> seen = new HashSet<>();
    for (int i = 0; i < strataCount; i++) {
      String where = "stratum " + i;
      int set = in.count(where + " segment set", setCount - 1);
      int view = in.count(where + " view", View.values().length - 1);
      long zigzag = in.varlong(where + " month");
      long month = (zigzag >>> 1) ^ -(zigzag & 1);
      if (!seen.add(List.of((long) setRemap[set], (long) view, month))) {
        throw in.malformed(where, set + "/" + view + "/" + month,
            "be the only stratum of its segment set, view and month");
      }
      int ledgers = in.count(where + " ledgers", Integer.MAX_VALUE);
      int[] carrying = new int[slots];
      for (int j = 0; j < slots; j++) {
        carrying[j] = in.count(where, "ledger count", j, ledgers);
      }
      long[] evidence = new long[slots];
      for (int j = 0; j < slots; j++) {
        evidence[j] = in.varlong(where, "evidence count", j);
        if (evidence[j] < 0) {
          throw in.malformed(where + " evidence count " + j, evidence[j], "be at least 0");
        }
      }
      int[] importance = new int[slots * Tally.BUCKETS];
      for (int j = 0; j < importance.length; j++) {
        importance[j] = in.count(where, "importance count", j, ledgers);
      }
      int[] pairs = new int[cells];
      int mode = in.count(where + " pair encoding", SPARSE);
      if (mode == DENSE) {
        for (int j = 0; j < cells; j++) {
          pairs[j] = in.count(where, "pair count", j, ledgers);
        }
      } else {
        int nonZero = in.count(where + " non-zero pair count", cells);
        int at = -1;
        for (int j = 0; j < nonZero; j++) {
          int gap = in.count(where, "pair gap", j, cells - at - 2);
          at += gap + 1;
          pairs[at] = in.count(where, "pair count at cell", at, ledgers);
        }
      }
      t.restore(setRemap[set], View.values()[view], month, ledgers, carrying, evidence,
          importance, pairs);
    }
    if (in.left() != 0) {
      throw in.malformed("end", in.left() + " bytes", "follow the last stratum directly");
    }
    return t;
  }

  /** A growable byte buffer that writes varints and text. */
  private static final class Sink {
    private byte[] buf = new byte[4096];
    private int size;

    static int size(long v) {
      return v == 0 ? 1 : (63 - Long.numberOfLeadingZeros(v)) / 7 + 1;
    }

    void varint(int v) {
      varlong(v & 0xFFFFFFFFL);
    }

    void varlong(long v) {
      if (buf.length - size < 10) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      while ((v & ~0x7FL) != 0) {
        buf[size++] = (byte) ((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      buf[size++] = (byte) v;
    }

    void text(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      varint(b.length);
      if (buf.length - size < b.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + b.length));
      }
      System.arraycopy(b, 0, buf, size, b.length);
      size += b.length;
    }

    byte[] bytes() {
      return Arrays.copyOf(buf, size);
    }
  }

  /** Reads what {@link Sink} wrote, refusing anything out of range. */
  private static final class Source {
    private final byte[] buf;
    private int at;

    Source(byte[] buf) {
      this.buf = buf;
    }

    int left() {
      return buf.length - at;
    }

    long varlong(String what) throws InvalidObjectException {
      return varlong(what, null, 0);
    }

    int count(String what, int max) throws InvalidObjectException {
      return count(what, null, 0, max);
    }

    /**
     * Reads a varint that {@code where}, {@code part} and {@code index} name in a message
     * (built only if it is malformed: these are read once per counter).
     */
    long varlong(String where, @Nullable String part, int index) throws InvalidObjectException {
      long v = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        if (at == buf.length) {
          throw malformed(label(where, part, index), "end of data", "be present");
        }
        byte b = buf[at++];
        v |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          return v;
        }
      }
      throw malformed(label(where, part, index), "more than ten bytes",
          "be a varint of at most ten bytes");
    }

    int count(String where, @Nullable String part, int index, int max)
        throws InvalidObjectException {
      long v = varlong(where, part, index);
      if (v < 0 || v > max) {
        throw malformed(label(where, part, index), v, "be between 0 and " + max);
      }
      return (int) v;
    }

    private static String label(String where, @Nullable String part, int index) {
      return part == null ? where : where + " " + part + " " + index;
    }

    String text(String what) throws InvalidObjectException {
      // Bounded by the bytes left after the length itself, so a length one past the end is
      // refused here rather than by the String constructor.
      long length = varlong(what + " length");
      if (length < 0 || length > left()) {
        throw malformed(what + " length", length, "be between 0 and " + left());
      }
      String s = new String(buf, at, (int) length, StandardCharsets.UTF_8);
      at += (int) length;
      return s;
    }

    InvalidObjectException malformed(String what, Object value, String rule) {
      return new InvalidObjectException("LedgerSummary: malformed serialized form: " + what
          + " must " + rule + ", got " + value + " (at byte " + at + ")");
    }
  }
}
