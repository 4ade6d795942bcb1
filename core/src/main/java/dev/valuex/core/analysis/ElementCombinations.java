package dev.valuex.core.analysis;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.Side;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Set;

/**
 * How many ledgers carry each combination of elements on one side (the exact set of elements a
 * ledger places there): what a {@link SummarySetProposal} is made from, counted compactly so
 * that millions of ledgers fit, and mergeable like a {@link LedgerSummary}.
 *
 * <pre>{@code
 * ElementCombinations sought = ElementCombinations.on(Side.OUT);
 * ledgers.forEach(sought::add);                       // or addAll partial counts, any order
 * SummarySetProposal p = SummarySetProposal.reaching(0.8, sought);
 * long both = sought.ledgers(Set.of(savings, convenience)); // exactly these two on OUT
 * }</pre>
 *
 * <p>A summary cannot answer how many ledgers a set of three or more elements reaches, so a
 * proposal needs the combinations themselves. Each element seen on the side gets a bit, each
 * combination is a bit mask (one 64-bit word per 64 elements) and the counts sit in an
 * open-addressing table of masks, so a combination costs about {@code 8 × (words + 1) / 0.75}
 * bytes at most, 16 to 21 bytes with up to 64 elements on the side, and no object of its own.
 * The size grows with the distinct combinations, not with the ledgers: a study whose ledgers
 * repeat a few hundred combinations stays a few kilobytes whatever its size; in the worst case
 * every ledger is different (5 million ledgers choosing 6 of 60 cards take about 130 MB, twice
 * that for a moment while the table doubles). Ledgers with no element on the side count as the
 * empty combination.
 *
 * <p>{@link Serializable}, so a distributed job ships partial counts rather than ledgers: the
 * serialized form holds each element id once and each distinct combination as its mask words and
 * its count. Not thread-safe; merge counts of separate threads with {@link #addAll}.
 */
