package dev.valuex.catalog;

import java.util.List;

/**
 * A source of decks found with {@link java.util.ServiceLoader}: how a library ships its own
 * cards so that {@link Catalog#installed()} layers them over the bundled decks.
 *
 * <p>Register an implementation with {@code provides dev.valuex.catalog.DeckProvider with ...}
 * in your {@code module-info.java}, and for the class path in {@code
 * META-INF/services/dev.valuex.catalog.DeckProvider}. Decks usually come from resources read
 * with {@link DeckFormat#read(java.io.InputStream, String)}.
 *
 * <pre>{@code
 * public final class AcmeDecks implements DeckProvider {
 *   public List<Deck> decks() {
 *     try (InputStream in = AcmeDecks.class.getResourceAsStream("acme.deck.json")) {
 *       return List.of(DeckFormat.read(in, "acme.deck.json"));
 *     } catch (IOException e) {
 *       throw new UncheckedIOException(e);
 *     }
 *   }
 * }
 * }</pre>
 */
public interface DeckProvider {
  /**
   * Returns the decks this provider contributes, in the order they are layered.
   *
   * @return the decks, never null
   */
  List<Deck> decks();
}
