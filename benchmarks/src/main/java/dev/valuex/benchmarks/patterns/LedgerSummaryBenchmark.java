package dev.valuex.benchmarks.patterns;

import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.Side;
import dev.valuex.core.analysis.LedgerSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Summarising ledgers with co-occurrence: {@link LedgerSummary} on one and two threads, a floor
 * that counts the same counters from flat int arrays (on one thread, and on two as the
 * reference for what two cores give), and a naive streams baseline.
 *
 * <p>Every variant runs in the same fork settings: a fixed 3 GB heap touched up front (no heap
 * resizing or first-touch page faults inside a measurement) and G1, stated rather than left to
 * the JVM's machine-class guess. The setup collects the garbage of building the study, so the
 * first young collection of a measurement does not have to copy the million ledgers out of the
 * young generation; that pause fell on whichever variant allocated most, the two-thread one.
 *
 * <h2>Is one thread against two a fair comparison?</h2>
 *
 * <p>The target compares {@link #summaryOneThread} with {@link #summaryTwoThreads} (two
 * threads at least 1.8 times as fast). What each variant gets, and what is not equal:
 *
 * <ul>
 *   <li><b>Same JVM settings, separate JVMs.</b> JMH runs every benchmark and parameter set in
 *       forks of its own, with the heap flags above, so neither variant's compiled code, heap
 *       or pool threads carry over into the other.
 *   <li><b>The spare core.</b> On a 2-core machine the one-thread variant leaves a core free
 *       for the JIT compiler and for G1's collector threads, which the two-thread variant has to
 *       share its cores with. Compilation ends after warm-up, but only if warm-up is long enough
 *       for every path (the one-thread figures of the 2026-12-06 run were still falling after
 *       four warm-up iterations). Measure with ten warm-up iterations, two forks, and {@code -gc
 *       true} (a collection between iterations, so that the young collections the two-thread
 *       variant's second tally triggers do not fall into a few iterations only).
 *   <li><b>How the two threads split the work.</b> {@link #summaryTwoThreads} is the collector on
 *       a parallel stream, as a user writes it. A parallel stream splits its input into about
 *       four times the <em>common</em> pool's parallelism, whatever pool it runs in: on a
 *       2-core machine the common pool has one thread, so a million ledgers become four pieces
 *       of 250,000. Two workers take two each when neither is delayed; a worker delayed by
 *       another process leaves the last quarter to run alone, so a noisy host can cost the
 *       stream variant up to a quarter of its speed-up while the one-thread variant loses only
 *       the delay. {@link #summaryTwoHalves} splits the ledgers into two halves, one per
 *       thread, each counted into a {@link LedgerSummary.Builder} and then added together: the
 *       same split as {@link #floorTwoThreads}, and the shape of a Spark partition. Comparing
 *       the two tells the stream's splitting apart from the summary's own cost of running on
 *       two threads.
 *   <li><b>The merge.</b> Both two-thread variants merge one partial summary into the other on
 *       one thread at the end (for 96 strata a few milliseconds, against a few hundred for the
 *       counting); the one-thread variant has nothing to merge. That cost is part of what two
 *       threads cost, so it stays in the measurement.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+UseG1GC", "-XX:+AlwaysPreTouch"})
public class LedgerSummaryBenchmark {
  /** How many ledgers are summarised. */
  @Param({"10000", "100000", "1000000"})
  public int ledgers;

  /**
   * How many strata (segment set, view, month) the ledgers spread over: 1, as in the issue's
   * scenario, or 96.
   */
  @Param({"1", "96"})
  public int strata;

  private Study study;
  private ForkJoinPool two;

  /** Builds the study once per trial, then collects the garbage of building it. */
  @Setup(Level.Trial)
  public void setUp() {
    study = new Study(ledgers, strata > 1, 42);
    two = new ForkJoinPool(2);
    System.gc();
  }

  /** Stops the two-thread pool. */
  @TearDown(Level.Trial)
  public void tearDown() {
    two.shutdown();
  }

  /**
   * The summary on the calling thread.
   *
   * @return the summary
   */
  @Benchmark
  public LedgerSummary summaryOneThread() {
    return LedgerSummary.of(study.ledgers);
  }

  /**
   * The summary's collector on a parallel stream in a pool of two threads.
   *
   * @return the summary
   */
  @Benchmark
  public LedgerSummary summaryTwoThreads() {
    return summaryIn(two);
  }

  /**
   * The summary on two threads, each counting one half of the ledgers into a builder, then one
   * adding the other's counts in: the split {@link #floorTwoThreads} uses.
   *
   * @return the summary
   */
  @Benchmark
  public LedgerSummary summaryTwoHalves() {
    return halvesIn(two);
  }

  /** Two builders on two halves of the ledgers in the given pool, added together. */
  LedgerSummary halvesIn(ForkJoinPool pool) {
    int half = study.ledgers.size() / 2;
    ForkJoinTask<LedgerSummary.Builder> first = pool.submit(() -> count(0, half));
    LedgerSummary.Builder second = pool.submit(() -> count(half, study.ledgers.size())).join();
    return first.join().addAll(second).build();
  }

  private LedgerSummary.Builder count(int from, int to) {
    LedgerSummary.Builder b = LedgerSummary.builder();
    for (Ledger l : study.ledgers.subList(from, to)) {
      b.add(l);
    }
    return b;
  }

  /** The collector on a parallel stream in the given pool, as a user writes it. */
  LedgerSummary summaryIn(ForkJoinPool pool) {
    return pool.submit(() -> study.ledgers.parallelStream()
        .collect(LedgerSummary.toLedgerSummary())).join();
  }

  /**
   * The floor: the same counters (per stratum: ledgers; per slot: ledgers, evidence, importance;
   * per pair of slots: ledgers together) counted from flat int arrays, one thread.
   *
   * @return the pair counts, so the work is not eliminated
   */
  @Benchmark
  public int[][] floorFlatArrays() {
    return floor(0, study.strata.length);
  }

  /**
   * The floor on two threads: each counts half the ledgers into its own arrays, then one adds
   * the other's in. Not the summary's target, but the reference for the speed-up two cores of
   * this machine give to the same counting.
   *
   * @return the pair counts, so the work is not eliminated
   */
  @Benchmark
  public int[][] floorTwoThreads() {
    return floorIn(two);
  }

  /** The floor on two halves of the ledgers in the given pool, added together. */
  int[][] floorIn(ForkJoinPool pool) {
    int half = study.strata.length / 2;
    ForkJoinTask<int[][]> first = pool.submit(() -> floor(0, half));
    int[][] second = pool.submit(() -> floor(half, study.strata.length)).join();
    int[][] sum = first.join();
    for (int st = 0; st < sum.length; st++) {
      for (int c = 0; c < sum[st].length; c++) {
        sum[st][c] += second[st][c];
      }
    }
    return sum;
  }

  private int[][] floor(int from, int to) {
    int slots = Study.DECK * 2;
    int cells = slots * (slots - 1) / 2;
    int[] perStratum = new int[Study.STRATA];
    int[][] carrying = new int[Study.STRATA][slots];
    long[][] evidence = new long[Study.STRATA][slots];
    int[][] importance = new int[Study.STRATA][slots * 6];
    int[][] pairs = new int[Study.STRATA][cells];
    int[] s = study.slots;
    int[] imp = study.importance;
    int[] ev = study.evidence;
    int[] strata = study.strata;
    for (int l = from; l < to; l++) {
      int st = strata[l];
      perStratum[st]++;
      int[] c = carrying[st];
      long[] e = evidence[st];
      int[] m = importance[st];
      int[] p = pairs[st];
      int base = l * Study.ENTRIES;
      for (int i = 0; i < Study.ENTRIES; i++) {
        int slot = s[base + i];
        c[slot]++;
        e[slot] += ev[base + i];
        m[slot * 6 + imp[base + i]]++;
      }
      for (int j = 1; j < Study.ENTRIES; j++) {
        int b = s[base + j];
        for (int i = 0; i < j; i++) {
          int a = s[base + i];
          int hi = Math.max(a, b);
          int lo = Math.min(a, b);
          p[(hi * (hi - 1) >>> 1) + lo]++;
        }
      }
    }
    pairs[0][0] += perStratum[0] + carrying[0][0] + importance[0][0] + (int) evidence[0][0];
    return pairs;
  }

  /**
   * The naive baseline: streams with {@code groupingBy} over every element and every pair of
   * entries in each ledger, all ledgers together (no breakdown by segment, view or month).
   *
   * @return the pair counts
   */
  @Benchmark
  public Map<List<Object>, Long> naiveGroupingBy() {
    Map<List<Object>, Long> elements = study.ledgers.stream()
        .flatMap(l -> l.entries().stream())
        .collect(Collectors.groupingBy(e -> List.of(e.element(), e.side()),
            Collectors.counting()));
    Map<List<Object>, Long> pairs = study.ledgers.stream()
        .flatMap(LedgerSummaryBenchmark::pairsOf)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    pairs.putAll(elements);
    return pairs;
  }

  private static java.util.stream.Stream<List<Object>> pairsOf(Ledger ledger) {
    List<LedgerEntry> entries = ledger.entries();
    List<List<Object>> result = new ArrayList<>();
    for (int j = 1; j < entries.size(); j++) {
      for (int i = 0; i < j; i++) {
        LedgerEntry a = entries.get(i);
        LedgerEntry b = entries.get(j);
        boolean ordered = order(a.element(), a.side(), b.element(), b.side());
        LedgerEntry lo = ordered ? a : b;
        LedgerEntry hi = ordered ? b : a;
        result.add(List.of(lo.element(), lo.side(), hi.element(), hi.side()));
      }
    }
    return result.stream();
  }

  private static boolean order(ElementId a, Side sa, ElementId b, Side sb) {
    int c = a.compareTo(b);
    return c < 0 || (c == 0 && sa.compareTo(sb) <= 0);
  }
}
