package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.valuex.catalog.Catalog;
import dev.valuex.catalog.Deck;
import dev.valuex.core.Perspective;
import dev.valuex.core.ValueElement;
import dev.valuex.core.ValuexFormatException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Catalog decks through the Jackson module, on their own and inside a user's own object. */
class ModuleDeckProperties {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().addModule(new ValuexJsonModule()).build();

  @Property(tries = 500)
  void aDeckOfAnyBundledCardsWrittenThenReadIsEqual(@ForAll("decks") Deck deck)
      throws IOException {
    assertEquals(deck, MAPPER.readValue(MAPPER.writeValueAsString(deck), Deck.class));
  }

  @Example
  void theBundledDecksRoundTripInsideAnotherObject() throws IOException {
    Map<String, Deck> decks = Map.of("customer", Catalog.defaults().decks().get(0));
    String text = MAPPER.writeValueAsString(decks);
    Map<String, Deck> back = MAPPER.readValue(text,
        MAPPER.getTypeFactory().constructMapType(Map.class, String.class, Deck.class));
    assertEquals(decks, back);
  }

  @Example
  void aDeckProblemIsReportedAtItsPointerInTheEnclosingDocument() throws IOException {
    String deck = MAPPER.writeValueAsString(Catalog.defaults().decks().get(0))
        .replaceFirst("\"id\" ?: ?\"customer\\.savings\"", "\"id\": \"customer.Savings\"");
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> MAPPER.readValue("{\"mine\":" + deck + "}", DeckHolder.class));
    ValuexFormatException cause = (ValuexFormatException) e.getCause();
    assertTrue(cause.problems().get(0).startsWith("/mine/cards/"), cause.problems().toString());
    assertTrue(cause.problems().get(0).contains("/id: ElementId: slug must be lower-case"),
        cause.problems().toString());
  }

  /** A user's own object holding a deck. */
  static final class DeckHolder {
    public Deck mine;
  }

  @Provide
  Arbitrary<Deck> decks() {
    // A deck's card ids live in its own name's namespace: these reuse the customer deck's.
    List<ValueElement> cards = Catalog.defaults().deck(Perspective.CUSTOMER);
    return Combinators.combine(Arbitraries.subsetOf(cards).ofMinSize(1),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12))
        .as((picked, name) -> Deck.builder().name("customer")
            .perspective(Perspective.CUSTOMER).title("Cards of team " + name)
            .addAllCategories(picked.stream().map(ValueElement::category).distinct().toList())
            .addAllCards(cards.stream().filter(picked::contains).toList())
            .build());
  }
}
