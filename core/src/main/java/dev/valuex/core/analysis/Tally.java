package dev.valuex.core.analysis;

import com.google.common.collect.Comparators;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.View;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The mutable counting state behind {@link LedgerSummary}: one {@link Stratum} of counts per
 * distinct (segment set, view, month) of the ledgers seen, over element slots numbered densely.
 *
 * <p>An element gets a dense index the first time this tally sees it; its slot on a side is
 * {@code index * 2 + side.ordinal()}. Pairs of slots are counted in a lower-triangular array
 * ({@code pairs[hi * (hi - 1) / 2 + lo]} for {@code lo < hi}), so growing the number of slots
 * never moves a cell that already exists. Not thread-safe: a parallel stream gives each thread
 * its own tally and merges them.
 *
 * <p>Counting a ledger does not write that triangle directly. Each stratum counts pairs in a
 * square of 16-bit cells, one row per slot ({@code recentPairs[b * slots + a]} for entry {@code
 * b} after entry {@code a} in the ledger), which needs one multiplication per entry instead of
 * ordering every pair, and half the bytes of int cells; the square is added into the triangle
 * ({@link Stratum#settle()}) before a cell could overflow or the stratum grows. The triangle
 * is allocated only then, so a tally that never counts enough ledgers in one stratum to settle
 * (a thread's share of a parallel stream, often) holds squares only; {@link #merge} and {@link
 * #canonical()} read squares directly, adding them into the other tally's squares or
 * triangles. The per-slot counts are counted the same way, into a block of eight ints per
 * slot (the importance buckets and the evidence side by side, the carrying count being the
 * buckets' sum) settled with the square: counting an entry writes one place in memory where
 * three arrays took three.
 */
final class Tally {
  /** Importance buckets per slot: index 0 counts unweighed entries, 1 to 5 the levels. */
  static final int BUCKETS = LedgerEntry.MAX_IMPORTANCE + 1;

  private static final int MONTH_BITS = 40;
  private static final long MONTH_OFFSET = 1L << 35;
  private static final int MAX_SEGMENT_SETS = 1 << 22;
  private static final View[] VIEWS = View.values();
  private static final Comparator<Iterable<String>> SEGMENT_ORDER =
      Comparators.lexicographical(Comparator.<String>naturalOrder());

  // Element interner: open addressing from id to dense index; the first instance seen is kept,
  // and a lookup with that same instance is decided by reference before any equals call.
  private ElementId[] elements = new ElementId[16];
  private int elementCount;
  private ElementId[] table = new ElementId[64];
  private int[] tableIndex = new int[64];

  private final List<ImmutableSortedSet<String>> segmentSets = new ArrayList<>();
  private final Map<Set<String>, Integer> segmentIndex = new HashMap<>();
  // The segment-set instances seen last, compared by reference before any hashing: ledgers
  // that share subjects (or segment sets) alternate among a few instances, and a hash lookup
  // of a set costs an equals that walks it. Replaced round-robin; a reference scan of eight
  // is cheaper than an identity hash, which fresh instances (parsed ledgers) would each pay.
  private static final int RECENT_SEGMENT_SETS = 8;
  private final Object[] recentSegments = new Object[RECENT_SEGMENT_SETS];
  private final int[] recentSegmentIndex = new int[RECENT_SEGMENT_SETS];
  private int recentSegmentNext;

  private long[] strataKeys = new long[16];
  private Stratum[] strataTable = new Stratum[16];
  private final List<Stratum> strata = new ArrayList<>();
  private @Nullable Stratum lastStratum;
  private long lastStratumKey;

  // Ledgers that resolve elements through a catalog share one ElementId instance per element,
  // so a small cache keyed by identity in front of the table saves hashing two strings per
  // entry. Ids that are all fresh instances would only pay for it (a first identity hash is
  // slow), so the cache switches itself off if it misses more than it hits while on probation.
  private static final int RECENT = 1024;
  private static final int PROBATION = 4096;
  private final ElementId[] recentIds = new ElementId[RECENT];
  private final int[] recentIndex = new int[RECENT];
  private boolean recentOn = true;
  private int probation = PROBATION;
  private int recentMisses;

  // The slots of the ledger being counted, in entry order.
  private int[] slots = new int[32];

  /** The counts for ledgers of one segment set, view and month. */
  static final class Stratum {
    final int segments;
    final View view;
    final long month;
    int ledgers;
    int slots;
    // The settled counts: `carrying`, `evidence` and `importance` per slot and `pairs` per
    // pair of slots, as a summary holds them. Counting adds to the recent counts below instead.
    int[] carrying = new int[0];
    long[] evidence = new long[0];
    int[] importance = new int[0];
    int[] pairs = new int[0];
    // Per-slot counts of the last `unsettled` ledgers, not yet in the arrays above: a block of
    // RECENT_WIDTH ints per slot, the importance buckets then the evidence, so that counting an
    // entry touches one place (its carrying is the sum of its buckets). A ledger adds at most
    // one to a bucket and at most MAX_RECENT_EVIDENCE to the evidence, so no cell overflows
    // before MAX_UNSETTLED ledgers.
    int[] recentSlots = new int[0];
    // Pair counts of the last `unsettled` ledgers, not yet in `pairs`: a square of `slots` rows,
    // a pair counted in the row of the entry that comes later in its ledger. A ledger holds a
    // placement at most once, so a cell rises at most once per ledger and cannot overflow
    // before MAX_UNSETTLED ledgers. Empty in a tally that is only read (canonical copies).
    char[] recentPairs = new char[0];
    int unsettled;

    Stratum(int segments, View view, long month) {
      this.segments = segments;
      this.view = view;
      this.month = month;
    }

    void ensure(int needed) {
      if (needed > slots) {
        // Growth by half stops at the largest square an int indexes; only more elements pass
        // it. (Doubling overshot: 60 elements gave squares of 192 slots where 120 were used.)
        int n = Math.max(needed, Math.min(Math.max(16, slots + (slots >> 1)), MAX_SQUARE_SLOTS));
        settle();
        carrying = Arrays.copyOf(carrying, n);
        evidence = Arrays.copyOf(evidence, n);
        importance = Arrays.copyOf(importance, n * BUCKETS);
        if (pairs.length > 0) {
          pairs = Arrays.copyOf(pairs, triangle(n));
        }
        recentPairs = new char[0];
        recentSlots = new int[0];
        slots = n;
      }
    }

    /**
     * Returns the int triangle of pair counters, allocating it on first use: a tally that only
     * counts (a parallel stream's partial tally) may never need it, its pairs staying in the
     * square until they are merged.
     */
    int[] pairs() {
      if (pairs.length == 0 && slots > 1) {
        pairs = new int[triangle(slots)];
      }
      return pairs;
    }

    /** Makes room for {@code needed} slots and for counting pairs into the square. */
    void prepareCounting(int needed) {
      ensure(needed);
      if (recentPairs.length == 0) {
        if (slots > MAX_SQUARE_SLOTS) {
          throw new IllegalStateException("LedgerSummary: distinct elements must be at most "
              + MAX_SQUARE_SLOTS / 2 + " to count pairs, got " + needed / 2);
        }
        recentPairs = new char[slots * slots];
        recentSlots = new int[slots * RECENT_WIDTH];
      }
    }

    /** Adds the recent counts into the settled ones and clears them. */
    void settle() {
      if (unsettled == 0) {
        return;
      }
      addRecentSlots(this, null, slots);
      Arrays.fill(recentSlots, 0);
      char[] recent = recentPairs;
      int[] wide = pairs();
      int n = slots;
      for (int hi = 1; hi < n; hi++) {
        int base = triangle(hi);
        int row = hi * n;
        for (int lo = 0; lo < hi; lo++) {
          // At most `ledgers` ledgers carry a pair, and that is at most Integer.MAX_VALUE.
          wide[base + lo] += recent[row + lo] + recent[lo * n + hi];
        }
      }
      Arrays.fill(recent, (char) 0);
      unsettled = 0;
    }

    /**
     * Adds this stratum's recent per-slot counts of its first {@code count} slots into the
     * settled counts of {@code to} (this stratum itself when settling), slot {@code a} landing
     * on {@code remap[a]}, or on {@code a} when {@code remap} is null. A slot's carrying count
     * is the sum of its buckets.
     */
    void addRecentSlots(Stratum to, int @Nullable [] remap, int count) {
      int[] block = recentSlots;
      for (int a = 0; a < count; a++) {
        int b = remap == null ? a : remap[a];
        int at = a * RECENT_WIDTH;
        int carried = 0;
        for (int q = 0; q < BUCKETS; q++) {
          carried += block[at + q];
          to.importance[b * BUCKETS + q] =
              Math.addExact(to.importance[b * BUCKETS + q], block[at + q]);
        }
        to.carrying[b] = Math.addExact(to.carrying[b], carried);
        to.evidence[b] = Math.addExact(to.evidence[b], block[at + BUCKETS]);
      }
    }

    YearMonth yearMonth() {
      return YearMonth.of((int) Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1);
    }
  }

  static int triangle(int slots) {
    return (int) ((long) slots * (slots - 1) / 2);
  }

  static int pairIndex(int a, int b) {
    int hi = Math.max(a, b);
    int lo = Math.min(a, b);
    return (hi * (hi - 1) >>> 1) + lo;
  }

  int elementCount() {
    return elementCount;
  }

  ElementId element(int index) {
    return elements[index];
  }

  List<Stratum> strata() {
    return strata;
  }

  ImmutableSortedSet<String> segmentSet(int index) {
    return segmentSets.get(index);
  }

  int segmentSetCount() {
    return segmentSets.size();
  }

  /** Returns the dense index of an element, assigning the next one on first sight. */
  int index(ElementId id) {
    int mask = table.length - 1;
    int h = spread(id.hashCode()) & mask;
    while (true) {
      ElementId k = table[h];
      if (k == id) {
        return tableIndex[h];
      }
      if (k == null) {
        return insert(id, h);
      }
      if (k.equals(id)) {
        return tableIndex[h];
      }
      h = (h + 1) & mask;
    }
  }

  private int cachedIndex(ElementId id) {
    if (!recentOn) {
      return index(id);
    }
    int c = System.identityHashCode(id) & (RECENT - 1);
    boolean hit = recentIds[c] == id;
    int index;
    if (hit) {
      index = recentIndex[c];
    } else {
      index = index(id);
      recentIds[c] = id;
      recentIndex[c] = index;
    }
    if (probation > 0) {
      recentMisses += hit ? 0 : 1;
      if (--probation == 0 && recentMisses * 2 > PROBATION) {
        recentOn = false;
      }
    }
    return index;
  }

  private int insert(ElementId id, int at) {
    int index = elementCount++;
    if (index == elements.length) {
      elements = Arrays.copyOf(elements, index * 2);
    }
    elements[index] = id;
    table[at] = id;
    tableIndex[at] = index;
    if (elementCount * 2 > table.length) {
      rehash();
    }
    return index;
  }

  private void rehash() {
    ElementId[] old = table;
    int[] oldIndex = tableIndex;
    table = new ElementId[old.length * 2];
    tableIndex = new int[old.length * 2];
    int mask = table.length - 1;
    for (int i = 0; i < old.length; i++) {
      if (old[i] != null) {
        int h = spread(old[i].hashCode()) & mask;
        while (table[h] != null) {
          h = (h + 1) & mask;
        }
        table[h] = old[i];
        tableIndex[h] = oldIndex[i];
      }
    }
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  private int segmentIndex(Set<String> segments) {
    Object[] recent = recentSegments;
    for (int i = 0; i < recent.length; i++) {
      if (recent[i] == segments) {
        return recentSegmentIndex[i];
      }
    }
    return segmentIndexByValue(segments);
  }

  /**
   * Finds or assigns a segment set's index by value, and remembers the instance. Kept out of
   * {@link #segmentIndex}, which is compiled into {@link #add}: a set seen recently is found by
   * reference, and the hash map's code would only make the counting loop's code larger.
   */
  private int segmentIndexByValue(Set<String> segments) {
    Object[] recent = recentSegments;
    Integer known = segmentIndex.get(segments);
    int index;
    if (known == null) {
      index = segmentSets.size();
      if (index == MAX_SEGMENT_SETS) {
        throw new IllegalStateException(
            "LedgerSummary: distinct segment sets must be fewer than " + MAX_SEGMENT_SETS);
      }
      ImmutableSortedSet<String> sorted = ImmutableSortedSet.copyOf(segments);
      segmentSets.add(sorted);
      segmentIndex.put(sorted, index);
    } else {
      index = known;
    }
    int slot = recentSegmentNext;
    recent[slot] = segments;
    recentSegmentIndex[slot] = index;
    recentSegmentNext = (slot + 1) & (RECENT_SEGMENT_SETS - 1);
    return index;
  }

  private static long monthIndex(LocalDate date) {
    return date.getYear() * 12L + date.getMonthValue() - 1;
  }

  private Stratum stratum(int segments, View view, long month) {
    long key = ((long) segments << (MONTH_BITS + 1)) | ((long) view.ordinal() << MONTH_BITS)
        | (month + MONTH_OFFSET);
    // Runs of ledgers in one stratum (sorted or partitioned input) skip the table.
    Stratum last = lastStratum;
    if (last != null && key == lastStratumKey) {
      return last;
    }
    Stratum found = findStratum(segments, view, month, key);
    lastStratum = found;
    lastStratumKey = key;
    return found;
  }

  /**
   * Finds a stratum by key in the open-addressing table, adding it when new. The probe is all
   * this method does on the counting path, so the JIT compiles it into {@link #add}; while it
   * also held the insertion and the table's growth, its compiled code was too big to inline
   * and every ledger of a new stratum (most ledgers, with 96 strata in random order) paid a
   * call.
   */
  private Stratum findStratum(int segments, View view, long month, long key) {
    long[] keys = strataKeys;
    int mask = keys.length - 1;
    int h = spread(Long.hashCode(key)) & mask;
    while (true) {
      long k = keys[h];
      if (k == key) {
        return strataTable[h];
      }
      if (k == 0) {
        return newStratum(segments, view, month, key, h);
      }
      h = (h + 1) & mask;
    }
  }

  /** Adds a stratum at the free table position {@code at}, growing the table when half full. */
  private Stratum newStratum(int segments, View view, long month, long key, int at) {
    Stratum s = new Stratum(segments, view, month);
    strataKeys[at] = key;
    strataTable[at] = s;
    strata.add(s);
    if (strata.size() * 2 > strataKeys.length) {
      growStrata();
    }
    return s;
  }

  private void growStrata() {
    long[] oldKeys = strataKeys;
    Stratum[] oldTable = strataTable;
    strataKeys = new long[oldKeys.length * 2];
    strataTable = new Stratum[oldKeys.length * 2];
    int mask = strataKeys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int h = spread(Long.hashCode(oldKeys[i])) & mask;
        while (strataKeys[h] != 0) {
          h = (h + 1) & mask;
        }
        strataKeys[h] = oldKeys[i];
        strataTable[h] = oldTable[i];
      }
    }
  }

  /** The most slots whose square of pair cells an int can index. */
  static final int MAX_SQUARE_SLOTS = 46_340;

  /** Ints per slot in a stratum's recent per-slot counts: the buckets, evidence, padding. */
  static final int RECENT_WIDTH = 8;

  /**
   * The most evidence one entry adds to its recent count; an entry with more is added to the
   * settled count directly (MAX_UNSETTLED times this stays within an int).
   */
  static final int MAX_RECENT_EVIDENCE = Short.MAX_VALUE;

  /** The most ledgers a stratum counts into its 16-bit square before settling it. */
  static final int MAX_UNSETTLED = Character.MAX_VALUE;

  /**
   * Counts one ledger: its slots are resolved once into a scratch array, then every counter of
   * its stratum is incremented from that array.
   */
  void add(Ledger ledger) {
    Stratum st = stratum(segmentIndex(ledger.subject().segments()), ledger.view(),
        monthIndex(ledger.asOf()));
    if (st.ledgers == Integer.MAX_VALUE) {
      throw new ArithmeticException("LedgerSummary: ledgers per segment set, view and month"
          + " must be at most " + Integer.MAX_VALUE);
    }
    ImmutableList<LedgerEntry> entries = ledger.entries();
    int k = entries.size();
    if (slots.length < k) {
      slots = new int[Math.max(k, slots.length * 2)];
    }
    int[] s = slots;
    for (int i = 0; i < k; i++) {
      LedgerEntry e = entries.get(i);
      s[i] = (cachedIndex(e.element()) << 1) | e.side().ordinal();
    }
    // Interning has added at most k elements: make room for them once.
    if (st.slots < elementCount * 2 || st.recentPairs.length == 0) {
      st.prepareCounting(elementCount * 2);
    }
    if (st.unsettled == MAX_UNSETTLED) {
      st.settle();
    }
    st.unsettled++;
    st.ledgers++;
    int[] block = st.recentSlots;
    char[] pairs = st.recentPairs;
    int n = st.slots;
    for (int j = 0; j < k; j++) {
      LedgerEntry e = entries.get(j);
      int b = s[j];
      int at = b * RECENT_WIDTH;
      block[at + e.importanceOr(0)]++;
      int count = e.evidence().size();
      if (count <= MAX_RECENT_EVIDENCE) {
        block[at + BUCKETS] += count;
      } else {
        st.evidence[b] += count;
      }
      int row = b * n;
      for (int i = 0; i < j; i++) {
        pairs[row + s[i]]++;
      }
    }
  }

  /**
   * Adds every count of another tally to this one; the other tally is not changed. Pairs the
   * other tally holds in its squares are added into this tally's squares when both count into
   * one and the 16-bit cells have room, else into the int triangle: partial tallies of a
   * parallel stream merge without settling their squares first.
   */
  Tally merge(Tally other) {
    int[] remap = new int[other.elementCount];
    for (int i = 0; i < other.elementCount; i++) {
      remap[i] = index(other.elements[i]);
    }
    int[] segmentRemap = new int[other.segmentSets.size()];
    for (int i = 0; i < segmentRemap.length; i++) {
      segmentRemap[i] = segmentIndex(other.segmentSets.get(i));
    }
    Remap slots = new Remap(remap);
    for (Stratum from : other.strata) {
      mergeStratum(from, slots, segmentRemap);
    }
    return this;
  }

  /**
   * Where another tally's slots and pair cells land in this one: computed once per merge, as
   * every stratum of the other tally numbers its slots alike.
   */
  private static final class Remap {
    /** This tally's slot for each slot of the other tally. */
    final int[] slot;
    /** This tally's triangle cell for each triangle cell of the other, computed on first use. */
    private int[] cell = new int[0];

    Remap(int[] elements) {
      slot = new int[elements.length * 2];
      for (int a = 0; a < slot.length; a++) {
        slot[a] = (elements[a >> 1] << 1) | (a & 1);
      }
    }

    /**
     * Returns the cell remap for the other tally's first {@code slots} slots. Triangle cells of
     * fewer slots are a prefix of those of more, so one array serves every stratum.
     */
    int[] cells() {
      if (cell.length == 0 && slot.length > 1) {
        int n = slot.length;
        cell = new int[triangle(n)];
        for (int hi = 1; hi < n; hi++) {
          int base = triangle(hi);
          for (int lo = 0; lo < hi; lo++) {
            cell[base + lo] = pairIndex(slot[lo], slot[hi]);
          }
        }
      }
      return cell;
    }
  }

  private void mergeStratum(Stratum from, Remap remap, int[] segmentRemap) {
    Stratum to = stratum(segmentRemap[from.segments], from.view, from.month);
    to.ensure(elementCount * 2);
    to.ledgers = Math.addExact(to.ledgers, from.ledgers);
    int[] slotRemap = remap.slot;
    // Slots past the other tally's elements hold no counts.
    int slots = Math.min(from.slots, slotRemap.length);
    for (int a = 0; a < slots; a++) {
      int b = slotRemap[a];
      to.carrying[b] = Math.addExact(to.carrying[b], from.carrying[a]);
      to.evidence[b] = Math.addExact(to.evidence[b], from.evidence[a]);
      for (int q = 0; q < BUCKETS; q++) {
        to.importance[b * BUCKETS + q] =
            Math.addExact(to.importance[b * BUCKETS + q], from.importance[a * BUCKETS + q]);
      }
    }
    // The other stratum's recent per-slot counts, if it has counted since settling.
    if (from.unsettled > 0) {
      from.addRecentSlots(to, slotRemap, slots);
    }
    if (slots < 2) {
      return;
    }
    if (from.pairs.length > 0) {
      int[] cells = remap.cells();
      int[] source = from.pairs;
      int[] target = to.pairs();
      for (int c = 0, n = triangle(slots); c < n; c++) {
        int count = source[c];
        if (count != 0) {
          target[cells[c]] = Math.addExact(target[cells[c]], count);
        }
      }
    }
    if (from.unsettled > 0) {
      char[] recent = from.recentPairs;
      int fn = from.slots;
      if (to.recentPairs.length > 0 && from.unsettled <= MAX_UNSETTLED - to.unsettled) {
        // Square into square: no cell passes the ledgers both have counted since settling.
        char[] target = to.recentPairs;
        int tn = to.slots;
        for (int b = 0; b < slots; b++) {
          int row = b * fn;
          int targetRow = slotRemap[b] * tn;
          for (int a = 0; a < slots; a++) {
            target[targetRow + slotRemap[a]] += recent[row + a];
          }
        }
        to.unsettled += from.unsettled;
      } else {
        int[] cells = remap.cells();
        int[] target = to.pairs();
        for (int hi = 1; hi < slots; hi++) {
          int base = triangle(hi);
          int row = hi * fn;
          for (int lo = 0; lo < hi; lo++) {
            int count = recent[row + lo] + recent[lo * fn + hi];
            if (count != 0) {
              target[cells[base + lo]] = Math.addExact(target[cells[base + lo]], count);
            }
          }
        }
      }
    }
  }

  /**
   * Returns a canonical copy: elements sorted by id, segment sets sorted, strata sorted by
   * segment set, view and month, every array sized exactly to the element count. Two tallies
   * of the same ledgers, seen in any order or split, have equal canonical copies. This tally
   * is not changed: pair counts still in its squares go straight into the copy's triangles.
   */
  Tally canonical() {
    Tally c = new Tally();
    List<ElementId> ids = new ArrayList<>(Arrays.asList(elements).subList(0, elementCount));
    ids.sort(Comparator.naturalOrder());
    for (ElementId id : ids) {
      c.index(id);
    }
    int[] remap = new int[elementCount];
    for (int i = 0; i < elementCount; i++) {
      remap[i] = c.index(elements[i]);
    }
    List<ImmutableSortedSet<String>> sets = new ArrayList<>(segmentSets);
    sets.sort(SEGMENT_ORDER);
    for (ImmutableSortedSet<String> set : sets) {
      c.segmentIndex(set);
    }
    int[] segmentRemap = new int[segmentSets.size()];
    for (int i = 0; i < segmentRemap.length; i++) {
      segmentRemap[i] = c.segmentIndex(segmentSets.get(i));
    }
    List<Stratum> sorted = new ArrayList<>(strata);
    sorted.sort(Comparator.<Stratum>comparingInt(s -> segmentRemap[s.segments])
        .thenComparing(s -> s.view).thenComparingLong(s -> s.month));
    Remap slots = new Remap(remap);
    for (Stratum s : sorted) {
      c.mergeStratum(s, slots, segmentRemap);
    }
    for (Stratum s : c.strata) {
      s.ensure(c.elementCount * 2);
      trim(s, c.elementCount * 2);
    }
    return c;
  }

  private static void trim(Stratum s, int slots) {
    if (s.slots == slots && s.pairs.length == triangle(slots)) {
      return;
    }
    s.carrying = Arrays.copyOf(s.carrying, slots);
    s.evidence = Arrays.copyOf(s.evidence, slots);
    s.importance = Arrays.copyOf(s.importance, slots * BUCKETS);
    s.pairs = Arrays.copyOf(s.pairs, triangle(slots));
    s.slots = slots;
  }

  /** Compares two canonical tallies. */
  boolean sameCounts(Tally o) {
    if (elementCount != o.elementCount || strata.size() != o.strata.size()
        || !Arrays.equals(elements, 0, elementCount, o.elements, 0, elementCount)
        || !segmentSets.equals(o.segmentSets)) {
      return false;
    }
    for (int i = 0; i < strata.size(); i++) {
      Stratum a = strata.get(i);
      Stratum b = o.strata.get(i);
      if (a.segments != b.segments || a.view != b.view || a.month != b.month
          || a.ledgers != b.ledgers || !Arrays.equals(a.carrying, b.carrying)
          || !Arrays.equals(a.evidence, b.evidence) || !Arrays.equals(a.importance, b.importance)
          || !Arrays.equals(a.pairs, b.pairs)) {
        return false;
      }
    }
    return true;
  }

  /** Hashes a canonical tally consistently with {@link #sameCounts}. */
  int countsHash() {
    int h = Arrays.hashCode(Arrays.copyOf(elements, elementCount)) * 31 + segmentSets.hashCode();
    for (Stratum s : strata) {
      h = h * 31 + s.segments;
      h = h * 31 + s.view.ordinal();
      h = h * 31 + Long.hashCode(s.month);
      h = h * 31 + s.ledgers;
      h = h * 31 + Arrays.hashCode(s.carrying);
      h = h * 31 + Arrays.hashCode(s.evidence);
      h = h * 31 + Arrays.hashCode(s.importance);
      h = h * 31 + Arrays.hashCode(s.pairs);
    }
    return h;
  }

  static View view(int ordinal) {
    return VIEWS[ordinal];
  }

  /**
   * Adds a stratum read back from a serialized summary; the caller has interned the elements
   * and segment sets and checked the array lengths.
   */
  void restore(int segments, View view, long month, int ledgers, int[] carrying,
      long[] evidence, int[] importance, int[] pairs) {
    Stratum s = stratum(segments, view, month);
    s.ledgers = ledgers;
    s.carrying = carrying.clone();
    s.evidence = evidence.clone();
    s.importance = importance.clone();
    s.pairs = pairs.clone();
    s.slots = carrying.length;
  }

  int segmentIndexOf(Set<String> segments) {
    return segmentIndex(segments);
  }
}
