package dev.valuex.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.valuex.core.ElementId;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.ValueElement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The suggester's weighting, seen through ranks on small decks built for each rule: where a word
 * stands on a card, how many cards carry it, how wordy a card is, and which side a statement
 * speaks of. Each deck lists the card expected to lose first, so a tie or an ignored weight shows
 * as the wrong card on top.
 */
class SuggestionWeightingTest {
  private static final ValueElement TEMPLATE = Catalog.defaults().require("SAVINGS");

  /** A card of deck "acme" with a name, a short phrase and a sentence, and nothing else. */
  private static ValueElement card(String slug, String name, String phrase, String sentence) {
    return TEMPLATE.withId(ElementId.parse("acme." + slug)).withName(name)
        .withShortPhrase(phrase).withSentence(sentence).withKeywords(List.of())
        .withExampleStatements(List.of()).withExampleMeasures(List.of())
        .withTypicalSide(Optional.empty());
  }

  private static List<Suggestion> suggest(String statement, ValueElement... cards) {
    Deck deck = Deck.builder().name("acme").perspective(Perspective.CUSTOMER).title("Acme")
        .addCards(cards).build();
    return Catalog.of(List.of(deck)).suggest(statement, cards.length);
  }

  private static List<String> names(List<Suggestion> suggestions) {
    return suggestions.stream().map(s -> s.element().name()).toList();
  }

  @Test
  void aWordInTheCardsNameOutranksTheSameWordAsAKeyword() {
    ValueElement asKeyword = card("a", "HARBOUR", "quiet", "calm").withKeywords("lantern");
    ValueElement inName = card("b", "LANTERN", "quiet", "calm").withKeywords("harbour");
    assertEquals(List.of("LANTERN", "HARBOUR"), names(suggest("lantern", asKeyword, inName)));
  }

  @Test
  void aKeywordOutranksTheSameWordInTheShortPhrase() {
    ValueElement inPhrase = card("a", "ALPHA", "lantern", "calm").withKeywords("harbour");
    ValueElement asKeyword = card("b", "BRAVO", "harbour", "calm").withKeywords("lantern");
    assertEquals(List.of("BRAVO", "ALPHA"), names(suggest("lantern", inPhrase, asKeyword)));
  }

  @Test
  void aWordInTheShortPhraseOutranksTheSameWordOnlyInTheSentence() {
    ValueElement inSentence = card("a", "ALPHA", "harbour", "lantern");
    ValueElement inPhrase = card("b", "BRAVO", "lantern", "harbour");
    assertEquals(List.of("BRAVO", "ALPHA"), names(suggest("lantern", inSentence, inPhrase)));
  }

  @Test
  void aWordOnlyInAnExampleStatementFindsTheCardBelowOneWithItInItsSentence() {
    ValueElement inExample = card("a", "ALPHA", "quiet", "calm")
        .withExampleStatements("I keep a lantern by the door");
    ValueElement inSentence = card("b", "BRAVO", "quiet", "lantern");
    ValueElement neither = card("c", "CHARLIE", "quiet", "calm");
    assertEquals(List.of("BRAVO", "ALPHA"),
        names(suggest("lantern", inExample, inSentence, neither)));
  }

  @Test
  void eachWordOfAMultiWordKeywordCountsOnItsOwn() {
    ValueElement inSentence = card("a", "ALPHA", "quiet", "copper kettle");
    ValueElement asKeyword = card("b", "BRAVO", "quiet", "calm").withKeywords("copper kettle");
    assertEquals(List.of("BRAVO", "ALPHA"), names(suggest("copper", inSentence, asKeyword)));
  }

  @Test
  void aMultiWordKeywordSaidAsWrittenOutranksItsWordsSaidApart() {
    ValueElement kettle = card("a", "KETTLE", "copper", "calm");
    ValueElement asKeyword = card("b", "BRAVO", "quiet", "calm").withKeywords("copper kettle");
    List<Suggestion> asWritten = suggest("a copper kettle", kettle, asKeyword);
    assertEquals(List.of("BRAVO", "KETTLE"), names(asWritten));
    assertEquals(List.of("copper kettle"), asWritten.get(0).matchedTerms());
    assertEquals(List.of("KETTLE", "BRAVO"), names(suggest("a kettle of copper", kettle,
        asKeyword)));
  }

  @Test
  void aKeywordThatStartsWithASmallWordIsReportedAsWritten() {
    ValueElement punctual = card("a", "ALPHA", "quiet", "calm").withKeywords("on time");
    List<Suggestion> s = suggest("It arrived on time", punctual);
    assertEquals(List.of("on time"), s.get(0).matchedTerms());
  }

  @Test
  void aRareWordOutranksAWordThatManyCardsCarry() {
    ValueElement common1 = card("a", "ALPHA", "copper", "calm");
    ValueElement common2 = card("b", "BRAVO", "copper", "calm");
    ValueElement common3 = card("c", "CHARLIE", "copper", "calm");
    ValueElement rare = card("d", "DELTA", "meadow", "calm");
    List<Suggestion> s = suggest("copper meadow", common1, common2, common3, rare);
    assertEquals("DELTA", s.get(0).element().name());
    assertEquals(4, s.size());
  }

