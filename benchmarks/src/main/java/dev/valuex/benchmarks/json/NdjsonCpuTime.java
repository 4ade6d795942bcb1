package dev.valuex.benchmarks.json;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * A companion to {@link NdjsonReadBenchmark} for a shared, loaded machine: reads the same NDJSON
 * stream with valuex and with plain Jackson in alternating rounds, and prints for each the
 * thread CPU time and the bytes allocated per ledger (best and median round). Thread CPU time
 * does not advance while other processes hold the core, and allocation does not depend on load,
 * so the figures compare two builds (run each jar in turn) where wall times cannot. Run with
 * {@code java -Xms64m -Xmx64m -cp benchmarks/target/benchmarks.jar
 * dev.valuex.benchmarks.json.NdjsonCpuTime [ledgers] [rounds] [valuex|plain]} (defaults
 * 200,000 and 7, both readers); naming one reader runs only it, e.g. under a profiler.
 */
public final class NdjsonCpuTime {
  private NdjsonCpuTime() {}

  /**
   * Runs the rounds and prints the figures.
   *
   * @param args the number of ledgers per round, the number of rounds and optionally the one
   *     reader to run
   * @throws IOException never, the stream is in memory
   */
  public static void main(String[] args) throws IOException {
    int ledgers = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    String only = args.length > 2 ? args[2] : "";
    NdjsonReadBenchmark b = new NdjsonReadBenchmark();
    b.setUp();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long[][] cpu = new long[2][rounds];
    long[][] bytes = new long[2][rounds];
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      for (int which = 0; which < 2; which++) {
        if (!only.isEmpty() && !only.equals(which == 0 ? "valuex" : "plain")) {
          continue;
        }
        long c0 = threads.getCurrentThreadCpuTime();
        long a0 = threads.getCurrentThreadAllocatedBytes();
        sink += which == 0 ? b.readLedgers(ledgers) : b.plainJacksonReadLedgers(ledgers);
        bytes[which][r] = threads.getCurrentThreadAllocatedBytes() - a0;
        cpu[which][r] = threads.getCurrentThreadCpuTime() - c0;
      }
    }
    System.out.printf(Locale.ROOT, "ledgers=%d rounds=%d (entries read %d)%n", ledgers, rounds,
        sink);
    if (!only.equals("plain")) {
      print("valuex", cpu[0], bytes[0], ledgers);
    }
    if (!only.equals("valuex")) {
      print("plain Jackson", cpu[1], bytes[1], ledgers);
    }
    if (only.isEmpty()) {
      System.out.printf(Locale.ROOT, "  ratio of medians: cpu %.2f, bytes %.2f%n",
          median(cpu[0]) / median(cpu[1]), median(bytes[0]) / median(bytes[1]));
    }
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static void print(String what, long[] nanos, long[] bytes, int ledgers) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT,
        "  %-14s cpu us per ledger best %6.3f median %6.3f   bytes per ledger %,.0f%n", what,
        sorted[0] / 1e3 / ledgers, median(nanos) / 1e3 / ledgers, median(bytes) / ledgers);
  }
}
