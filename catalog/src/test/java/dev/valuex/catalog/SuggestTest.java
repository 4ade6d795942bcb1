package dev.valuex.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {
  private static final Catalog CATALOG = Catalog.defaults();

  private static Suggestion top(String statement) {
    return CATALOG.suggest(statement, 5).get(0);
  }

  @Test
  void bestDealSpeaksToSavingsFirst() {
    Suggestion s = top("I always look around to get the best deal");
    assertEquals("customer.savings", s.element().id().toString());
    assertEquals(Side.OUT, s.side());
    assertTrue(s.matchedTerms().contains("best deal"), s.matchedTerms().toString());
  }

  @Test
  void fewDiscretionaryDollarsAlsoSpeakToSavings() {
    assertEquals("customer.savings",
        top("I don't have a lot of discretionary dollars to spend").element().id().toString());
  }

  @Test
  void payingSuggestsTheGivingSide() {
    Suggestion s = top("I pay a yearly membership fee");
    assertEquals("customer.money", s.element().id().toString());
    assertEquals(Side.IN, s.side());
  }

  @Test
  void seekingCueOverridesTheTypicalSideOfAnInCard() {
    List<Suggestion> all = CATALOG.suggest("I want my time back", 10);
    Suggestion time = all.stream().filter(x -> x.element().name().equals("TIME")).findFirst()
        .orElseThrow();
    assertEquals(Side.OUT, time.side());
  }

  @Test
  void suggestionsAreOrderedByScoreAndLimited() {
    List<Suggestion> s = CATALOG.suggest("quick easy cheap safe reliable fun", 4);
    assertEquals(4, s.size());
    for (int i = 1; i < s.size(); i++) {
      assertTrue(s.get(i - 1).score() >= s.get(i).score());
    }
  }

  @Test
  void matchedTermsAreWordsOfTheStatementAsWritten() {
    String statement = "Their Hidden Fees at checkout made me furious";
    for (Suggestion s : CATALOG.suggest(statement, 5)) {
      for (String term : s.matchedTerms()) {
        assertTrue(statement.contains(term), term);
      }
    }
    Suggestion best = top(statement);
    assertEquals("customer.transparency", best.element().id().toString());
    assertTrue(best.matchedTerms().contains("Hidden Fees"), best.matchedTerms().toString());
  }

  @Test
  void statementWithoutKnownWordsGetsNoSuggestions() {
    assertEquals(List.of(), CATALOG.suggest("the of and", 3));
    assertEquals(List.of(), CATALOG.suggest("", 3));
    assertEquals(List.of(), CATALOG.suggest("I always look for the best deal", 0));
  }

  @Test
  void negativeLimitIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CATALOG.suggest("deal", -1));
    assertEquals("limit must be at least 0, got -1", e.getMessage());
  }

  @Test
  void suggestForAnotherPerspectiveRanksThatDeck() {
    Suggestion s = CATALOG.suggest(Perspective.EMPLOYEE,
        "I haven't had a pay rise in three years", 3).get(0);
    assertEquals("employee.pay", s.element().id().toString());
    assertEquals("business-owner.profit", CATALOG.suggest(Perspective.BUSINESS_OWNER,
        "Our margins improved and the bottom line finally looks healthy", 3)
        .get(0).element().id().toString());
  }

  @Test
  void searchRanksCardsOfEveryDeckForKeywords() {
    assertEquals("customer.savings", CATALOG.search("discount coupon").get(0).element().id()
        .toString());
    assertTrue(CATALOG.search("recognition").stream()
        .map(x -> x.element().perspective()).distinct().count() == 3);
  }

  @Test
  void suggestionRejectsANonPositiveScore() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Suggestion.of(CATALOG.require("savings"), 0.0, List.of("deal"), Side.OUT));
    assertEquals("Suggestion customer.savings: score must be positive and finite, got 0.0",
        e.getMessage());
  }

  @Test
  void suggestionRejectsEmptyMatchedTerms() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Suggestion.of(CATALOG.require("savings"), 1.0, List.of(), Side.OUT));
    assertEquals("Suggestion customer.savings: matchedTerms must not be empty, got []",
        e.getMessage());
  }
}
