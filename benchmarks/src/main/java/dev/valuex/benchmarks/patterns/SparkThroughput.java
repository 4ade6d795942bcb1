package dev.valuex.benchmarks.patterns;

import dev.valuex.core.Ledger;
import dev.valuex.core.analysis.LedgerSummary;
import dev.valuex.interchange.NdjsonLedgerWriter;
import dev.valuex.interchange.ValuexJson;
import dev.valuex.spark.LedgerLines;
import dev.valuex.spark.ValuexSpark;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Ledgers per second summarised from NDJSON, on one JVM and on Spark in local mode, for the same
 * file: the figures behind the module README's estimate of a cluster run. Not JMH: one pass over
 * a file takes seconds to minutes, so each path runs a few whole passes after one warm-up pass,
 * and the best and median wall times are printed.
 *
 * <pre>
 * java -Xmx6g [Spark's --add-opens flags] -cp benchmarks/target/benchmarks.jar:SPARK_CLASSPATH \
 *     dev.valuex.benchmarks.patterns.SparkThroughput LEDGERS REPETITIONS MASTER DIR
 * </pre>
 *
 * <p>The file {@code DIR/ledgers-LEDGERS.ndjson} is written first if missing: the study's
 * ledgers over 96 strata, 12 entries each, in chunks of 100,000 with a seed per chunk.
 */
public final class SparkThroughput {
  private static final int CHUNK = 100_000;

  private SparkThroughput() {}

  /**
   * Runs the comparison.
   *
   * @param args ledgers, repetitions, Spark master (e.g. {@code local[2]}), directory of files
   * @throws IOException if the file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int ledgers = Integer.parseInt(args[0]);
    int repetitions = Integer.parseInt(args[1]);
    String master = args[2];
    Path file = Path.of(args[3]).resolve("ledgers-" + ledgers + ".ndjson");
    if (!Files.exists(file)) {
      write(file, ledgers);
    }
    System.out.printf(Locale.ROOT, "%s: %d ledgers, %,d bytes%n", file, ledgers,
        Files.size(file));

    long[] single = new long[repetitions];
    LedgerSummary expected = null;
    for (int r = -1; r < repetitions; r++) {
      long start = System.nanoTime();
      LedgerSummary s;
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
        s = ValuexJson.create().ledgerReader(in).stream()
            .collect(LedgerSummary.toLedgerSummary());
      }
      if (r >= 0) {
        single[r] = System.nanoTime() - start;
      }
      expected = s;
    }
    report("single JVM, NDJSON reader + LedgerSummary", ledgers, single);

    SparkSession spark = SparkSession.builder().config(ValuexSpark.configure(new SparkConf()
        .setMaster(master).setAppName("valuex throughput").set("spark.ui.enabled", "false")))
        .getOrCreate();
    try {
      long[] direct = new long[repetitions];
      long[] dataset = new long[repetitions];
      for (int r = -1; r < repetitions; r++) {
        long start = System.nanoTime();
        LedgerSummary s = ValuexSpark.readLedgers(spark, file.toString()).summary();
        long middle = System.nanoTime();
        LedgerLines read = ValuexSpark.readLedgers(spark, file.toString());
        LedgerSummary t = read.ledgers().select(ValuexSpark.summary()).first();
        if (r >= 0) {
          direct[r] = middle - start;
          dataset[r] = System.nanoTime() - middle;
        }
        if (!s.equals(expected) || !t.equals(expected)) {
          throw new IllegalStateException("Spark's summary differs from the single JVM's");
        }
      }
      report("Spark " + master + ", LedgerLines.summary()", ledgers, direct);
      report("Spark " + master + ", ledgers().select(summary())", ledgers, dataset);
      System.out.printf(Locale.ROOT, "partitions: %d%n",
          ValuexSpark.readLedgers(spark, file.toString()).ledgers().rdd().getNumPartitions());
    } finally {
      spark.stop();
    }
  }

  private static void write(Path file, int ledgers) throws IOException {
    Files.createDirectories(file.getParent());
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
        NdjsonLedgerWriter w = ValuexJson.create().ledgerWriter(out)) {
      for (int from = 0, seed = 1; from < ledgers; from += CHUNK, seed++) {
        for (Ledger l : new Study(Math.min(CHUNK, ledgers - from), true, seed).ledgers) {
          w.write(l);
        }
      }
    }
    Files.move(partial, file);
  }

  private static void report(String what, int ledgers, long[] nanos) {
    long[] sorted = nanos.clone();
    java.util.Arrays.sort(sorted);
    double best = sorted[0] / 1e9;
    double median = sorted[sorted.length / 2] / 1e9;
    System.out.printf(Locale.ROOT, "%-48s best %.2f s (%,.0f ledgers/s), median %.2f s%n", what,
        best, ledgers / best, median);
  }
}
