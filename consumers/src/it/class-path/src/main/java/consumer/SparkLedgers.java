package consumer;

import dev.valuex.core.Ledger;
import dev.valuex.core.Side;
import dev.valuex.core.analysis.LedgerSummary;
import dev.valuex.spark.LedgerLines;
import dev.valuex.spark.ValuexSpark;
import java.util.TreeSet;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * The spark/README.md sample as a user's class-path project writes it, with Spark in provided
 * scope as that README shows: it compiles against valuex-spark and Spark's API. It is not run
 * here (a Spark session needs the cluster's JVM flags and costs seconds to start); valuex-spark's
 * own tests run the same calls in a local session.
 */
public final class SparkLedgers {
  private SparkLedgers() {}

  /**
   * Reads ledgers from NDJSON, summarises them whole and per segment, and writes the flat entry
   * table, as the sample does.
   *
   * @param path where the NDJSON ledgers are
   * @param out where the rejected lines and the entry table go
   */
  public static void run(String path, String out) {
    SparkSession spark = SparkSession.builder()
        .config(ValuexSpark.configure(new SparkConf()))
        .getOrCreate();

    LedgerLines read = ValuexSpark.readLedgers(spark, path);
    Dataset<Ledger> ledgers = read.ledgers();
    System.out.println(read.rejectedCount() + " lines are not ledgers");
    read.rejected().write().json(out + "/rejected");

    LedgerSummary all = read.summary();
    LedgerSummary same = ledgers.select(ValuexSpark.summary()).first();
    System.out.println(all.coverage(Side.OUT).equals(same.coverage(Side.OUT)));
    Dataset<Tuple2<String, LedgerSummary>> perSegment = ledgers
        .groupByKey((MapFunction<Ledger, String>) l -> String.join("+",
            new TreeSet<>(l.subject().segments())), Encoders.STRING())
        .agg(ValuexSpark.summary());
    System.out.println(perSegment.count() + " segments");

    ValuexSpark.entries(ledgers).write().parquet(out + "/entries");
  }
}
