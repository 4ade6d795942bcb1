package dev.valuex.cli;

import dev.valuex.catalog.Catalog;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.semantic.CardMatch;
import dev.valuex.semantic.RankingMethod;
import dev.valuex.semantic.SemanticModel;
import dev.valuex.semantic.SemanticSuggester;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The bridge from {@code suggest} and {@code code} to the optional valuex-semantic module; only
 * loaded once the module is known to be on the class path, so the tool still runs lexically
 * without it.
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

  /**
   * Ranks customer cards for many statements in one batch, semantically or hybrid, with the
   * accurate or the fast model ({@code --model}), only cards of the known side when one is
   * given, as JSON-ready maps. A statement without a letter or digit gets no cards
   * ({@link SemanticSuggester}'s rule).
   */
  static List<List<Map<String, Object>>> rankAll(Catalog catalog, String method, String model,
      Optional<Side> side, List<String> statements, int top) {
    RankingMethod how = RankingMethod.valueOf(method.toUpperCase(Locale.ROOT));
    SemanticSuggester suggester =
        SemanticSuggester.of(catalog, SemanticModel.valueOf(model.toUpperCase(Locale.ROOT)));
    List<? extends List<CardMatch>> ranked = side.isPresent()
        ? suggester.suggestAll(how, Perspective.CUSTOMER, side.get(), statements, top)
        : suggester.suggestAll(how, Perspective.CUSTOMER, statements, top);
    List<List<Map<String, Object>>> out = new ArrayList<>();
    for (List<CardMatch> matches : ranked) {
      List<Map<String, Object>> cards = new ArrayList<>();
      for (CardMatch m : matches) {
        Map<String, Object> card =
            SuggestCommand.card(m.element(), m.score(), m.side(), m.matchedTerms());
        card.put("nearest_statement", m.nearestStatement().orElse(""));
        cards.add(card);
      }
      out.add(cards);
    }
    return out;
  }
}
