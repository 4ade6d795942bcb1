package dev.valuex.cli;

import dev.valuex.catalog.Catalog;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.semantic.CardMatch;
import dev.valuex.semantic.RankingMethod;
import dev.valuex.semantic.SemanticSuggester;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
   * Ranks customer cards for many statements in one batch, semantically or hybrid, only cards
   * of the known side when one is given, as JSON-ready maps. A statement without a letter or
   * digit (control characters, punctuation, symbols) has no words to embed: it gets no cards,
   * as it does from the lexical method, where the embedding library would refuse the batch.
   */
  static List<List<Map<String, Object>>> rankAll(Catalog catalog, String method,
      Optional<Side> side, List<String> statements, int top) {
    RankingMethod how = RankingMethod.valueOf(method.toUpperCase(Locale.ROOT));
    List<String> worded = statements.stream().filter(SemanticRanking::hasWords)
        .collect(Collectors.toList());
    List<? extends List<CardMatch>> ranked = List.of();
    if (!worded.isEmpty()) {
      SemanticSuggester suggester = SemanticSuggester.of(catalog);
      ranked = side.isPresent()
          ? suggester.suggestAll(how, Perspective.CUSTOMER, side.get(), worded, top)
          : suggester.suggestAll(how, Perspective.CUSTOMER, worded, top);
    }
    List<List<Map<String, Object>>> out = new ArrayList<>();
    int next = 0;
    for (String statement : statements) {
      if (!hasWords(statement)) {
        out.add(new ArrayList<>());
        continue;
      }
      List<CardMatch> matches = ranked.get(next++);
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

  private static boolean hasWords(String statement) {
    return statement.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
