package dev.valuex.benchmarks.patterns;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * A companion to the JMH run for a shared, loaded machine: measures the benchmarks in thread
 * CPU time, which does not advance while other processes hold the core. For two threads it
 * reports the busier worker's CPU time, which is the wall time the run would take on two free
 * cores if nothing else stopped them, and the sum over both workers. What does stop them, the
 * garbage collector's pauses, is not thread CPU time, so it is reported beside: the collectors'
 * accumulated pause time over all rounds of each variant. Run with {@code java -cp
 * benchmarks/target/benchmarks.jar dev.valuex.benchmarks.patterns.CpuTime [ledgers] [rounds]
 * [strata]}.
 */
public final class CpuTime {
  private CpuTime() {}

  /**
   * Runs the floor (one and two threads), the one-thread summary and the two-thread summaries
   * (the stream's collector, and two halves counted into builders) in turn, after checking that
   * every summary is the same, and prints the best and median CPU milliseconds of each, and the garbage collectors'
   * pause milliseconds over all rounds.
   *
   * @param args the number of ledgers (default 1,000,000), rounds (default 7) and strata (1 or
   *     96, the default)
   * @throws Exception if a parallel run fails
   */
  public static void main(String[] args) throws Exception {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    int strata = args.length > 2 ? Integer.parseInt(args[2]) : 96;
    LedgerSummaryBenchmark b = new LedgerSummaryBenchmark();
    b.ledgers = size;
    b.strata = strata;
    b.setUp();
    List<Thread> workers = new CopyOnWriteArrayList<>();
    ForkJoinPool two = new ForkJoinPool(2, pool -> {
      ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
      workers.add(t);
      return t;
    }, null, false);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] floor = new long[rounds];
    long[] floorBusier = new long[rounds];
    long[] floorBoth = new long[rounds];
    long[] one = new long[rounds];
    long[] busier = new long[rounds];
    long[] both = new long[rounds];
    long[] halvesBusier = new long[rounds];
    long[] halvesBoth = new long[rounds];
    long[] gc = new long[5];
    long sink = 0;
    if (!b.summaryIn(two).equals(b.summaryOneThread())
        || !b.halvesIn(two).equals(b.summaryOneThread())) {
      throw new IllegalStateException("the two-thread summaries differ from the one-thread one");
    }
    for (int r = 0; r < rounds; r++) {
      long g0 = gcMillis();
      long t0 = threads.getCurrentThreadCpuTime();
      sink += b.floorFlatArrays()[1][0];
      long t1 = threads.getCurrentThreadCpuTime();
      long g1 = gcMillis();
      long[] before = cpu(threads, workers);
      sink += b.floorIn(two)[1][0];
      long[] after = cpu(threads, workers);
      long g2 = gcMillis();
      long t2 = threads.getCurrentThreadCpuTime();
      sink += b.summaryOneThread().ledgers();
      long t3 = threads.getCurrentThreadCpuTime();
      long g3 = gcMillis();
      floor[r] = t1 - t0;
      one[r] = t3 - t2;
      split(before, after, floorBusier, floorBoth, r);
      before = cpu(threads, workers);
      sink += b.summaryIn(two).ledgers();
      after = cpu(threads, workers);
      long g4 = gcMillis();
      split(before, after, busier, both, r);
      before = cpu(threads, workers);
      sink += b.halvesIn(two).ledgers();
      after = cpu(threads, workers);
      long g5 = gcMillis();
      split(before, after, halvesBusier, halvesBoth, r);
      gc[4] += g5 - g4;
      gc[0] += g1 - g0;
      gc[1] += g2 - g1;
      gc[2] += g3 - g2;
      gc[3] += g4 - g3;
    }
    two.shutdown();
    b.tearDown();
    System.out.printf(Locale.ROOT, "ledgers=%d strata=%d rounds=%d workers=%d (%d)%n", size,
        strata, rounds, workers.size(), sink);
    print("floor", floor, gc[0]);
    print("floor 2 threads, busier worker", floorBusier, gc[1]);
    print("floor 2 threads, both workers", floorBoth, -1);
    print("summary 1 thread", one, gc[2]);
    print("summary 2 threads, busier worker", busier, gc[3]);
    print("summary 2 threads, both workers", both, -1);
    print("summary 2 halves, busier worker", halvesBusier, gc[4]);
    print("summary 2 halves, both workers", halvesBoth, -1);
  }

  private static void split(long[] before, long[] after, long[] busier, long[] both, int r) {
    for (int w = 0; w < after.length; w++) {
      long d = after[w] - (w < before.length ? before[w] : 0);
      busier[r] = Math.max(busier[r], d);
      both[r] += d;
    }
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  private static long[] cpu(ThreadMXBean threads, List<Thread> workers) {
    long[] result = new long[workers.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = Math.max(0, threads.getThreadCpuTime(workers.get(i).getId()));
    }
    return result;
  }

  private static void print(String what, long[] nanos, long gcMillis) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "  %-34s cpu ms best %7.1f median %7.1f%s%n", what,
        sorted[0] / 1e6, sorted[sorted.length / 2] / 1e6,
        gcMillis < 0 ? "" : String.format(Locale.ROOT, "   gc pauses ms %d", gcMillis));
  }
}
