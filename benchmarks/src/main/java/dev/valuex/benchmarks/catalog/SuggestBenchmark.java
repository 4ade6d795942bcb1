package dev.valuex.benchmarks.catalog;

import dev.valuex.catalog.Catalog;
import dev.valuex.catalog.Suggestion;
import java.util.List;
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
 * Measures how many customer statements {@link Catalog#suggest(String, int)} codes per second
 * on one thread; the target is at least 20,000.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class SuggestBenchmark {
  private static final List<String> STATEMENTS = List.of(
      "I always look around to get the best deal",
      "I don't have a lot of discretionary dollars to spend",
      "It took me three evenings to set the whole thing up and I still had to call support",
      "Knowing someone will pick up the phone at 2am is why I pay for the premium plan",
      "The staff remember my name and my usual order",
      "I hate giving my phone number just to get a receipt",
      "My kids love the play area, it's the only place we can all relax",
      "I've recommended them to half my street",
      "The app crashes every time I try to pay, so I've stopped using it",
      "I want to know exactly what I'm paying for before I sign anything",
      "They plant a tree for every order, which matters to me",
      "The jacket still looks new after three winters",
      "I get points every time I fill up and use them for groceries",
      "I stayed with them for ten years even though others were cheaper",
      "The coach keeps me going when I want to give up",
      "Being able to pause my subscription while I travel is great");

  private Catalog catalog;
  private int next;

  /** Loads the default catalog and builds its scorers before measuring. */
  @Setup
  public void setUp() {
    catalog = Catalog.defaults();
    catalog.suggest(STATEMENTS.get(0), 3);
  }

  /**
   * Suggests the top three cards for the next statement of a fixed rotation.
   *
   * @return the suggestions, so the work cannot be optimised away
   */
  @Benchmark
  public List<Suggestion> suggestTopThree() {
    String statement = STATEMENTS.get(next);
    next = (next + 1) % STATEMENTS.size();
    return catalog.suggest(statement, 3);
  }
}
