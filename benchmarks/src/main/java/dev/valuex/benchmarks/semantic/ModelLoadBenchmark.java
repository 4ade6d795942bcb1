package dev.valuex.benchmarks.semantic;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Measures loading the quantized bge-small-en-v1.5 model and its tokenizer from the class path,
 * one shot at a time; with one shot per fork ({@code -wi 0 -i 1}) each shot is cold and includes
 * extracting and loading the ONNX Runtime and tokenizer native libraries. The target is under
 * 3 s.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ModelLoadBenchmark {

  /**
   * Loads the model.
   *
   * @return the model, so the work cannot be optimised away
   */
  @Benchmark
  public Object modelLoad() {
    return new BgeSmallEnV15QuantizedEmbeddingModel();
  }
}
