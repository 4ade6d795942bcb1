package dev.valuex.benchmarks.semantic;

import dev.valuex.catalog.Catalog;
import dev.valuex.core.Perspective;
import dev.valuex.semantic.CardMatch;
import dev.valuex.semantic.RankingMethod;
import dev.valuex.semantic.SemanticModel;
import dev.valuex.semantic.SemanticSuggester;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Measures how many customer statements per second {@link SemanticSuggester#suggestAll} codes
 * in batches of {@value #BATCH} (as {@code valuex code} does: a batch's statements spread over
 * the cores, one model call each), hybrid, top three, on two calling threads; the target is at
 * least 2,000 (issue 23). The score is statements per second across both threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(2)
public class BatchSuggestBenchmark {

  /** Statements per batch. */
  public static final int BATCH = 64;

  /**
   * How statements are embedded: {@code accurate} (the transformer) or {@code fast} (its static
   * token table); see {@link SemanticModel}.
   */
  @Param({"accurate", "fast"})
  public String model;

  private SemanticSuggester suggester;
  private List<String> batch;

  /** Loads the model, computes the customer card vectors and builds the batch. */
  @Setup
  public void setUp() {
    suggester = SemanticSuggester.of(Catalog.defaults(),
        SemanticModel.valueOf(model.toUpperCase(Locale.ROOT)));
    suggester.prepare(Perspective.CUSTOMER);
    List<String> b = new ArrayList<>();
    for (int i = 0; i < BATCH; i++) {
      b.add(HybridSuggestBenchmark.STATEMENTS.get(i % HybridSuggestBenchmark.STATEMENTS.size())
          + (i < HybridSuggestBenchmark.STATEMENTS.size() ? "" : " " + i));
    }
    batch = List.copyOf(b);
  }

  /**
   * Suggests the top three cards, hybrid, for every statement of one batch.
   *
   * @return the suggestions, so the work cannot be optimised away
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public List<? extends List<CardMatch>> hybridBatchTopThree() {
    return suggester.suggestAll(RankingMethod.HYBRID, Perspective.CUSTOMER, batch, 3);
  }
}
