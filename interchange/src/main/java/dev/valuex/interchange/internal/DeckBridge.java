package dev.valuex.interchange.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.valuex.catalog.Deck;
import dev.valuex.catalog.DeckFormat;
import dev.valuex.core.Problem;
import dev.valuex.core.ValuexFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decks in the Jackson module, through the catalog's own {@link DeckFormat} (the
 * {@code valuex.deck/1} format and its checks have one implementation, in the catalog): a deck
 * is written as its deck document and read back from the JSON value, with each problem the
 * catalog finds placed at its JSON pointer within the enclosing document.
 */
public final class DeckBridge {
  private DeckBridge() {}

  /** Writes a deck as its {@code valuex.deck/1} document. */
  public static void write(JsonGenerator g, Deck deck) throws IOException {
    g.writeRawValue(DeckFormat.toJson(deck).strip());
  }

  /** Reads a deck from a JSON value, recording the catalog's problems at their pointers. */
  public static Optional<Deck> read(JsonNode node, String at, Problems problems) {
    byte[] bytes = node.toString().getBytes(StandardCharsets.UTF_8);
    try {
      return Optional.of(DeckFormat.read(new ByteArrayInputStream(bytes), "deck"));
    } catch (ValuexFormatException e) {
      // Lines and columns are those of the re-serialised value, so only the pointer carries.
      for (Problem problem : e.details()) {
        problems.add(at + problem.pointer().orElse(""), problem.message());
      }
      return Optional.empty();
    }
  }
}
