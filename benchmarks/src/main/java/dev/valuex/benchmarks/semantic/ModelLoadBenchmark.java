package dev.valuex.benchmarks.semantic;

import dev.valuex.semantic.SemanticSuggester;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Measures loading the quantized bge-small-en-v1.5 model and its tokenizer from the class path
 * ({@link SemanticSuggester#loadModel()}), one cold shot per fresh JVM: the model is loaded once
 * per JVM, so run it with one shot per fork ({@code -wi 0 -i 1}); a shot includes extracting and
 * loading the ONNX Runtime and tokenizer native libraries. The target is under 3 s.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ModelLoadBenchmark {

  /**
   * Loads the model (only the first shot of a JVM does work).
   *
   * @return the model's vector size, so the work cannot be optimised away
   */
  @Benchmark
  public int modelLoad() {
    return SemanticSuggester.loadModel();
  }
}
