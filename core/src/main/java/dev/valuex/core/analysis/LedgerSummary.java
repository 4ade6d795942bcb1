package dev.valuex.core.analysis;

import static dev.valuex.core.internal.Checks.check;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.Side;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * Counts what recurs across any number of ledgers, for each element on each side: how many
 * ledgers carry it, how much evidence backs it and how it was weighed, plus how often each pair
 * of placements occurs in the same ledger, within a side (given alongside given) and across
 * sides (given alongside sought). Everything is kept per segment tag set, view and month of the
 * as-of date, so every query can look at a {@link Slice}: one segment, one view, a month, a
 * quarter, or all ledgers.
 *
 * <pre>{@code
 * LedgerSummary summary = ledgers.parallelStream().collect(LedgerSummary.toLedgerSummary());
 * for (ElementCoverage c : summary.coverage(Side.OUT)) {
 *   System.out.printf("%s %d/%d%n", c.placement(), c.ledgers(), c.outOf());
 * }
 * summary.associations(Slice.all(), 5);                          // support, confidence, lift
 * summary.compare(Side.OUT, Slice.ofSegment("new"), Slice.ofSegment("loyal"));
 * summary.changeBetween(Side.OUT, Slice.ofQuarter(2026, 1), Slice.ofQuarter(2026, 2));
 * }</pre>
 *
 * <h2>Merging</h2>
 *
 * <p>Summaries are built to be merged: {@link #merge(LedgerSummary)} is associative and
 * commutative, {@link #empty()} is its identity, and the summary of a union of ledgers equals
 * the merge of the summaries of its parts. Order and grouping never matter, and equal counts
 * give equal summaries ({@link #equals(Object)} compares counts, not the order ledgers came
 * in). The {@link #toLedgerSummary()} collector relies on this to run on parallel streams.
 *
 * <h2>Beyond one machine</h2>
 *
 * <p>The same laws make a summary the accumulator of a distributed aggregation: summarise each
 * partition locally, then merge the partial summaries in any order and grouping.
 *
 * <ul>
 *   <li>Spark: {@code rdd.mapPartitions(it -> one summary of the partition's ledgers)} then
 *       {@code reduce(LedgerSummary::merge)}; or an {@code Aggregator} with {@code zero()} =
 *       {@code empty()}, {@code reduce} = merge with the summary of one ledger, {@code merge} =
 *       {@code merge}.
 *   <li>Beam: a {@code CombineFn} whose accumulator is a summary: {@code createAccumulator} =
 *       {@code empty()}, {@code mergeAccumulators} folds {@code merge}; batch {@code addInput}
 *       calls per bundle rather than merging one-ledger summaries.
 *   <li>Flink: an {@code AggregateFunction} with {@code createAccumulator} = {@code empty()},
 *       {@code merge} = {@code merge}.
 * </ul>
 *
 * <p>The state is compact and does not grow with the number of ledgers: for {@code E} distinct
 * elements and {@code S} distinct (segment tag set, view, month) strata it holds about {@code S
 * * (2E * (2E - 1) / 2 + 9 * 2E)} counters; 60 elements over 96 strata is about 3 MB whether it
 * summarises a thousand ledgers or a billion. Evidence texts are not kept: drill down with
 * {@link SupportingEvidence#behind(Placement, Iterable)} on the ledgers themselves. A summary
 * is {@link Serializable}, so Spark's closures, aggregation buffers and shuffles, Beam's {@code
 * SerializableCoder} and Flink's state can ship it between workers. Its serialized form
 * (format 2) writes every counter as a varint and each stratum's pair counters densely or as
 * the non-zero cells only, whichever is shorter: a few hundred kilobytes for 60 elements over
 * 96 strata, where the dense int arrays of format 1 took about 3 MB. Summaries serialized in
 * format 1 are still read.
 *
 * <p>Counts per stratum are limited to {@link Integer#MAX_VALUE} ledgers; exceeding it throws
 * {@link ArithmeticException} rather than wrapping around.
 */
public final class LedgerSummary implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final LedgerSummary EMPTY = new LedgerSummary(new Tally());

  private final transient Tally tally;
  private final transient ImmutableList<ElementId> elements;
  // The last slice queried and its added-up counts: queries in a loop over placements reuse it.
  private transient volatile @Nullable Block lastBlock;

  private LedgerSummary(Tally canonical) {
    this.tally = canonical;
    ImmutableList.Builder<ElementId> ids = ImmutableList.builder();
    for (int i = 0; i < canonical.elementCount(); i++) {
      ids.add(canonical.element(i));
    }
    this.elements = ids.build();
  }

  /**
   * Returns the summary of no ledgers, the identity of {@link #merge(LedgerSummary)}.
   *
   * @return the empty summary, never null
   */
  public static LedgerSummary empty() {
    return EMPTY;
  }

  /**
   * Summarises ledgers.
   *
   * @param ledgers the ledgers, not null
   * @return the summary, never null
   */
  public static LedgerSummary of(Iterable<? extends Ledger> ledgers) {
    Tally tally = new Tally();
    for (Ledger ledger : requireNonNull(ledgers, "ledgers")) {
      tally.add(requireNonNull(ledger, "ledger"));
    }
    return new LedgerSummary(tally.canonical());
  }

  /**
   * Returns a collector that summarises a stream of ledgers; on a parallel stream each thread
   * counts its share and the partial counts are merged.
   *
   * <p>The collector is {@linkplain Collector.Characteristics#CONCURRENT concurrent} and
   * unordered: on a parallel stream all threads count into one container, each into its own
   * partial counts, which are merged once at the end, however finely the stream splits its
   * input. Two threads thus build two sets of counters, not one per split.
   *
   * @return the collector, never null
   */
  public static Collector<Ledger, ?, LedgerSummary> toLedgerSummary() {
    return Collector.<Ledger, ThreadTallies, LedgerSummary>of(ThreadTallies::new,
        (tallies, ledger) -> tallies.add(requireNonNull(ledger, "ledger")), ThreadTallies::merge,
        ThreadTallies::summary, Collector.Characteristics.CONCURRENT,
        Collector.Characteristics.UNORDERED);
  }

  /** Wraps a canonical tally ({@link Tally#canonical()}) as a summary. */
  static LedgerSummary ofCanonical(Tally canonical) {
    return new LedgerSummary(canonical);
  }

  /**
   * Returns an empty builder, for counting ledgers one at a time where a collector does not
   * fit, such as the buffer of a distributed aggregation (Spark's {@code Aggregator} calls
   * back once per ledger, and copying an immutable summary per call would cost its whole size
   * each time).
   *
   * <pre>{@code
   * LedgerSummary.Builder b = LedgerSummary.builder();
   * ledgers.forEach(b::add);
   * LedgerSummary summary = b.addAll(partial).build();
   * }</pre>
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Merges this summary with another: the result equals the summary of both sets of ledgers.
   *
   * @param other the other summary, not null
   * @return the merged summary, never null
   */
  public LedgerSummary merge(LedgerSummary other) {
    requireNonNull(other, "other");
    if (other.tally.strata().isEmpty()) {
      return this;
    }
    if (tally.strata().isEmpty()) {
      return other;
    }
    return new LedgerSummary(new Tally().merge(tally).merge(other.tally).canonical());
  }

  /**
   * Returns how many ledgers were summarised.
   *
   * @return the count, at least 0
   */
  public long ledgers() {
    return ledgers(Slice.all());
  }

  /**
   * Returns how many summarised ledgers fall in a slice.
   *
   * @param slice the slice, not null
   * @return the count, at least 0
   */
  public long ledgers(Slice slice) {
    long n = 0;
    for (Tally.Stratum s : tally.strata()) {
      if (matches(slice, s)) {
        n += s.ledgers;
      }
    }
    return n;
  }

  /**
   * Returns every element seen on either side, in id order.
   *
   * @return the elements, never null
   */
  public ImmutableSortedSet<ElementId> elements() {
    return ImmutableSortedSet.copyOf(elements);
  }

  /**
   * Returns every segment tag seen on a ledger's subject.
   *
   * @return the tags in order, never null
   */
  public ImmutableSortedSet<String> segments() {
    ImmutableSortedSet.Builder<String> result = ImmutableSortedSet.naturalOrder();
    for (int i = 0; i < tally.segmentSetCount(); i++) {
      result.addAll(tally.segmentSet(i));
    }
    return result.build();
  }

  /**
   * Returns every month an as-of date fell in.
   *
   * @return the months in order, never null
   */
  public ImmutableSortedSet<YearMonth> months() {
    ImmutableSortedSet.Builder<YearMonth> result = ImmutableSortedSet.naturalOrder();
    for (Tally.Stratum s : tally.strata()) {
      result.add(s.yearMonth());
    }
    return result.build();
  }

  /**
   * Returns the coverage of one placement over all ledgers.
   *
   * @param placement the element and side, not null
   * @return the coverage, with zero counts for an element never seen, never null
   */
  public ElementCoverage coverage(Placement placement) {
    return coverage(placement, Slice.all());
  }

  /**
   * Returns the coverage of one placement in a slice.
   *
   * @param placement the element and side, not null
   * @param slice the slice, not null
   * @return the coverage, with zero counts for an element never seen, never null
   */
  public ElementCoverage coverage(Placement placement, Slice slice) {
    Block b = block(slice);
    int slot = slot(placement);
    return slot < 0 ? empty(placement, b.ledgers) : b.coverage(slot, placement);
  }

  /**
   * Returns the elements on a side ranked by coverage over all ledgers.
   *
   * @param side the side, not null
   * @return the coverages, most carried first, never null
   */
  public ImmutableList<ElementCoverage> coverage(Side side) {
    return coverage(side, Slice.all());
  }

  /**
   * Returns the elements on a side ranked by coverage in a slice: most ledgers first, then
   * most evidence, then by id. Elements no ledger of the slice carries are left out.
   *
   * @param side the side, not null
   * @param slice the slice, not null
   * @return the coverages, never null
   */
  public ImmutableList<ElementCoverage> coverage(Side side, Slice slice) {
    Block b = block(slice);
    List<ElementCoverage> result = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      int slot = i * 2 + side.ordinal();
      if (b.carrying[slot] > 0) {
        result.add(b.coverage(slot, Placement.of(elements.get(i), side)));
      }
    }
    result.sort(Comparator.comparingLong(ElementCoverage::ledgers).reversed()
        .thenComparing(Comparator.comparingLong(ElementCoverage::evidence).reversed())
        .thenComparing(ElementCoverage::placement));
    return ImmutableList.copyOf(result);
  }

  /**
   * Returns how many ledgers carry both placements; symmetric in its arguments.
   *
   * @param a one placement, not null
   * @param b another placement, not null
   * @param slice the slice, not null
   * @return the count, at least 0; for a placement with itself, the ledgers carrying it
   */
  public long together(Placement a, Placement b, Slice slice) {
    Block block = block(slice);
    int sa = slot(a);
    int sb = slot(b);
    if (sa < 0 || sb < 0) {
      return 0;
    }
    return sa == sb ? block.carrying[sa] : block.pairs[Tally.pairIndex(sa, sb)];
  }

  /**
   * Returns the association from one placement to another in a slice.
   *
   * @param antecedent the placement the rule starts from, not null
   * @param consequent the placement it predicts, not null
   * @param slice the slice, not null
   * @return the association, never null
   */
  public Association association(Placement antecedent, Placement consequent, Slice slice) {
    Block b = block(slice);
    int sa = slot(antecedent);
    int sc = slot(consequent);
    long together = sa < 0 || sc < 0 ? 0
        : sa == sc ? b.carrying[sa] : b.pairs[Tally.pairIndex(sa, sc)];
    return Association.builder().antecedent(antecedent).consequent(consequent)
        .together(together).antecedentLedgers(sa < 0 ? 0 : b.carrying[sa])
        .consequentLedgers(sc < 0 ? 0 : b.carrying[sc]).ledgers(b.ledgers).build();
  }

  /**
   * Returns every association, in both directions, between placements carried together by at
   * least {@code minTogether} ledgers of a slice: highest lift first, then most ledgers
   * together, then by placements.
   *
   * @param slice the slice, not null
   * @param minTogether the fewest ledgers carrying both, at least 1
   * @return the associations, never null
   * @throws dev.valuex.core.InvalidValueException if {@code minTogether} is below 1
   */
  public ImmutableList<Association> associations(Slice slice, long minTogether) {
    check(minTogether >= 1, "LedgerSummary", "minTogether", "be at least 1", minTogether);
    Block b = block(slice);
    List<Association> result = new ArrayList<>();
    int slots = elements.size() * 2;
    for (int hi = 1; hi < slots; hi++) {
      for (int lo = 0; lo < hi; lo++) {
        long c = b.pairs[Tally.pairIndex(lo, hi)];
        if (c >= minTogether) {
          result.add(b.association(lo, hi, c));
          result.add(b.association(hi, lo, c));
        }
      }
    }
    result.sort(Comparator.comparingDouble(Association::lift).reversed()
        .thenComparing(Comparator.comparingLong(Association::together).reversed())
        .thenComparing(Association::antecedent).thenComparing(Association::consequent));
    return ImmutableList.copyOf(result);
  }

  /**
   * Compares the coverage of every element on a side between two slices, with 95% Newcombe
   * intervals; see {@link CoverageComparison}.
   *
   * @param side the side, not null
   * @param first the first slice, e.g. one segment, not null
   * @param second the second slice, e.g. another segment, not null
   * @return the comparisons, largest difference first, never null
   */
  public ImmutableList<CoverageComparison> compare(Side side, Slice first, Slice second) {
    return compare(side, first, second, 0.95);
  }

  /**
   * Compares the coverage of every element on a side between two slices: one comparison per
   * element carried in either slice, largest absolute difference first, then by id.
   *
   * @param side the side, not null
   * @param first the first slice, not null
   * @param second the second slice, not null
   * @param level the confidence level of the intervals, e.g. 0.95
   * @return the comparisons, never null
   * @throws dev.valuex.core.InvalidValueException if the level is not strictly between 0 and 1
   */
  public ImmutableList<CoverageComparison> compare(Side side, Slice first, Slice second,
      double level) {
    check(level > 0 && level < 1, "LedgerSummary", "level", "be between 0 and 1 exclusive",
        level);
    Block a = block(first);
    Block b = block(second);
    List<CoverageComparison> result = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      int slot = i * 2 + side.ordinal();
      if (a.carrying[slot] > 0 || b.carrying[slot] > 0) {
        result.add(CoverageComparison.of(Placement.of(elements.get(i), side), a.carrying[slot],
            a.ledgers, b.carrying[slot], b.ledgers, level));
      }
    }
    result.sort(Comparator.comparingDouble((CoverageComparison c) -> Math.abs(c.difference()))
        .reversed().thenComparing(CoverageComparison::placement));
    return ImmutableList.copyOf(result);
  }

  /**
   * Returns how the coverage of each element on a side changed from an earlier period to a
   * later one, with 95% Newcombe intervals: {@link CoverageComparison#difference()} is later
   * minus earlier.
   *
   * @param side the side, not null
   * @param earlier a slice with a period, e.g. {@code Slice.ofQuarter(2026, 1)}, not null
   * @param later a slice with a period that starts after {@code earlier} ends, not null
   * @return the changes, largest first, never null
   * @throws dev.valuex.core.InvalidValueException if a slice has no period bounds or the
   *     periods overlap or are reversed
   */
  public ImmutableList<CoverageComparison> changeBetween(Side side, Slice earlier, Slice later) {
    check(earlier.lastMonth().isPresent(), "LedgerSummary", "earlier",
        "end in a month (use Slice.ofMonth, ofQuarter or withPeriod)", earlier);
    check(later.firstMonth().isPresent(), "LedgerSummary", "later",
        "start in a month (use Slice.ofMonth, ofQuarter or withPeriod)", later);
    check(later.firstMonth().get().isAfter(earlier.lastMonth().get()), "LedgerSummary",
        "later", "start after earlier ends (" + earlier.lastMonth().get() + ")", later);
    return compare(side, earlier, later);
  }

  private int slot(Placement p) {
    int i = Collections.binarySearch(elements, p.element());
    return i < 0 ? -1 : i * 2 + p.side().ordinal();
  }

  private boolean matches(Slice slice, Tally.Stratum s) {
    return slice.matches(tally.segmentSet(s.segments), s.view, s.yearMonth());
  }

  private static ElementCoverage empty(Placement placement, long ledgers) {
    return ElementCoverage.builder().placement(placement).ledgers(0).outOf(ledgers)
        .evidence(0).importance(ImportanceDistribution.none()).build();
  }

  private Block block(Slice slice) {
    requireNonNull(slice, "slice");
    Block last = lastBlock;
    if (last != null && last.slice.equals(slice)) {
      return last;
    }
    int slots = elements.size() * 2;
    Block b = new Block(slice, slots);
    for (Tally.Stratum s : tally.strata()) {
      if (matches(slice, s)) {
        b.add(s);
      }
    }
    lastBlock = b;
    return b;
  }

  /** The counts of the strata in one slice, added up; not changed once built. */
  private final class Block {
    final Slice slice;
    long ledgers;
    final long[] carrying;
    final long[] evidence;
    final long[] importance;
    final long[] pairs;

    Block(Slice slice, int slots) {
      this.slice = slice;
      carrying = new long[slots];
      evidence = new long[slots];
      importance = new long[slots * Tally.BUCKETS];
      pairs = new long[Tally.triangle(slots)];
    }

    void add(Tally.Stratum s) {
      ledgers += s.ledgers;
      for (int i = 0; i < carrying.length; i++) {
        carrying[i] += s.carrying[i];
        evidence[i] += s.evidence[i];
      }
      for (int i = 0; i < importance.length; i++) {
        importance[i] += s.importance[i];
      }
      for (int i = 0; i < pairs.length; i++) {
        pairs[i] += s.pairs[i];
      }
    }

    ElementCoverage coverage(int slot, Placement placement) {
      long[] buckets = new long[Tally.BUCKETS];
      System.arraycopy(importance, slot * Tally.BUCKETS, buckets, 0, Tally.BUCKETS);
      return ElementCoverage.builder().placement(placement).ledgers(carrying[slot])
          .outOf(ledgers).evidence(evidence[slot])
          .importance(ImportanceDistribution.ofBuckets(buckets)).build();
    }

    Association association(int from, int to, long together) {
      return Association.builder().antecedent(placement(from)).consequent(placement(to))
          .together(together).antecedentLedgers(carrying[from])
          .consequentLedgers(carrying[to]).ledgers(ledgers).build();
    }

    private Placement placement(int slot) {
      return Placement.of(elements.get(slot >> 1), Side.values()[slot & 1]);
    }
  }

  /**
   * Writes the summary as its compact serialized form.
   *
   * @return the serialized form
   */
  private Object writeReplace() {
    return new CompactForm(serializedCounts());
  }

  /** Returns the counts in the compact byte form of {@link TallyCodec}, as serialized. */
  byte[] serializedCounts() {
    return TallyCodec.encode(tally, elements);
  }

  /**
   * Refuses a stream that bypasses the serialized form.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("LedgerSummary: read through its serialized form");
  }

  private static InvalidObjectException malformed(RuntimeException e) {
    InvalidObjectException invalid =
        new InvalidObjectException("LedgerSummary: malformed serialized form: " + e);
    invalid.initCause(e);
    return invalid;
  }

  /**
   * The serialized form, format {@value TallyCodec#FORMAT}: the canonical counters as varints,
   * pair counters dense or sparse per stratum, whichever is shorter (see {@link TallyCodec}).
   */
  private static final class CompactForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private final byte[] counts;

    CompactForm(byte[] counts) {
      this.counts = counts;
    }

    private Object readResolve() throws InvalidObjectException {
      if (counts == null) {
        throw new InvalidObjectException("LedgerSummary: malformed serialized form: no counts");
      }
      try {
        return new LedgerSummary(TallyCodec.decode(counts).canonical());
      } catch (RuntimeException e) {
        throw malformed(e);
      }
    }
  }

  /**
   * The serialized form of format 1, no longer written but still read: the canonical counters
   * as Java arrays, element ids as text. Its fields are set by deserialization only.
   */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String[] elements = new String[0];
    private String[][] segmentSets = new String[0][];
    private int[] segments = new int[0];
    private int[] views = new int[0];
    private long[] months = new long[0];
    private int[] ledgers = new int[0];
    private int[][] carrying = new int[0][];
    private long[][] evidence = new long[0][];
    private int[][] importance = new int[0][];
    private int[][] pairs = new int[0][];

    private Object readResolve() throws InvalidObjectException {
      try {
        Tally t = new Tally();
        for (String e : elements) {
          t.index(ElementId.parse(e));
        }
        int slots = elements.length * 2;
        int[] segmentRemap = new int[segmentSets.length];
        for (int i = 0; i < segmentSets.length; i++) {
          segmentRemap[i] = t.segmentIndexOf(ImmutableSortedSet.copyOf(segmentSets[i]));
        }
        for (int i = 0; i < segments.length; i++) {
          if (carrying[i].length != slots || evidence[i].length != slots
              || importance[i].length != slots * Tally.BUCKETS
              || pairs[i].length != Tally.triangle(slots)) {
            throw new InvalidObjectException("LedgerSummary: stratum " + i
                + " must hold counters for " + elements.length + " elements");
          }
          t.restore(segmentRemap[segments[i]], Tally.view(views[i]), months[i], ledgers[i],
              carrying[i], evidence[i], importance[i], pairs[i]);
        }
        return new LedgerSummary(t.canonical());
      } catch (RuntimeException e) {
        throw malformed(e);
      }
    }
  }

  /**
   * Counts ledgers into a summary one at a time: the mutable counterpart of {@link
   * LedgerSummary}, for aggregation frameworks that keep a buffer per group and call back per
   * record. {@link #build()} gives the same summary as {@link LedgerSummary#of(Iterable)} of
   * every ledger added plus every summary added, whatever the order. A builder may go on
   * counting after {@code build()}. It is {@link Serializable} through the serialized form of
   * the summary it has built so far, so it is as compact on the wire as a summary. In memory
   * it holds, beside a summary's counters, a square of 16-bit pair counts and a block of
   * per-element counts per stratum that it counts into (for 60 elements about 33 KB a
   * stratum). Not thread-safe.
   */
  public static final class Builder implements Serializable {
    private static final long serialVersionUID = 1L;

    private final transient Tally tally = new Tally();

    private Builder() {}

    /**
     * Counts one ledger.
     *
     * @param ledger the ledger, not null
     * @return this builder, never null
     * @throws ArithmeticException if a stratum would count more than {@link Integer#MAX_VALUE}
     *     ledgers
     */
    public Builder add(Ledger ledger) {
      tally.add(requireNonNull(ledger, "ledger"));
      return this;
    }

    /**
     * Adds every count of a summary, as if its ledgers were added one by one.
     *
     * @param summary the summary, not null
     * @return this builder, never null
     */
    public Builder addAll(LedgerSummary summary) {
      tally.merge(requireNonNull(summary, "summary").tally);
      return this;
    }

    /**
     * Adds every count of another builder; the other builder is not changed.
     *
     * @param other the other builder, not null
     * @return this builder, never null
     */
    public Builder addAll(Builder other) {
      tally.merge(requireNonNull(other, "other").tally);
      return this;
    }

    /**
     * Returns the summary of everything counted so far.
     *
     * @return the summary, never null
     */
    public LedgerSummary build() {
      return tally.strata().isEmpty() ? EMPTY : new LedgerSummary(tally.canonical());
    }

    /**
     * Writes the builder as the serialized form of the summary built so far.
     *
     * @return the serialized form
     */
    private Object writeReplace() {
      return new BuilderForm(build());
    }

    /**
     * Refuses a stream that bypasses the serialized form.
     *
     * @param in the stream
     * @throws InvalidObjectException always
     */
    private void readObject(ObjectInputStream in) throws InvalidObjectException {
      throw new InvalidObjectException("LedgerSummary.Builder: read through its serialized form");
    }

    /**
     * Describes what was counted so far, e.g. {@code LedgerSummary.Builder{ledgers=120,
     * elements=18, strata=9}}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
      return "LedgerSummary.Builder" + build().toString().substring("LedgerSummary".length());
    }
  }

  /** The serialized form of a builder: the summary it has built. */
  private static final class BuilderForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private final LedgerSummary summary;

    BuilderForm(LedgerSummary summary) {
      this.summary = summary;
    }

    private Object readResolve() {
      return new Builder().addAll(summary);
    }
  }

  /**
   * Compares summaries by their counts: summaries of the same ledgers are equal however the
   * ledgers were ordered, split or merged.
   *
   * @param o the object to compare with, may be null
   * @return true for a summary with the same counts
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LedgerSummary && tally.sameCounts(((LedgerSummary) o).tally);
  }

  /**
   * Hashes the counts, consistently with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return tally.countsHash();
  }

  /**
   * Describes the summary's size, e.g. {@code LedgerSummary{ledgers=120, elements=18,
   * strata=9}}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "LedgerSummary{ledgers=" + ledgers() + ", elements=" + elements.size() + ", strata="
        + tally.strata().size() + "}";
  }
}
