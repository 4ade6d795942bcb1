package dev.valuex.catalog;

import dev.valuex.core.ElementId;
import dev.valuex.core.Perspective;
import dev.valuex.core.ValueElement;
import java.util.List;

/** A third-party deck provider registered in the test class path's META-INF/services. */
public final class TestDeckProvider implements DeckProvider {
  @Override
  public List<Deck> decks() {
    return List.of(Deck.builder().name("test-provider").perspective(Perspective.CUSTOMER)
        .title("Cards from a provider")
        .addCard(ValueElement.blankCard(Perspective.CUSTOMER, "Bartering",
                "I can swap things I have for things I need")
            .withId(ElementId.of("test-provider", "bartering")))
        .build());
  }
}
