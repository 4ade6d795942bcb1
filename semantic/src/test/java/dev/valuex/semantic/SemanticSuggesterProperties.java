package dev.valuex.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.valuex.catalog.Catalog;
import dev.valuex.core.Perspective;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SemanticSuggesterProperties {

  private static final SemanticSuggester SUGGESTER = SemanticSuggester.of(Catalog.defaults());

  @Provide
  Arbitrary<String> statements() {
    Arbitrary<String> words = Arbitraries.of("I", "we", "pay", "want", "cheap", "quick", "kids",
        "safe", "staff", "the", "app", "never", "always", "month", "friendly", "broke", "data",
        "waited", "hours", "love", "recommend", "phone", "bill", "free", "new");
    return words.list().ofMinSize(1).ofMaxSize(14).map(w -> String.join(" ", w));
  }

  @Property(tries = 200)
  void semanticAndHybridReturnTheLimitOfDistinctCardsBestFirst(
      @ForAll("statements") String statement, @ForAll @IntRange(min = 0, max = 8) int limit,
      @ForAll boolean hybrid) {
    RankingMethod method = hybrid ? RankingMethod.HYBRID : RankingMethod.SEMANTIC;
    ImmutableList<CardMatch> ranked =
        SUGGESTER.suggest(method, Perspective.CUSTOMER, statement, limit);
    assertEquals(limit, ranked.size());
    assertEquals(limit, ranked.stream().map(m -> m.element().id()).distinct().count());
    for (int i = 1; i < ranked.size(); i++) {
      assertTrue(ranked.get(i - 1).score() >= ranked.get(i).score(), ranked.toString());
    }
    for (CardMatch m : ranked) {
      assertTrue(m.nearestStatement().isPresent());
      assertEquals(m.score(), m.semanticScore()
          + (hybrid ? SemanticSuggester.LEXICAL_WEIGHT * m.lexicalScore() : 0) + m.sideScore(),
          1e-9);
    }
  }
}
