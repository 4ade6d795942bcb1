package dev.valuex.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** One local Spark session shared by every test class of the module: it takes seconds to start. */
final class LocalSpark {
  private static final SparkSession SESSION = SparkSession.builder()
      .config(ValuexSpark.configure(new SparkConf()
          .setMaster("local[2]")
          .setAppName("valuex-spark-tests")
          .set("spark.ui.enabled", "false")
          .set("spark.sql.shuffle.partitions", "8")
          .set("spark.driver.host", "127.0.0.1")
          .set("spark.driver.bindAddress", "127.0.0.1")))
      .getOrCreate();

  private LocalSpark() {}

  static SparkSession session() {
    return SESSION;
  }
}
