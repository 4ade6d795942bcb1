package dev.valuex.catalog;

import dev.valuex.catalog.internal.DeckCodec;
import dev.valuex.catalog.internal.DeckWriter;
import dev.valuex.core.ValuexFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The deck file format {@value #VERSION}: reads and writes {@link Deck}s as JSON, and hands out
 * the JSON Schema (draft 2020-12) that describes it, so teams can write and check their own
 * decks. The format is documented in the module's {@code FORMAT.md}.
 *
 * <p>Reading validates everything before it returns: an unknown field, a missing name, a
 * duplicate id or an id outside the deck all fail together in one {@link ValuexFormatException}
 * whose problems each carry their JSON pointer, line and column.
 *
 * <pre>{@code
 * Deck deck = DeckFormat.read(Path.of("acme.deck.json"));
 * String json = DeckFormat.toJson(deck);
 * }</pre>
 */
public final class DeckFormat {
  /** The format tag that every deck file carries in its {@code "format"} field. */
  public static final String VERSION = DeckCodec.FORMAT;

  private static final String SCHEMA = "valuex.deck-1.schema.json";

  private DeckFormat() {}

  /**
   * Reads one deck from a file.
   *
   * @param file the deck file, not null
   * @return the deck, never null
   * @throws ValuexFormatException listing every problem with its location
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Deck read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return DeckCodec.read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read deck " + file, e);
    }
  }

  /**
   * Reads one deck from a stream, which is left open.
   *
   * @param in the JSON text in UTF-8, not null
   * @param source a name for the input used in messages, e.g. a file or resource name, not null
   * @return the deck, never null
   * @throws ValuexFormatException listing every problem with its location
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Deck read(InputStream in, String source) {
    Objects.requireNonNull(source, "source");
    return DeckCodec.read(Objects.requireNonNull(in, "in"), source);
  }

  /**
   * Writes a deck as pretty-printed JSON; reading it back gives an equal deck.
   *
   * @param deck the deck, not null
   * @param out where to write, not null; flushed but left open
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Deck deck, OutputStream out) {
    DeckWriter.write(Objects.requireNonNull(deck, "deck"), Objects.requireNonNull(out, "out"));
  }

  /**
   * Returns a deck as pretty-printed JSON text.
   *
   * @param deck the deck, not null
   * @return the JSON text, never null
   */
  public static String toJson(Deck deck) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(deck, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the deck format, for editors and validators.
   *
   * @return the schema text, never null
   */
  public static String schema() {
    try (InputStream in = DeckFormat.class.getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + SCHEMA);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + SCHEMA, e);
    }
  }
}
