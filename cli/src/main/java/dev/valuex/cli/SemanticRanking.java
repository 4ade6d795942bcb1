package dev.valuex.cli;

import dev.valuex.catalog.Catalog;
import dev.valuex.core.Perspective;
import dev.valuex.semantic.CardMatch;
import dev.valuex.semantic.RankingMethod;
import dev.valuex.semantic.SemanticSuggester;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bridge from {@code suggest} to the optional valuex-semantic module; only loaded once the
 * module is known to be on the class path, so the tool still runs lexically without it.
 */
final class SemanticRanking {

  private static final String SUGGESTER = "dev.valuex.semantic.SemanticSuggester";

  private SemanticRanking() {}

  /** Tells whether the valuex-semantic module is on the class or module path. */
  static boolean available() {
    try {
      Class.forName(SUGGESTER, false, SemanticRanking.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Ranks customer cards for a statement semantically or hybrid, as JSON-ready maps. */
  static List<Map<String, Object>> rank(Catalog catalog, String method, String statement,
      int top) {
    RankingMethod how = RankingMethod.valueOf(method.toUpperCase(Locale.ROOT));
    List<Map<String, Object>> cards = new ArrayList<>();
    for (CardMatch m : SemanticSuggester.of(catalog)
        .suggest(how, Perspective.CUSTOMER, statement, top)) {
      Map<String, Object> card =
          SuggestCommand.card(m.element(), m.score(), m.side(), m.matchedTerms());
      card.put("nearestStatement", m.nearestStatement().orElse(""));
      cards.add(card);
    }
    return cards;
  }
}
