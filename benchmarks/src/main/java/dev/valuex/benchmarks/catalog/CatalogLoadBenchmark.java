package dev.valuex.benchmarks.catalog;

import dev.valuex.catalog.Catalog;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Measures loading the bundled decks into a catalog. Run in single-shot mode with no warm-up
 * and one iteration per fork, each measurement is a cold load in a fresh JVM (class loading of
 * Jackson, Guava and the decks included); the target is under 150 ms.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CatalogLoadBenchmark {
  /**
   * Reads and validates the three bundled decks afresh.
   *
   * @return the new catalog, so the work cannot be optimised away
   */
  @Benchmark
  public Catalog loadDefaults() {
    return Catalog.loadDefaults();
  }

  /**
   * Loads the bundled decks and suggests once, which also builds the customer scorer.
   *
   * @return the suggestion count, so the work cannot be optimised away
   */
  @Benchmark
  public int loadDefaultsAndSuggestOnce() {
    return Catalog.loadDefaults().suggest("I always look around to get the best deal", 3).size();
  }
}