public final class ElementCombinations implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int MIN_CAPACITY = 16;
  private static final int MAX_CAPACITY = 1 << 30;
  /** The most words an array of masks holds: the longest array a JVM allocates. */
  private static final long MAX_WORDS = Integer.MAX_VALUE - 8;

  /** The side whose elements are combined. */
  private final Side side;
  /** The elements seen on the side, in the order first seen: element {@code i} is bit i. */
  private final ArrayList<ElementId> elements = new ArrayList<>();
  /** The bit of each element seen. */
  private final HashMap<ElementId, Integer> bits = new HashMap<>();
  /** The 64-bit words of a mask. */
  private int words = 1;
  /** The masks, {@code words} per slot. */
  private long[] keys = new long[MIN_CAPACITY];
  /** How many ledgers carry the slot's combination; 0 marks an empty slot. */
  private long[] counts = new long[MIN_CAPACITY];
  /** How many slots are taken. */
  private int size;
  /** How many ledgers were counted. */
  private long ledgers;
  /** The mask being counted, {@code words} long. */
  private long[] mask = new long[1];
  /** The bits of the entries being counted. */
  private int[] entryBits = new int[8];

  private ElementCombinations(Side side) {
    this.side = side;
  }

  /**
   * Returns empty counts of the combinations on a side, to which ledgers are added one at a
   * time.
   *
   * @param side the side whose elements are combined, not null
   * @return new counts, never null
   */
  public static ElementCombinations on(Side side) {
    return new ElementCombinations(requireNonNull(side, "side"));
  }

  /**
   * Counts the combinations on a side of some ledgers.
   *
   * @param side the side whose elements are combined, not null
   * @param ledgers the ledgers, not null
   * @return new counts, never null
   */
  public static ElementCombinations of(Side side, Iterable<? extends Ledger> ledgers) {
    ElementCombinations result = on(side);
    for (Ledger ledger : requireNonNull(ledgers, "ledgers")) {
      result.add(ledger);
    }
    return result;
  }

  /**
   * Counts one ledger: the combination of the elements it places on the side.
   *
   * @param ledger the ledger, not null
   * @return these counts, never null
   */
  public ElementCombinations add(Ledger ledger) {
    requireNonNull(ledger, "ledger");
    ImmutableList<LedgerEntry> entries = ledger.entries();
    if (entryBits.length < entries.size()) {
      entryBits = new int[entries.size()];
    }
    int n = 0;
    for (LedgerEntry e : entries) {
      if (e.side() == side) {
        entryBits[n++] = bit(e.element());
      }
    }
    Arrays.fill(mask, 0L);
    for (int i = 0; i < n; i++) {
      mask[entryBits[i] >>> 6] |= 1L << entryBits[i];
    }
    count(mask, 1);
    ledgers = Math.addExact(ledgers, 1);
    return this;
  }

  /**
   * Adds the counts of other ledgers; the other counts are not changed.
   *
   * @param other counts of the same side, not null
   * @return these counts, never null
   * @throws IllegalArgumentException if the other counts combine another side
   */
  public ElementCombinations addAll(ElementCombinations other) {
    requireNonNull(other, "other");
    if (other.side != side) {
      throw new IllegalArgumentException("ElementCombinations: other must combine the side "
          + side + ", got " + other.side);
    }
    ElementCombinations from = other == this ? copy() : other;
    int[] bitOf = new int[from.elements.size()];
    for (int i = 0; i < bitOf.length; i++) {
      bitOf[i] = bit(from.elements.get(i));
    }
    long[] key = new long[words];
    for (int slot = 0; slot < from.counts.length; slot++) {
      if (from.counts[slot] != 0) {
        Arrays.fill(key, 0L);
        for (int w = 0; w < from.words; w++) {
          for (long word = from.keys[slot * from.words + w]; word != 0; word &= word - 1) {
            int b = bitOf[w * 64 + Long.numberOfTrailingZeros(word)];
            key[b >>> 6] |= 1L << b;
          }
        }
        count(key, from.counts[slot]);
      }
    }
    ledgers = Math.addExact(ledgers, from.ledgers);
    return this;
  }

  /**
   * Returns the side whose elements are combined.
   *
   * @return the side, never null
   */
  public Side side() {
    return side;
  }

  /**
   * Returns how many ledgers were counted, with or without elements on the side.
   *
   * @return the count, at least 0
   */
  public long ledgers() {
    return ledgers;
  }

  /**
   * Returns how many ledgers carry exactly a combination of elements on the side: all of them
   * and no other.
   *
   * @param combination the elements, empty for ledgers with none on the side, not null
   * @return the count, at least 0
   */
  public long ledgers(Set<ElementId> combination) {
    long[] key = new long[words];
    for (ElementId e : requireNonNull(combination, "combination")) {
      Integer b = bits.get(requireNonNull(e, "element"));
      if (b == null) {
        return 0;
      }
      key[b >>> 6] |= 1L << b;
    }
    return counts[slot(key, 0)];
  }

  /**
   * Returns how many distinct combinations were counted.
   *
   * @return the count, at least 0
   */
  public int distinct() {
    return size;
  }

  /**
   * Returns the elements seen on the side.
   *
   * @return the elements in id order, never null
   */
  public ImmutableSortedSet<ElementId> elements() {
    return ImmutableSortedSet.copyOf(elements);
  }

  /**
   * Describes the counts, e.g. {@code ElementCombinations{side=OUT, ledgers=120, distinct=37,
   * elements=14}}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "ElementCombinations{side=" + side + ", ledgers=" + ledgers + ", distinct=" + size
        + ", elements=" + elements.size() + "}";
  }

  // The proposal reads the table in place rather than through a copy of its combinations.

  /** Returns the element of a bit. */
  ElementId element(int bit) {
    return elements.get(bit);
  }

  /** Returns how many elements were seen, one bit each. */
  int elementCount() {
    return elements.size();
  }

  /** Returns the 64-bit words of a mask. */
  int words() {
    return words;
  }

  /** Returns the table's slots: empty ones count 0 ledgers. */
  int slots() {
    return counts.length;
  }

  /** Returns how many ledgers carry the combination of a slot, 0 for an empty slot. */
  long ledgersAt(int slot) {
    return counts[slot];
  }

  /** Returns a word of the mask of a slot. */
  long word(int slot, int w) {
    return keys[slot * words + w];
  }

  private ElementCombinations copy() {
    ElementCombinations c = new ElementCombinations(side);
    c.elements.addAll(elements);
    c.bits.putAll(bits);
    c.words = words;
    c.keys = keys.clone();
    c.counts = counts.clone();
    c.size = size;
    c.ledgers = ledgers;
    c.mask = new long[words];
    return c;
  }

  /** Returns the bit of an element, giving it the next one when it is new. */
  private int bit(ElementId element) {
    Integer b = bits.get(element);
    if (b != null) {
      return b;
    }
    int next = elements.size();
    if (next == words * 64) {
      rehash(counts.length, words + 1);
    }
    elements.add(element);
    bits.put(element, next);
    return next;
  }

  /** Adds {@code n} ledgers to a combination, taking a slot for it when it is new. */
  private void count(long[] key, long n) {
    int slot = slot(key, 0);
    if (counts[slot] != 0) {
      counts[slot] = Math.addExact(counts[slot], n);
      return;
    }
    if ((size + 1L) * 4 > counts.length * 3L) {
      if (counts.length == MAX_CAPACITY) {
        throw new IllegalStateException("ElementCombinations: distinct combinations must be at"
            + " most " + (MAX_CAPACITY / 4 * 3) + ", got one more");
      }
      rehash(counts.length * 2, words);
      slot = slot(key, 0);
    }
    System.arraycopy(key, 0, keys, slot * words, words);
    counts[slot] = n;
    size++;
  }

  /** Returns the slot holding a mask, or the empty slot where it would go. */
  private int slot(long[] key, int from) {
    int m = counts.length - 1;
    int slot = hash(key, from, words) & m;
    while (counts[slot] != 0 && !Arrays.equals(keys, slot * words, slot * words + words, key,
        from, from + words)) {
      slot = (slot + 1) & m;
    }
    return slot;
  }

  private static int hash(long[] key, int from, int words) {
    long h = 0;
    for (int w = 0; w < words; w++) {
      h = h * 0x9E3779B97F4A7C15L + key[from + w];
    }
    // The finaliser of MurmurHash3, so that masks differing in a few bits spread over slots.
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h;
  }

  /** Moves every combination into a table of {@code capacity} slots of {@code width} words. */
  private void rehash(int capacity, int width) {
    if ((long) capacity * width > MAX_WORDS) {
      throw new IllegalStateException("ElementCombinations: the masks of " + size
          + " distinct combinations must fit in " + MAX_WORDS + " words, got " + capacity
          + " slots of " + width + " words");
    }
    long[] oldKeys = keys;
    long[] oldCounts = counts;
    int oldWords = words;
    keys = new long[capacity * width];
    counts = new long[capacity];
    words = width;
    mask = new long[width];
    long[] key = new long[width];
    for (int slot = 0; slot < oldCounts.length; slot++) {
      if (oldCounts[slot] != 0) {
        System.arraycopy(oldKeys, slot * oldWords, key, 0, oldWords);
        int to = slot(key, 0);
        System.arraycopy(key, 0, keys, to * width, width);
        counts[to] = oldCounts[slot];
      }
    }
  }

  /**
   * Writes the counts as their compact serialized form.
   *
   * @return the serialized form
   */
  private Object writeReplace() {
    return new SerializedForm(this);
  }

  /**
   * Refuses a stream that bypasses the serialized form.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("ElementCombinations: read through its serialized form");
  }

  /**
   * The serialized form: the side, each element id once (in bit order), then each distinct
   * combination as its mask words and its count, with no empty slots.
   */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Side side;
    private final String[] elements;
    private final int words;
    private final long[] keys;
    private final long[] counts;

    SerializedForm(ElementCombinations c) {
      side = c.side;
      elements = c.elements.stream().map(ElementId::toString).toArray(String[]::new);
      words = c.words;
      keys = new long[c.size * c.words];
      counts = new long[c.size];
      int i = 0;
      for (int slot = 0; slot < c.counts.length; slot++) {
        if (c.counts[slot] != 0) {
          System.arraycopy(c.keys, slot * c.words, keys, i * c.words, c.words);
          counts[i++] = c.counts[slot];
        }
      }
    }

    private Object readResolve() throws InvalidObjectException {
      if (side == null || elements == null || keys == null || counts == null || words < 1
          || words != Math.max(1, (elements.length + 63) / 64)
          || keys.length != counts.length * words) {
        throw new InvalidObjectException("ElementCombinations: serialized form must hold a side,"
            + " elements and one mask of " + words + " words per count, got "
            + (keys == null ? "none" : keys.length) + " words for "
            + (counts == null ? "none" : counts.length) + " counts");
      }
      ElementCombinations c = new ElementCombinations(side);
      try {
        for (String id : elements) {
          c.bit(ElementId.parse(id));
        }
      } catch (RuntimeException e) {
        throw (InvalidObjectException) new InvalidObjectException(
            "ElementCombinations: serialized element ids must be valid, got " + e.getMessage())
            .initCause(e);
      }
      if (c.elements.size() != elements.length) {
        throw new InvalidObjectException("ElementCombinations: serialized elements must be"
            + " distinct, got " + Arrays.toString(elements));
      }
      long lastWordBits = elements.length % 64 == 0 ? -1L : (1L << elements.length) - 1;
      for (int i = 0; i < counts.length; i++) {
        int from = i * words;
        if (counts[i] < 1 || (keys[from + words - 1] & ~lastWordBits) != 0
            || c.counts[c.slot(keys, from)] != 0) {
          throw new InvalidObjectException("ElementCombinations: serialized combination " + i
              + " must be new, name known elements and count at least 1 ledger, got count "
              + counts[i]);
        }
        c.count(Arrays.copyOfRange(keys, from, from + words), counts[i]);
        c.ledgers = Math.addExact(c.ledgers, counts[i]);
      }
      return c;
    }
  }
}
