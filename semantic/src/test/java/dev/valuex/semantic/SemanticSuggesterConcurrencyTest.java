package dev.valuex.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.valuex.catalog.Catalog;
import dev.valuex.catalog.Deck;
import dev.valuex.core.Perspective;
import dev.valuex.core.testkit.ManyThreads;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The suggester's shared state under many threads: the one suggester per catalog, and its card
 * vectors, computed lazily on first use. Many threads start at once on a start latch against a
 * catalog nobody has asked about yet (a small one, to keep the test quick); each must get the
 * one suggester of that catalog, and the ranking a single thread gets from a catalog of its
 * own with the same cards.
 */
class SemanticSuggesterConcurrencyTest {
  private static final int THREADS = 6;
  private static final List<String> STATEMENTS = List.of(
      "Since the alarm went in I stop lying awake wondering whether someone will get in",
      "I always look around to get the best deal",
      "it takes me ten minutes to fill in their forms");


  @Test
  void manyThreadsOnAFreshCatalogShareOneSuggesterAndRankAsOneThreadDoes() throws Exception {
    SemanticSuggester alone = SemanticSuggester.of(smallCatalog());
    List<List<CardMatch>> expected = new ArrayList<>();
    for (String statement : STATEMENTS) {
      expected.add(alone.suggest(RankingMethod.HYBRID, Perspective.CUSTOMER, statement, 5));
    }
    Catalog shared = smallCatalog(); // a new instance: its vectors are not computed yet
    List<SemanticSuggester> suggesters = new ArrayList<>();
    List<List<List<CardMatch>>> results = ManyThreads.atOnce(THREADS, () -> {
      SemanticSuggester suggester = SemanticSuggester.of(shared);
      synchronized (suggesters) {
        suggesters.add(suggester);
      }
      List<List<CardMatch>> got = new ArrayList<>();
      for (String statement : STATEMENTS) {
        got.add(suggester.suggest(RankingMethod.HYBRID, Perspective.CUSTOMER, statement, 5));
      }
      return got;
    });
    for (SemanticSuggester suggester : suggesters) {
      assertSame(SemanticSuggester.of(shared), suggester, "one suggester per catalog");
    }
    for (List<List<CardMatch>> got : results) {
      for (int i = 0; i < STATEMENTS.size(); i++) {
        assertSameRanking(expected.get(i), got.get(i));
      }
    }
  }

  /**
   * A catalog of the first 16 customer cards, a new instance each time: small, so that its
   * vectors take little time to compute twice.
   */
  private static Catalog smallCatalog() {
    Deck customer = Catalog.defaults().decks().stream()
        .filter(d -> d.perspective() == Perspective.CUSTOMER).findFirst().orElseThrow();
    return Catalog.of(List.of(customer.withAliases(ImmutableMap.of())
        .withOverrides(ImmutableSet.of()).withCards(customer.cards().subList(0, 16))));
  }

  /** The same cards in the same order, scores equal but for the last float bits. */
  private static void assertSameRanking(List<CardMatch> expected, List<CardMatch> got) {
    assertEquals(expected.stream().map(m -> m.element().id()).toList(),
        got.stream().map(m -> m.element().id()).toList());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i).score(), got.get(i).score(), 1e-5);
      assertEquals(expected.get(i).side(), got.get(i).side());
    }
  }
}
