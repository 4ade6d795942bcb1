package dev.valuex.catalog;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.valuex.core.internal.Checks.check;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import dev.valuex.catalog.internal.BundledDecks;
import dev.valuex.catalog.internal.DeckCodec;
import dev.valuex.catalog.internal.Scorer;
import dev.valuex.core.ElementId;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Perspective;
import dev.valuex.core.UnknownElementException;
import dev.valuex.core.ValueElement;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.core.internal.NameKeys;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * A catalog of value cards: decks layered in order, with lookup by id or name, extension, and
 * ranking of cards for a keyword query or a customer statement. Immutable and thread-safe; the
 * extension methods return new catalogs.
 *
 * <p>{@link #defaults()} holds the three bundled decks (customer, business owner, employee).
 * A team extends it with blank cards ({@link #withCards(Iterable)}), with decks of its own
 * ({@link #withDeck(Deck)}, {@link #load(Path)}), or with the decks of every {@link
 * DeckProvider} on the class or module path ({@link #installed()}). A layer may only replace a
 * card of a lower layer if its deck lists the card's id in {@link Deck#overrides()}.
 *
 * <pre>{@code
 * Catalog catalog = Catalog.defaults();
 * ValueElement savings = catalog.require("Savings");
 * ValueElement status = catalog.require("status/recognition");
 * Suggestion best = catalog.suggest("I always look around to get the best deal", 3).get(0);
 * Catalog ours = catalog.withCards(List.of(ValueElement.blankCard(
 *     Perspective.CUSTOMER, "Early access", "I get to try new things before anyone else")));
 * }</pre>
 */
public final class Catalog {
  private static final int NEAREST = 3;

  private final ImmutableList<Deck> decks;
  private final ImmutableMap<ElementId, ValueElement> elements;
  private final ImmutableListMultimap<Perspective, ValueElement> byPerspective;
  private final ImmutableMap<Perspective, ImmutableMap<String, ElementId>> names;
  // Built on first search or suggestion, not on load. The constructor and these fields use no
  // lambdas or memoizing suppliers: the first lambda a JVM links costs a cold load tens of
  // milliseconds (see benchmarks/README.md).
  private volatile @Nullable Map<Perspective, Scorer> scorers;
  private volatile @Nullable Scorer everything;

  private Catalog(List<Deck> decks) {
    this.decks = ImmutableList.copyOf(decks);
    Map<ElementId, ValueElement> all = new LinkedHashMap<>();
    Map<Perspective, Map<String, ElementId>> keys = new EnumMap<>(Perspective.class);
    for (Deck deck : this.decks) {
      Map<String, ElementId> index = keys.get(deck.perspective());
      if (index == null) {
        index = new LinkedHashMap<>();
        keys.put(deck.perspective(), index);
      }
      for (ValueElement card : deck.cards()) {
        boolean exists = all.containsKey(card.id());
        boolean overrides = deck.overrides().contains(card.id());
        if (exists != overrides) {
          check(false, "Catalog layer " + deck.name(), "card " + card.id(), overrides
              ? "override a card of a lower layer, but none has that id"
              : "have a new id or be listed in the deck's overrides", card.id().toString());
        }
        ValueElement replaced = all.put(card.id(), card);
        if (replaced != null) {
          index.values().removeAll(Collections.singleton(card.id()));
          check(replaced.perspective() == card.perspective(), "Catalog layer " + deck.name(),
              "card " + card.id() + " perspective", "match the card it overrides",
              card.perspective());
        }
        claim(index, card.name(), card.id(), deck);
      }
      for (Map.Entry<String, ElementId> alias : deck.aliases().entrySet()) {
        claim(index, alias.getKey(), alias.getValue(), deck);
      }
    }
    this.elements = ImmutableMap.copyOf(all);
    ImmutableListMultimap.Builder<Perspective, ValueElement> per = ImmutableListMultimap.builder();
    for (Perspective p : Perspective.values()) {
      for (ValueElement e : elements.values()) {
        if (e.perspective() == p) {
          per.put(p, e);
        }
      }
    }
    this.byPerspective = per.build();
    ImmutableMap.Builder<Perspective, ImmutableMap<String, ElementId>> nm = ImmutableMap.builder();
    for (Map.Entry<Perspective, Map<String, ElementId>> k : keys.entrySet()) {
      nm.put(k.getKey(), ImmutableMap.copyOf(k.getValue()));
    }
    this.names = nm.buildOrThrow();
  }

  private Map<Perspective, Scorer> scorers() {
    Map<Perspective, Scorer> s = scorers;
    if (s == null) {
      synchronized (this) {
        s = scorers;
        if (s == null) {
          s = new EnumMap<>(Perspective.class);
          for (Perspective p : Perspective.values()) {
            s.put(p, new Scorer(deck(p)));
          }
          scorers = s;
        }
      }
    }
    return s;
  }

  private Scorer everything() {
    Scorer s = everything;
    if (s == null) {
      synchronized (this) {
        s = everything;
        if (s == null) {
          s = new Scorer(elements.values().asList());
          everything = s;
        }
      }
    }
    return s;
  }

  private static void claim(Map<String, ElementId> index, String name, ElementId id, Deck deck) {
    ElementId before = index.putIfAbsent(NameKeys.key(name), id);
    if (before != null && !before.equals(id)) {
      check(false, "Catalog layer " + deck.name(), "card " + id + " name",
          "differ from the names and aliases of " + before
              + " in the same perspective (ignoring case, spaces and punctuation)", name);
    }
  }

  private static final class Defaults {
    static final Catalog INSTANCE = new Catalog(BundledDecks.load());
  }

  private static final class Installed {
    static final Catalog INSTANCE = discover();

    private static Catalog discover() {
      List<Deck> decks = new ArrayList<>(BundledDecks.load());
      for (DeckProvider provider : ServiceLoader.load(DeckProvider.class)) {
        if (!(provider instanceof BundledDecks)) {
          decks.addAll(provider.decks());
        }
      }
      return new Catalog(decks);
    }
  }

  /**
   * Returns the catalog of the bundled decks (customer, business owner and employee), loaded
   * once, on first use, safely from any thread.
   *
   * @return the default catalog, never null
   */
  public static Catalog defaults() {
    return Defaults.INSTANCE;
  }

  /**
   * Returns the bundled decks with the decks of every {@link DeckProvider} found by {@link
   * ServiceLoader} layered over them, discovered once, on first use.
   *
   * @return the installed catalog, never null
   * @throws InvalidValueException if a provider's deck clashes with a lower layer
   */
  public static Catalog installed() {
    return Installed.INSTANCE;
  }

  /**
   * Reads the bundled decks afresh, bypassing the cache of {@link #defaults()}; for benchmarks
   * and for callers that want a private copy.
   *
   * @return a new catalog of the bundled decks, never null
   */
  public static Catalog loadDefaults() {
    return new Catalog(BundledDecks.load());
  }

  /**
   * Creates a catalog of decks layered in the given order.
   *
   * @param decks the decks, lowest layer first, not null
   * @return the catalog, never null
   * @throws InvalidValueException if a deck reuses an id without listing it in its overrides,
   *     overrides an id no lower layer has, or reuses a name within a perspective
   */
  public static Catalog of(Iterable<Deck> decks) {
    checkNotNull(decks, "decks");
    return new Catalog(ImmutableList.copyOf(decks));
  }

  /**
   * Creates a catalog of one deck file.
   *
   * @param file the deck file, not null
   * @return the catalog, never null
   * @throws ValuexFormatException listing every problem of the file with its location
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Catalog load(Path file) {
    return of(List.of(DeckFormat.read(file)));
  }

  /**
   * Creates a catalog of one deck read from a stream, which is left open; messages name the
   * source {@code <stream>}.
   *
   * @param in the deck JSON in UTF-8, not null
   * @return the catalog, never null
   * @throws ValuexFormatException listing every problem with its location
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Catalog load(InputStream in) {
    return load(in, "<stream>");
  }

  /**
   * Creates a catalog of one deck read from a stream, which is left open.
   *
   * @param in the deck JSON in UTF-8, not null
   * @param source a name for the input used in messages, not null
   * @return the catalog, never null
   * @throws ValuexFormatException listing every problem with its location
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Catalog load(InputStream in, String source) {
    return of(List.of(DeckCodec.read(Objects.requireNonNull(in, "in"), source)));
  }

  /**
   * Returns a catalog with a deck layered over this one's. Cards with new ids are added; a card
   * with an existing id replaces the old card only if the deck lists that id in {@link
   * Deck#overrides()}.
   *
   * @param deck the deck to layer on top, not null
   * @return a new catalog, never null
   * @throws InvalidValueException if the deck clashes with this catalog
   */
  public Catalog withDeck(Deck deck) {
    checkNotNull(deck, "deck");
    return new Catalog(ImmutableList.<Deck>builder().addAll(decks).add(deck).build());
  }

  /**
   * Returns a catalog with every deck of another catalog layered over this one's, in order.
   *
   * @param overlay the catalog whose decks go on top, not null
   * @return a new catalog, never null
   * @throws InvalidValueException if a deck clashes with a lower layer
   */
  public Catalog withLayers(Catalog overlay) {
    return new Catalog(ImmutableList.<Deck>builder().addAll(decks).addAll(overlay.decks).build());
  }

  /**
   * Returns a catalog with cards added, typically blank cards made with {@link
   * ValueElement#blankCard(Perspective, String, String)}. The cards go into one new deck per
   * perspective, named after their ids' deck (all cards of one call must share it, e.g. {@code
   * custom}); none of them may reuse an existing id or name.
   *
   * @param cards the cards to add, not null
   * @return a new catalog, never null
   * @throws InvalidValueException if a card reuses an id or name, or the cards' ids name
   *     different decks
   */
  public Catalog withCards(Iterable<ValueElement> cards) {
    checkNotNull(cards, "cards");
    ImmutableList<ValueElement> list = ImmutableList.copyOf(cards);
    if (list.isEmpty()) {
      return this;
    }
    String deckName = list.get(0).id().deck();
    Map<Perspective, Deck.Builder> builders = new EnumMap<>(Perspective.class);
    for (ValueElement card : list) {
      check(card.id().deck().equals(deckName), "Catalog cards", "card " + card.id(),
          "be in the same deck as the other cards, " + deckName, card.id().deck());
      builders.computeIfAbsent(card.perspective(), p -> Deck.builder().name(deckName)
              .perspective(p).title("Cards added to the catalog (" + deckName + ")"))
          .addCard(card);
    }
    List<Deck> added = new ArrayList<>(decks);
    builders.values().forEach(b -> added.add(b.build()));
    return new Catalog(added);
  }

  /**
   * Returns the decks in layering order, lowest first.
   *
   * @return the decks, never null
   */
  public ImmutableList<Deck> decks() {
    return decks;
  }

  /**
   * Returns every card, in layering order.
   *
   * @return the cards, never null
   */
  public ImmutableList<ValueElement> elements() {
    return elements.values().asList();
  }

  /**
   * Returns the cards of one perspective, from every layer, in layering order.
   *
   * @param perspective whose cards, not null
   * @return the cards, never null, empty if there are none
   */
  public ImmutableList<ValueElement> deck(Perspective perspective) {
    return byPerspective.get(Objects.requireNonNull(perspective, "perspective"));
  }

  /**
   * Looks a card up by id.
   *
   * @param id the id, not null
   * @return the card, or empty if the catalog has none with that id
   */
  public Optional<ValueElement> element(ElementId id) {
    return Optional.ofNullable(elements.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Looks a card up by id text ({@code customer.savings}), name or alias, ignoring case, spaces
   * and punctuation, so {@code "status/recognition"} and {@code "Status Recognition"} both find
   * STATUS/RECOGNITION. Names are searched in perspective order (customer, business owner,
   * employee); use {@link #find(Perspective, String)} for names that several decks share, such
   * as TIME.
   *
   * @param nameOrAlias the id, name or alias, not null
   * @return the card, or empty if nothing matches
   */
  public Optional<ValueElement> find(String nameOrAlias) {
    Optional<ValueElement> byId = byId(nameOrAlias);
    if (byId.isPresent()) {
      return byId;
    }
    for (Perspective p : Perspective.values()) {
      Optional<ValueElement> found = find(p, nameOrAlias);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * Looks a card of one perspective up by id text, name or alias, ignoring case, spaces and
   * punctuation.
   *
   * @param perspective whose cards to search, not null
   * @param nameOrAlias the id, name or alias, not null
   * @return the card, or empty if nothing matches
   */
  public Optional<ValueElement> find(Perspective perspective, String nameOrAlias) {
    Optional<ValueElement> byId = byId(nameOrAlias).filter(e -> e.perspective() == perspective);
    if (byId.isPresent()) {
      return byId;
    }
    ImmutableMap<String, ElementId> index = names.get(perspective);
    ElementId id = index == null ? null : index.get(NameKeys.key(nameOrAlias));
    return id == null ? Optional.empty() : Optional.of(elements.get(id));
  }

  private Optional<ValueElement> byId(String text) {
    if (text.indexOf('.') < 0) {
      return Optional.empty();
    }
    try {
      return element(ElementId.parse(text.strip()));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the card with an id, failing if there is none.
   *
   * @param id the id, not null
   * @return the card, never null
   * @throws UnknownElementException if the catalog has no such card; it lists the nearest ids
   */
  public ValueElement require(ElementId id) {
    checkNotNull(id, "id");
    return element(id).orElseThrow(() -> new UnknownElementException(id.toString(),
        nearest(id.toString(), elements.keySet().stream().map(ElementId::toString).toList())));
  }

  /**
   * Returns the card with an id text, name or alias, failing if there is none.
   *
   * @param nameOrAlias the id, name or alias, not null
   * @return the card, never null
   * @throws UnknownElementException if nothing matches; it lists the nearest known names
   */
  public ValueElement require(String nameOrAlias) {
    checkNotNull(nameOrAlias, "nameOrAlias");
    return find(nameOrAlias).orElseThrow(() -> unknown(nameOrAlias, elements()));
  }

  /**
   * Returns the card of a perspective with an id text, name or alias, failing if there is none.
   *
   * @param perspective whose cards to search, not null
   * @param nameOrAlias the id, name or alias, not null
   * @return the card, never null
   * @throws UnknownElementException if nothing matches; it lists the nearest known names
   */
  public ValueElement require(Perspective perspective, String nameOrAlias) {
    checkNotNull(perspective, "perspective");
    checkNotNull(nameOrAlias, "nameOrAlias");
    return find(perspective, nameOrAlias)
        .orElseThrow(() -> unknown(nameOrAlias, deck(perspective)));
  }

  private static UnknownElementException unknown(String input, List<ValueElement> among) {
    List<String> printed = new ArrayList<>();
    for (ValueElement e : among) {
      if (!printed.contains(e.name())) {
        printed.add(e.name());
      }
    }
    return new UnknownElementException(input, nearest(input, printed));
  }

  private static List<String> nearest(String input, List<String> candidates) {
    String key = NameKeys.key(input);
    return candidates.stream()
        .sorted(Comparator.<String>comparingInt(c -> NameKeys.distance(key, NameKeys.key(c)))
            .thenComparing(Comparator.naturalOrder()))
        .limit(NEAREST)
        .toList();
  }

  /**
   * Ranks the cards of every deck for a keyword query, such as {@code "discount coupon"} or
   * {@code "feeling safe"}.
   *
   * @param text the query, not null
   * @return the cards that match, best first, never null, empty if none matches
   */
  public ImmutableList<Suggestion> search(String text) {
    return everything().rank(Objects.requireNonNull(text, "text"), elements.size());
  }

  /**
   * Suggests the customer cards a customer statement most likely speaks to, best first, e.g.
   * SAVINGS for "I always look around to get the best deal". Each suggestion carries its score,
   * the words that matched, and the side the statement suggests.
   *
   * @param statement what the customer said, not null
   * @param limit the most suggestions to return, at least zero
   * @return the suggestions, best first, never null, empty if nothing matches
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public ImmutableList<Suggestion> suggest(String statement, int limit) {
    return suggest(Perspective.CUSTOMER, statement, limit);
  }

  /**
   * Suggests the cards of one perspective that a statement most likely speaks to, best first.
   *
   * @param perspective whose cards to rank, e.g. {@link Perspective#EMPLOYEE} for what an
   *     employee said, not null
   * @param statement what was said, not null
   * @param limit the most suggestions to return, at least zero
   * @return the suggestions, best first, never null, empty if nothing matches
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public ImmutableList<Suggestion> suggest(Perspective perspective, String statement, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be at least 0, got " + limit);
    }
    Objects.requireNonNull(statement, "statement");
    return scorers().get(Objects.requireNonNull(perspective, "perspective"))
        .rank(statement, limit);
  }

  /**
   * Returns how many cards the catalog holds and in which decks.
   *
   * @return e.g. {@code Catalog[customer: 62, business-owner: 22, employee: 28]}, never null
   */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    for (Deck d : decks) {
      parts.add(d.name() + ": " + d.cards().size());
    }
    return "Catalog" + parts;
  }
}
