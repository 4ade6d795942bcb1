package dev.valuex.benchmarks.semantic;

import dev.valuex.semantic.internal.Encoder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Measures the ceiling the accurate model puts on semantic suggestion: how many statements per
 * second bge-small-en-v1.5 alone embeds (tokenisation and one ONNX Runtime call, no scoring),
 * on one thread and on two. A hybrid suggestion is this call plus valuex's own scoring, so it
 * can never run faster than this; compare with {@link HybridSuggestBenchmark} (target 500 on
 * one thread) and {@link BatchSuggestBenchmark} (target 2,000 on two), in the same run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EncoderBenchmark {
  private int next;

  /** Loads the model before measuring. */
  @Setup
  public void setUp() {
    Encoder.load();
  }

  /**
   * Embeds the next statement of {@link HybridSuggestBenchmark#STATEMENTS} on one thread.
   *
   * @return the vector, so the work cannot be optimised away
   */
  @Benchmark
  @Threads(1)
  public float[] modelOneThread() {
    return embedNext();
  }

  /**
   * Embeds the next statement on each of two threads at once (each thread its own rotation);
   * the score is statements per second across both.
   *
   * @return the vector, so the work cannot be optimised away
   */
  @Benchmark
  @Threads(2)
  public float[] modelTwoThreads() {
    return embedNext();
  }

  private float[] embedNext() {
    String statement = HybridSuggestBenchmark.STATEMENTS.get(next);
    next = (next + 1) % HybridSuggestBenchmark.STATEMENTS.size();
    return Encoder.embed(statement);
  }
}
