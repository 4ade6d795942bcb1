package dev.valuex.benchmarks.semantic;

import dev.valuex.catalog.Catalog;
import dev.valuex.core.Perspective;
import dev.valuex.semantic.SemanticSuggester;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Measures, one shot at a time, computing the card vectors of every deck of a freshly loaded
 * default catalog; the target is under 10 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CardVectorsBenchmark {

  /** Loads the model once so that the card vector shots measure embedding only. */
  @Setup
  public void setUp() {
    SemanticSuggester.loadModel();
  }

  /**
   * Embeds the name, phrase, sentence and examples of every card of a fresh default catalog.
   *
   * @return how many texts were embedded
   */
  @Benchmark
  public int cardVectorsDefaultCatalog() {
    SemanticSuggester s = SemanticSuggester.of(Catalog.loadDefaults());
    int n = 0;
    for (Perspective p : Perspective.values()) {
      n += s.prepare(p);
    }
    return n;
  }
}
