package dev.valuex.spark;

import static java.util.Objects.requireNonNull;

import dev.valuex.core.Ledger;
import dev.valuex.core.analysis.LedgerSummary;
import java.util.Arrays;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.TypedColumn;

/**
 * Runs valuex where the ledgers are, on Apache Spark: read ledgers, summarise them, flatten
 * them into a table.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder()
 *     .config(ValuexSpark.configure(new SparkConf())).getOrCreate();
 * LedgerLines read = ValuexSpark.readLedgers(spark, "hdfs:///cx/ledgers/*.ndjson");
 * Dataset<Ledger> ledgers = read.ledgers();
 *
 * LedgerSummary all = ledgers.select(ValuexSpark.summary()).first();
 * Dataset<Tuple2<String, LedgerSummary>> perSegment = ledgers
 *     .groupByKey((MapFunction<Ledger, String>) l -> String.join("+",
 *         new TreeSet<>(l.subject().segments())), Encoders.STRING())
 *     .agg(ValuexSpark.summary());
 * all.coverage(Side.OUT);                        // as on one machine
 *
 * ValuexSpark.entries(ledgers).write().parquet("hdfs:///cx/entries");
 * }</pre>
 *
 * <p>Ledgers in a {@code Dataset<Ledger>} are encoded by Spark's Kryo through {@link
 * ValuexKryoRegistrator}, which the session must be configured with.
 */
public final class ValuexSpark {
  /** The Spark setting that names Kryo registrators. */
  public static final String KRYO_REGISTRATOR = "spark.kryo.registrator";

  private ValuexSpark() {}

  /**
   * Adds valuex's Kryo registrator to a Spark configuration, keeping any registrators already
   * named; call it before the session starts.
   *
   * @param conf the configuration, not null
   * @return the same configuration, never null
   */
  public static SparkConf configure(SparkConf conf) {
    requireNonNull(conf, "conf");
    if (!registered(conf.get(KRYO_REGISTRATOR, ""))) {
      String before = conf.get(KRYO_REGISTRATOR, "");
      conf.set(KRYO_REGISTRATOR, before.isBlank() ? ValuexKryoRegistrator.class.getName()
          : before + "," + ValuexKryoRegistrator.class.getName());
    }
    return conf;
  }

  /**
   * Returns the encoder of {@code Dataset<Ledger>}: Spark's Kryo, writing each ledger as its
   * {@code valuex.ledger/1} JSON through {@link ValuexKryoRegistrator}. JSON rather than Kryo's
   * field copying because valuex defines one representation of a ledger, validated when read
   * back, and Guava's immutable collections hide their contents from Kryo's field serializer.
   *
   * @return the encoder, never null
   * @throws IllegalStateException if the active Spark session is not configured with {@link
   *     ValuexKryoRegistrator}, where ledgers would silently lose their entries
   */
  public static Encoder<Ledger> ledgerEncoder() {
    SparkSession.getActiveSession().foreach(s -> {
      requireRegistrator(s);
      return null;
    });
    return Encoders.kryo(Ledger.class);
  }

  /**
   * Reads {@code valuex.ledger/1} NDJSON from any path Spark can read: a file, a directory, a
   * glob, or several of them separated by commas, on the local disk, HDFS or S3 through the
   * session's Hadoop configuration.
   *
   * @param spark the session, configured with {@link #configure(SparkConf)}, not null
   * @param path the path, not null
   * @return the ledgers and the rejected lines, read lazily, never null
   * @throws IllegalStateException if the session is not configured for ledgers
   */
  public static LedgerLines readLedgers(SparkSession spark, String path) {
    requireNonNull(spark, "spark");
    requireNonNull(path, "path");
    requireRegistrator(spark);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = new Configuration(jsc.hadoopConfiguration());
    JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>)
        jsc.newAPIHadoopFile(path, TextInputFormat.class, LongWritable.class, Text.class, hadoop);
    return new LedgerLines(spark, lines);
  }

  /**
   * Returns the summary of a dataset's ledgers as a typed column, for {@code
   * ledgers.select(ValuexSpark.summary())} or per group with {@code
   * groupByKey(...).agg(ValuexSpark.summary())}.
   *
   * @return the column, never null
   */
  public static TypedColumn<Ledger, LedgerSummary> summary() {
    return new SummaryAggregator().toColumn().name("summary");
  }

  /**
   * Flattens ledgers into a table of entries, one row per entry; see {@link EntryTable}.
   *
   * @param ledgers the ledgers, not null
   * @return the table, never null
   */
  public static Dataset<Row> entries(Dataset<Ledger> ledgers) {
    return EntryTable.of(requireNonNull(ledgers, "ledgers"));
  }

  private static void requireRegistrator(SparkSession spark) {
    String named = spark.sparkContext().getConf().get(KRYO_REGISTRATOR, "");
    if (!registered(named)) {
      throw new IllegalStateException("Spark session: " + KRYO_REGISTRATOR + " must include "
          + ValuexKryoRegistrator.class.getName() + " to hold ledgers in a dataset, got '"
          + named + "'; build the session from ValuexSpark.configure(conf) or pass --conf "
          + KRYO_REGISTRATOR + "=" + ValuexKryoRegistrator.class.getName());
    }
  }

  private static boolean registered(String registrators) {
    return Arrays.stream(registrators.split(",")).map(String::trim)
        .anyMatch(ValuexKryoRegistrator.class.getName()::equals);
  }
}
