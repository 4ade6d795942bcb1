package dev.valuex.benchmarks.semantic;

import dev.valuex.catalog.Catalog;
import dev.valuex.core.Perspective;
import dev.valuex.semantic.CardMatch;
import dev.valuex.semantic.RankingMethod;
import dev.valuex.semantic.SemanticModel;
import dev.valuex.semantic.SemanticSuggester;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Measures how many customer statements {@link SemanticSuggester} codes per second on one
 * thread with hybrid ranking (one embedding, the neighbour and linear scores and the lexical
 * ranking per statement); the target is at least 500 (issue 23).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class HybridSuggestBenchmark {
  /** Indirect customer statements, one per customer-card family, used in rotation. */
  static final List<String> STATEMENTS = List.of(
      "At two in the morning I just want to know whether to panic or go back to bed",
      "The big box store down the road has the same nappies for four dollars less",
      "Groceries turn up at my front step on Thursday evening",
      "They let me trial the hearing aids for a month before paying a cent",
      "I rent the spare room to students and it covers our groceries",
      "The nurse held my hand while they put the drip in",
      "I lost my whole Saturday sitting at the tyre place",
      "I've sent half my office to that dentist",
      "Putting the wardrobe together took both of us and a lot of swearing",
      "The internet hasn't dropped once since we changed provider",
      "The kids screamed with laughter on the slides all afternoon",
      "Every pair of shoes I buy sends a pair to a child who has none");

  /**
   * How statements are embedded: {@code accurate} (the transformer) or {@code fast} (its static
   * token table); see {@link SemanticModel}.
   */
  @Param({"accurate", "fast"})
  public String model;

  private SemanticSuggester suggester;
  private int next;

  /** Loads the model and computes the customer card vectors before measuring. */
  @Setup
  public void setUp() {
    suggester = SemanticSuggester.of(Catalog.defaults(),
        SemanticModel.valueOf(model.toUpperCase(Locale.ROOT)));
    suggester.prepare(Perspective.CUSTOMER);
  }

  /**
   * Suggests the top three cards, hybrid, for the next statement of a fixed rotation.
   *
   * @return the suggestions, so the work cannot be optimised away
   */
  @Benchmark
  public List<CardMatch> hybridTopThree() {
    String statement = STATEMENTS.get(next);
    next = (next + 1) % STATEMENTS.size();
    return suggester.suggest(RankingMethod.HYBRID, Perspective.CUSTOMER, statement, 3);
  }
}
