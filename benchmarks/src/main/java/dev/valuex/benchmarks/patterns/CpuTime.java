package dev.valuex.benchmarks.patterns;

import dev.valuex.core.analysis.LedgerSummary;
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
 * cores, and the sum over both workers. Run with {@code java -cp
 * benchmarks/target/benchmarks.jar dev.valuex.benchmarks.patterns.CpuTime [ledgers] [rounds]
 * [strata]}.
 */
public final class CpuTime {
  private CpuTime() {}

  /**
   * Runs the floor, the one-thread summary and the two-thread summary in turn and prints the
   * best and median CPU milliseconds of each.
   *
   * @param args the number of ledgers (default 1,000,000), rounds (default 7) and strata (1 or
   *     96, the default)
   * @throws Exception if a parallel run fails
   */
  public static void main(String[] args) throws Exception {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    int strata = args.length > 2 ? Integer.parseInt(args[2]) : 96;
    Study study = new Study(size, strata > 1, 42);
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
    long[] one = new long[rounds];
    long[] busier = new long[rounds];
    long[] both = new long[rounds];
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = threads.getCurrentThreadCpuTime();
      sink += b.floorFlatArrays()[1][0];
      long t1 = threads.getCurrentThreadCpuTime();
      sink += b.summaryOneThread().ledgers();
      long t2 = threads.getCurrentThreadCpuTime();
      floor[r] = t1 - t0;
      one[r] = t2 - t1;
      long[] before = cpu(threads, workers);
      LedgerSummary s = two.submit(() -> study.ledgers.parallelStream()
          .collect(LedgerSummary.toLedgerSummary())).get();
      long[] after = cpu(threads, workers);
      sink += s.ledgers();
      for (int w = 0; w < after.length; w++) {
        long d = after[w] - (w < before.length ? before[w] : 0);
        busier[r] = Math.max(busier[r], d);
        both[r] += d;
      }
    }
    two.shutdown();
    b.tearDown();
    System.out.printf(Locale.ROOT, "ledgers=%d strata=%d rounds=%d workers=%d (%d)%n", size,
        strata, rounds, workers.size(), sink);
    print("floor", floor);
    print("summary 1 thread", one);
    print("summary 2 threads, busier worker", busier);
    print("summary 2 threads, both workers", both);
  }

  private static long[] cpu(ThreadMXBean threads, List<Thread> workers) {
    long[] result = new long[workers.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = Math.max(0, threads.getThreadCpuTime(workers.get(i).getId()));
    }
    return result;
  }

  private static void print(String what, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "  %-34s cpu ms best %7.1f median %7.1f%n", what,
        sorted[0] / 1e6, sorted[sorted.length / 2] / 1e6);
  }
}
