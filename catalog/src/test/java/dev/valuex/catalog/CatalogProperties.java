package dev.valuex.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.ElementId;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.ValueElement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CatalogProperties {
  private static final Catalog CATALOG = Catalog.defaults();

  @Provide
  Arbitrary<ValueElement> bundledCards() {
    return Arbitraries.of(CATALOG.elements());
  }

  @Property
  void findIgnoresCaseSpacesAndPunctuationOfEveryName(
      @ForAll("bundledCards") ValueElement card, @ForAll boolean upper,
      @ForAll("separators") String separator) {
    String name = card.name().replaceAll("[^A-Za-z0-9]+", separator);
    name = upper ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
    assertEquals(card, CATALOG.require(card.perspective(), "  " + name + " "));
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(" ", "/", "-", "", " & ", ".", "_", "  ");
  }

  @Property
  void suggestionsAreRankedLimitedAndExplainedByWordsOfTheStatement(
      @ForAll("statements") String statement, @ForAll("limits") int limit) {
    List<Suggestion> s = CATALOG.suggest(statement, limit);
    assertTrue(s.size() <= limit);
    for (int i = 0; i < s.size(); i++) {
      if (i > 0) {
        assertTrue(s.get(i - 1).score() >= s.get(i).score());
      }
      assertEquals(Perspective.CUSTOMER, s.get(i).element().perspective());
      for (String term : s.get(i).matchedTerms()) {
        assertTrue(statement.contains(term), term + " not in " + statement);
      }
    }
  }

  @Provide
  Arbitrary<Integer> limits() {
    return Arbitraries.integers().between(0, 8);
  }

  @Provide
  Arbitrary<String> statements() {
    Arbitrary<String> words = Arbitraries.of(CATALOG.deck(Perspective.CUSTOMER)).flatMap(
        e -> Arbitraries.of(List.copyOf(e.keywords())));
    Arbitrary<String> filler = Arbitraries.of("I", "always", "the", "they", "want", "pay", "my",
        "and", "it's", "really", "!", ",", "GREAT", "don't");
    return Arbitraries.oneOf(words, filler).list().ofMaxSize(12)
        .map(l -> String.join(" ", l));
  }

  @Property
  void decksOfBlankCardsSurviveAWriteAndReadRoundTrip(@ForAll("decks") Deck deck) {
    Deck back = DeckFormat.read(new ByteArrayInputStream(
        DeckFormat.toJson(deck).getBytes(StandardCharsets.UTF_8)), "generated");
    assertEquals(deck, back);
  }

  @Provide
  Arbitrary<Deck> decks() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1)
        .ofMaxLength(8);
    Arbitrary<String> text = word.list().ofMinSize(1).ofMaxSize(5)
        .map(l -> String.join(" ", l) + " \u00e9\"\\ ok");
    Arbitrary<ValueElement> card = Combinators.combine(word.list().ofMinSize(1).ofMaxSize(3),
            text, Arbitraries.of(Side.class).optional(), text.list().ofMaxSize(3))
        .as((name, sentence, side, examples) -> ValueElement.blankCard(Perspective.EMPLOYEE,
                String.join(" ", name), sentence)
            .withTypicalSide(side)
            .withKeywords(name)
            .withExampleStatements(examples));
    return card.list().ofMaxSize(6)
        .uniqueElements(c -> c.id().slug())
        .map(cards -> Deck.builder().name(ValueElement.CUSTOM_DECK)
            .perspective(Perspective.EMPLOYEE).title("Generated")
            .addAllCards(cards)
            .build());
  }

  @Property
  void aBlankCardAddedToTheDefaultsIsFoundByItsNameAndId(@ForAll("names") String name) {
    ValueElement card = ValueElement.blankCard(Perspective.CUSTOMER, name, "I " + name);
    if (CATALOG.find(Perspective.CUSTOMER, name).isPresent()) {
      return;
    }
    Catalog ours = CATALOG.withCards(List.of(card));
    assertEquals(card, ours.require(Perspective.CUSTOMER, name.toUpperCase(Locale.ROOT)));
    assertEquals(card, ours.require(ElementId.of("custom", ValueElement.slug(name))));
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(12)
        .list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(" ", l));
  }
}
