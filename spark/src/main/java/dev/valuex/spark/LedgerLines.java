package dev.valuex.spark;

import com.google.common.collect.ImmutableMap;
import dev.valuex.core.Ledger;
import dev.valuex.core.analysis.LedgerSummary;
import dev.valuex.spark.internal.LineReading;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The ledgers of {@code valuex.ledger/1} NDJSON files, read where they are, and the lines that
 * are not valid ledgers. Nothing is dropped silently: a line is either a ledger of {@link
 * #ledgers()} or a row of {@link #rejected()} (blank lines are skipped, as the single-JVM
 * reader skips them). Files are read in splits like any text input, so one large file is read
 * by many tasks; compressed files are read whole by one task each.
 *
 * <p>Both datasets are lazy and read the files when an action runs; {@link #rejected()} first
 * counts the lines of every split (a quick pass without parsing) to number bad lines exactly
 * within their files. Cache {@link #ledgers()} when it is used more than once. For one overall
 * summary, {@link #summary()} skips the dataset and parses each line once.
 *
 * <pre>{@code
 * LedgerLines read = ValuexSpark.readLedgers(spark, "s3a://lake/ledgers/2026/*.ndjson");
 * LedgerSummary summary = read.summary();
 * Dataset<Ledger> ledgers = read.ledgers();     // for groupByKey, joins, the entry table
 * long bad = read.rejectedCount();
 * read.rejected().write().json("s3a://lake/rejected/2026");
 * }</pre>
 */
public final class LedgerLines {
  /**
   * The columns of {@link #rejected()}: {@code file} (the path as Spark names it), {@code line}
   * (1-based line number in that file) and {@code problems} (every problem of the line, each
   * with its JSON pointer, as the single-JVM reader reports them).
   */
  public static final StructType REJECTED_SCHEMA = new StructType()
      .add("file", DataTypes.StringType, false)
      .add("line", DataTypes.LongType, false)
      .add("problems", DataTypes.createArrayType(DataTypes.StringType, false), false);

  private final SparkSession spark;
  private final JavaNewHadoopRDD<LongWritable, Text> lines;

  LedgerLines(SparkSession spark, JavaNewHadoopRDD<LongWritable, Text> lines) {
    this.spark = spark;
    this.lines = lines;
  }

  /**
   * Returns the ledgers of every valid line.
   *
   * @return the ledgers, in {@link ValuexSpark#ledgerEncoder()}'s encoding, never null
   */
  public Dataset<Ledger> ledgers() {
    return spark.createDataset(parsed().rdd(), ValuexSpark.ledgerEncoder());
  }

  /**
   * Summarises the ledgers of every valid line straight from the text: each task counts the
   * ledgers it parses into one summary, and the partial summaries are merged in a tree. The
   * quickest way to one overall summary, since each line is parsed once and no ledger passes
   * through a dataset's encoding; equal to {@code ledgers().select(ValuexSpark.summary())}.
   *
   * @return the summary, never null
   */
  public LedgerSummary summary() {
    return parsed().treeAggregate(LedgerSummary.builder(), LedgerSummary.Builder::add,
        LedgerSummary.Builder::addAll).build();
  }

  /** The ledgers of the valid lines, parsed in each task, in no dataset. */
  JavaRDD<Ledger> parsed() {
    return lines.mapPartitionsWithInputSplit(new LineReading.Ledgers(), false);
  }

  /**
   * Returns every line that is not a valid ledger, with its file, line number and problems;
   * see {@link #REJECTED_SCHEMA}. Counts the lines of every split first.
   *
   * @return the rejected lines, never null
   */
  public Dataset<Row> rejected() {
    List<LineReading.SplitCount> counts = new ArrayList<>(
        lines.mapPartitionsWithInputSplit(new LineReading.Counts(), false).collect());
    counts.sort(Comparator.comparing(LineReading.SplitCount::file)
        .thenComparingLong(LineReading.SplitCount::start));
    Map<String, Long> before = new HashMap<>();
    Map<String, Long> running = new HashMap<>();
    for (LineReading.SplitCount c : counts) {
      long n = running.getOrDefault(c.file(), 0L);
      before.put(LineReading.key(c.file(), c.start()), n);
      running.put(c.file(), n + c.lines());
    }
    return rejected(ImmutableMap.copyOf(before));
  }

  private Dataset<Row> rejected(Map<String, Long> linesBefore) {
    return spark.createDataFrame(
        lines.mapPartitionsWithInputSplit(new LineReading.Rejects(linesBefore), false),
        REJECTED_SCHEMA);
  }

  /**
   * Counts the lines that are not valid ledgers.
   *
   * @return the count, at least 0
   */
  public long rejectedCount() {
    // Line numbers do not change the count: skip the pass that counts lines per split.
    return rejected(ImmutableMap.of()).count();
  }
}
