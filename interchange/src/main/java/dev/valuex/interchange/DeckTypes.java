package dev.valuex.interchange;

import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import dev.valuex.catalog.Deck;
import dev.valuex.interchange.internal.DeckBridge;

/**
 * Catalog decks in the Jackson module, through the catalog's own deck format ({@link
 * DeckBridge}); loaded only when valuex-catalog is present ({@link OptionalModules#CATALOG}).
 */
final class DeckTypes {
  private DeckTypes() {}

  static void register(ValuexJsonModule module, SimpleSerializers ser,
      SimpleDeserializers deser) {
    module.register(ser, deser, Deck.class, DeckBridge::write, DeckBridge::read);
  }
}
