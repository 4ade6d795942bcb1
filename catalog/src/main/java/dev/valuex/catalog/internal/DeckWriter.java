package dev.valuex.catalog.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.LinkedHashMultimap;
import com.google.common.collect.Multimap;
import dev.valuex.catalog.Deck;
import dev.valuex.core.ElementId;
import dev.valuex.core.ValueElement;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes decks in the {@value DeckCodec#FORMAT} format. Kept apart from {@link DeckCodec} so
 * that loading the bundled decks does not load the writing side of Jackson.
 */
public final class DeckWriter {
  private DeckWriter() {}

  /**
   * Writes a deck in the {@value DeckCodec#FORMAT} format, pretty-printed, so that {@link
   * DeckCodec#read(InputStream, String)} reads back an equal deck.
   *
   * @param deck the deck, not null
   * @param out where to write, not null; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Deck deck, OutputStream out) {
    Multimap<ElementId, String> aliases = LinkedHashMultimap.create();
    deck.aliases().forEach((alias, id) -> aliases.put(id, alias));
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
        .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
        .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    try (JsonGenerator g = DeckCodec.JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(pretty);
      g.writeStartObject();
      g.writeStringField("format", DeckCodec.FORMAT);
      g.writeStringField("deck", deck.name());
      g.writeStringField("perspective", DeckCodec.token(deck.perspective()));
      g.writeStringField("title", deck.title());
      array(g, "categories", deck.categories());
      array(g, "overrides", deck.overrides().stream().map(ElementId::toString).toList());
      g.writeArrayFieldStart("cards");
      for (ValueElement e : deck.cards()) {
        g.writeStartObject();
        g.writeStringField("id", e.id().toString());
        g.writeStringField("name", e.name());
        g.writeStringField("short_phrase", e.shortPhrase());
        g.writeStringField("sentence", e.sentence());
        if (e.typicalSide().isPresent()) {
          g.writeStringField("typical_side", DeckCodec.token(e.typicalSide().get()));
        }
        g.writeStringField("category", e.category());
        array(g, "aliases", ImmutableList.copyOf(aliases.get(e.id())));
        array(g, "keywords", e.keywords().asList());
        array(g, "example_statements", e.exampleStatements());
        array(g, "example_measures", e.exampleMeasures());
        g.writeObjectFieldStart("provenance");
        g.writeStringField("kind", DeckCodec.token(e.provenance().kind()));
        if (e.provenance().source().isPresent()) {
          g.writeStringField("source", e.provenance().source().get());
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write deck " + deck.name(), e);
    }
  }

  private static void array(JsonGenerator g, String field, List<String> values)
      throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
