package dev.valuex.catalog.internal;

import com.google.common.collect.ImmutableList;
import dev.valuex.catalog.Catalog;
import dev.valuex.catalog.Deck;
import dev.valuex.catalog.DeckProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The decks that ship with the catalog, read from resources beside {@link Catalog}. Also
 * registered as a {@link DeckProvider}, so a {@link java.util.ServiceLoader} sees them first.
 */
public final class BundledDecks implements DeckProvider {
  /** The resource names of the bundled decks, in layering order. */
  public static final ImmutableList<String> RESOURCES = ImmutableList.of(
      "customer.deck.json", "business-owner.deck.json", "employee.deck.json");

  /** Creates the provider; {@link java.util.ServiceLoader} needs a public constructor. */
  public BundledDecks() {}

  @Override
  public List<Deck> decks() {
    return load();
  }

  /**
   * Reads the bundled decks afresh: from the index written at build time when it matches the
   * JSON decks beside it ({@link BundledIndex}), otherwise from the JSON decks.
   *
   * @return the decks, never null
   */
  public static ImmutableList<Deck> load() {
    try {
      Optional<ImmutableList<Deck>> indexed = BundledIndex.read();
      if (indexed.isPresent()) {
        return indexed.get();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundled deck index", e);
    }
    return parse();
  }

  /**
   * Reads the bundled decks afresh from their JSON, with every check of {@link DeckCodec}.
   *
   * @return the decks, never null
   */
  public static ImmutableList<Deck> parse() {
    ImmutableList.Builder<Deck> decks = ImmutableList.builder();
    for (String name : RESOURCES) {
      try (InputStream in = Catalog.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("Missing bundled deck " + name);
        }
        decks.add(DeckCodec.read(in, name));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read bundled deck " + name, e);
      }
    }
    return decks.build();
  }
}