  @Test
  void aWordyCardIsNotFavouredForItsLengthAlone() {
    ValueElement wordy = card("a", "ALPHA", "lantern",
        "harbour violin glacier meadow copper kettle orchard");
    ValueElement brief = card("b", "BRAVO", "lantern", "calm");
    assertEquals(List.of("BRAVO", "ALPHA"), names(suggest("lantern", wordy, brief)));
  }

  @Test
  void sayingAWordThreeTimesCountsItOnce() {
    ValueElement inPhrase = card("a", "ALPHA", "lantern", "calm");
    ValueElement inName = card("b", "HARBOUR", "quiet", "calm");
    assertEquals(List.of("HARBOUR", "ALPHA"),
        names(suggest("lantern, lantern, lantern and a harbour", inPhrase, inName)));
  }

  @Test
  void matchedTermsAreOnlyTheWordsTheCardCarries() {
    ValueElement lantern = card("a", "ALPHA", "lantern", "calm");
    ValueElement harbour = card("b", "BRAVO", "harbour", "calm");
    List<Suggestion> s = suggest("a lantern in the harbour", lantern, harbour);
    assertEquals(2, s.size());
    for (Suggestion each : s) {
      assertEquals(List.of(each.element().shortPhrase()), each.matchedTerms());
    }
  }

  @Test
  void theLimitCapsTheSuggestions() {
    Deck deck = Deck.builder().name("acme").perspective(Perspective.CUSTOMER).title("Acme")
        .addCards(card("a", "ALPHA", "lantern", "calm"), card("b", "BRAVO", "lantern", "calm"),
            card("c", "CHARLIE", "lantern", "calm"))
        .build();
    Catalog catalog = Catalog.of(List.of(deck));
    assertEquals(1, catalog.suggest("lantern", 1).size());
    assertEquals(3, catalog.suggest("lantern", 5).size());
  }

  // The side a statement speaks of.

  private static final ValueElement GIVEN = card("given", "ALPHA", "lantern", "calm")
      .withTypicalSide(Side.IN);
  private static final ValueElement SOUGHT = card("sought", "BRAVO", "lantern", "calm")
      .withTypicalSide(Side.OUT);

  private static List<Suggestion> twins(String statement, ValueElement first,
      ValueElement second) {
    return suggest(statement, first, second);
  }

  @Test
  void payingMovesTheInCardAboveItsOutTwin() {
    List<Suggestion> s = twins("I pay for the lantern", SOUGHT, GIVEN);
    assertEquals(List.of("ALPHA", "BRAVO"), names(s));
    assertEquals(List.of(Side.IN, Side.IN), s.stream().map(Suggestion::side).toList());
  }

  @Test
  void seekingMovesTheOutCardAboveItsInTwin() {
    List<Suggestion> s = twins("I want the lantern", GIVEN, SOUGHT);
    assertEquals(List.of("BRAVO", "ALPHA"), names(s));
    assertEquals(List.of(Side.OUT, Side.OUT), s.stream().map(Suggestion::side).toList());
  }

  @Test
  void aGivingVerbTwoWordsAfterTheSpeakerStillCounts() {
    assertEquals(Side.IN, twins("I have paid for the lantern", SOUGHT, GIVEN).get(0).side());
  }

  @Test
  void aSeekingVerbInTheThirdPersonCountsWithoutASpeaker() {
    assertEquals(Side.OUT, twins("the lantern helps", GIVEN, SOUGHT).get(0).side());
  }

  @Test
  void verbsOfOtherPeopleGiveNoCueSoEachCardKeepsItsTypicalSide() {
    for (String statement : List.of("customers pay for the lantern",
        "customers want the lantern")) {
      List<Suggestion> s = twins(statement, GIVEN, SOUGHT);
      assertEquals(List.of(Side.IN, Side.OUT), s.stream().map(Suggestion::side).toList(),
          statement);
    }
  }

  @Test
  void asManySeekingAsGivingCuesGiveNoCue() {
    List<Suggestion> s = twins("I pay for the lantern but I want a better one", GIVEN, SOUGHT);
    assertEquals(List.of(Side.IN, Side.OUT), s.stream().map(Suggestion::side).toList());
  }

  @Test
  void moreGivingThanSeekingCuesSpeakOfGiving() {
    List<Suggestion> s = twins("I pay and I spend hours on the lantern but I want a better one",
        SOUGHT, GIVEN);
    assertEquals(List.of("ALPHA", "BRAVO"), names(s));
    assertEquals(Side.IN, s.get(0).side());
  }

  @Test
  void aCardWithoutATypicalSideIsSuggestedOutWithoutACue() {
    assertEquals(Side.OUT, suggest("lantern", card("a", "ALPHA", "lantern", "calm")).get(0)
        .side());
  }
}
