package dev.valuex.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.Ledger;
import dev.valuex.core.Side;
import dev.valuex.core.analysis.LedgerSummary;
import dev.valuex.core.analysis.Slice;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class SummaryAggregatorTest {
  private static final int LEDGERS = 200_000;

  private static List<Ledger> expectedLedgers;
  private static Dataset<Ledger> ledgers;

  @BeforeAll
  static void generate() {
    SparkSession spark = LocalSpark.session();
    expectedLedgers = GeneratedLedgers.ledgers(0, LEDGERS);
    // Generated in Spark's 8 partitions from the index alone: nothing ships from the driver.
    ledgers = spark.range(0, LEDGERS, 1, 8)
        .map((MapFunction<Long, Ledger>) GeneratedLedgers::ledger, ValuexSpark.ledgerEncoder())
        .cache();
  }

  @Test
  void summaryOfTheDatasetEqualsTheSummaryOfItsLedgers() {
    LedgerSummary expected = LedgerSummary.of(expectedLedgers);
    LedgerSummary actual = ledgers.select(ValuexSpark.summary()).first();
    assertEquals(8, ledgers.rdd().getNumPartitions());
    assertEquals(LEDGERS, actual.ledgers());
    assertEquals(expected, actual);
    // Queries on the merged summary answer as on one machine.
    assertEquals(expected.coverage(Side.OUT, Slice.ofSegment("loyal")),
        actual.coverage(Side.OUT, Slice.ofSegment("loyal")));
  }

  @Test
  void summaryPerSegmentEqualsTheSummaryOfEachSegmentsLedgers() {
    Map<String, LedgerSummary> expected = expectedLedgers.stream().collect(Collectors.groupingBy(
        GeneratedLedgers::segmentKey, TreeMap::new, LedgerSummary.toLedgerSummary()));
    List<Tuple2<String, LedgerSummary>> rows = ledgers
        .groupByKey((MapFunction<Ledger, String>) GeneratedLedgers::segmentKey, Encoders.STRING())
        .agg(ValuexSpark.summary())
        .collectAsList();
    Map<String, LedgerSummary> actual = new TreeMap<>();
    rows.forEach(t -> actual.put(t._1(), t._2()));
    assertEquals(List.of("-", "lapsed", "loyal", "loyal+premium", "new"),
        List.copyOf(actual.keySet()));
    assertEquals(expected, actual);
  }

  @Test
  void summaryDoesNotDependOnThePartitioning() {
    LedgerSummary eight = ledgers.select(ValuexSpark.summary()).first();
    // Three partitions made of the eight: other partial summaries, merged in another grouping.
    assertEquals(eight, ledgers.coalesce(3).select(ValuexSpark.summary()).first());
  }

  @Test
  void summaryOfNoLedgersIsTheEmptySummary() {
    assertEquals(LedgerSummary.empty(),
        ledgers.limit(0).select(ValuexSpark.summary()).first());
  }

  @Test
  void configureAddsTheRegistratorOnceAndKeepsOthers() {
    SparkConf conf = new SparkConf(false).set(ValuexSpark.KRYO_REGISTRATOR, "com.example.Mine");
    ValuexSpark.configure(ValuexSpark.configure(conf));
    assertEquals("com.example.Mine,dev.valuex.spark.ValuexKryoRegistrator",
        conf.get(ValuexSpark.KRYO_REGISTRATOR));
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> ValuexSpark.configure(null));
    assertEquals("conf", e.getMessage());
  }
}
