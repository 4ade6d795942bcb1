package dev.valuex.benchmarks.patterns;

import dev.valuex.core.analysis.LedgerSummary;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * A companion to the JMH run for a shared, loaded machine: measures the single-thread
 * benchmarks in thread CPU time, which does not advance while other processes hold the core.
 * Run with {@code java -cp benchmarks/target/benchmarks.jar
 * dev.valuex.benchmarks.patterns.CpuTime [ledgers] [rounds] [strata]}.
 */
public final class CpuTime {
  private CpuTime() {}

  /**
   * Runs the floor and the one-thread summary alternately and prints the best and median CPU
   * milliseconds of each.
   *
   * @param args the number of ledgers (default 1,000,000), rounds (default 7) and strata (1 or
   *     96, the default)
   */
  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    LedgerSummaryBenchmark b = new LedgerSummaryBenchmark();
    b.ledgers = size;
    b.strata = args.length > 2 ? Integer.parseInt(args[2]) : 96;
    b.setUp();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] floor = new long[rounds];
    long[] summary = new long[rounds];
    int sink = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = threads.getCurrentThreadCpuTime();
      sink += b.floorFlatArrays()[1][0];
      long t1 = threads.getCurrentThreadCpuTime();
      LedgerSummary s = b.summaryOneThread();
      long t2 = threads.getCurrentThreadCpuTime();
      sink += (int) s.ledgers();
      floor[r] = t1 - t0;
      summary[r] = t2 - t1;
    }
    b.tearDown();
    java.util.Arrays.sort(floor);
    java.util.Arrays.sort(summary);
    System.out.printf(Locale.ROOT,
        "ledgers=%d strata=%d rounds=%d cpu ms: floor best %.1f median %.1f; summary best %.1f median %.1f;"
            + " ratio of medians %.2f (%d)%n",
        size, b.strata, rounds, floor[0] / 1e6, floor[rounds / 2] / 1e6, summary[0] / 1e6,
        summary[rounds / 2] / 1e6, (double) summary[rounds / 2] / floor[rounds / 2], sink);
  }
}
