package dev.valuex.catalog;

import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.matches;
import static dev.valuex.core.internal.Checks.trimmedText;
import static dev.valuex.core.internal.Checks.trimmedTexts;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.valuex.core.ElementId;
import dev.valuex.core.Perspective;
import dev.valuex.core.ValueElement;
import dev.valuex.core.internal.NameKeys;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A deck of value cards for one perspective, as read from one deck file: the unit in which cards
 * are bundled, loaded from a file or a {@link DeckProvider}, and layered into a {@link Catalog}.
 *
 * <p>A deck's cards have ids in the deck's own name ({@code acme.early-access} in deck {@code
 * acme}), except cards that replace a card of a deck layered below: those keep the replaced id
 * and must be listed in {@link #overrides()}, so that no layer replaces a card by accident.
 *
 * <pre>{@code
 * Deck acme = Deck.builder()
 *     .name("acme")
 *     .perspective(Perspective.CUSTOMER)
 *     .title("Acme's own cards")
 *     .addCard(ValueElement.blankCard(Perspective.CUSTOMER, "Early access",
 *             "I get to try new things before anyone else")
 *         .withId(ElementId.of("acme", "early-access")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Deck implements WithDeck {
  private static final Pattern DECK_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  Deck() {}

  /**
   * Returns the deck's name, the first part of its cards' ids, e.g. {@code customer}.
   *
   * @return the name, never null
   */
  public abstract String name();

  /**
   * Returns whose exchange every card of the deck belongs to.
   *
   * @return the perspective, never null
   */
  public abstract Perspective perspective();

  /**
   * Returns the deck's human-readable title.
   *
   * @return the title, never null or blank
   */
  public abstract String title();

  /**
   * Returns the categories the deck's cards may use, in presentation order; when empty, cards
   * may use any category.
   *
   * @return the categories, never null, possibly empty
   */
  public abstract ImmutableList<String> categories();

  /**
   * Returns the ids of cards in this deck that deliberately replace a card of a deck layered
   * below it.
   *
   * @return the overridden ids, never null, possibly empty
   */
  public abstract ImmutableSet<ElementId> overrides();

  /**
   * Returns other names the deck's cards are found by, keyed by alias, e.g. {@code "Fun"} for
   * {@code customer.fun-enjoyment}.
   *
   * @return the aliases, never null, possibly empty
   */
  public abstract ImmutableMap<String, ElementId> aliases();

  /**
   * Returns the cards in presentation order.
   *
   * @return the cards, never null, possibly empty
   */
  public abstract ImmutableList<ValueElement> cards();

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void validate() {
    String who = "Deck " + name();
    matches(name(), DECK_NAME, who, "name",
        "be lower-case letters or digits in words joined by single hyphens");
    trimmedText(title(), who, "title");
    trimmedTexts(categories(), who, "categories");
    Set<ElementId> ids = new HashSet<>();
    Map<String, ElementId> names = new HashMap<>();
    // Messages are built only on failure: this runs for every bundled card at start-up.
    for (ValueElement card : cards()) {
      ElementId id = card.id();
      if (!ids.add(id)) {
        fail(who, "cards", "have unique ids", id.toString());
      }
      if (!id.deck().equals(name()) && !overrides().contains(id)) {
        fail(who, "card " + id, "have an id in deck '" + name() + "' or be listed in overrides",
            id.toString());
      }
      if (card.perspective() != perspective()) {
        fail(who, "card " + id + " perspective", "be the deck's perspective " + perspective(),
            card.perspective());
      }
      if (!categories().isEmpty() && !categories().contains(card.category())) {
        fail(who, "card " + id + " category", "be one of " + categories(), card.category());
      }
      ElementId before = names.putIfAbsent(NameKeys.key(card.name()), id);
      if (before != null) {
        fail(who, "card " + id + " name",
            "differ from the name of " + before + " (ignoring case, spaces and punctuation)",
            card.name());
      }
    }
    for (ElementId o : overrides()) {
      check(ids.contains(o), who, "overrides", "name cards of this deck", o.toString());
    }
    for (Map.Entry<String, ElementId> alias : aliases().entrySet()) {
      String key = NameKeys.key(alias.getKey());
      if (!ids.contains(alias.getValue())) {
        fail(who, "alias '" + alias.getKey() + "'", "name a card of this deck",
            alias.getValue().toString());
      }
      check(!key.isEmpty(), who, "aliases", "contain a letter or digit", alias.getKey());
      ElementId named = names.putIfAbsent(key, alias.getValue());
      if (named != null && !named.equals(alias.getValue())) {
        fail(who, "alias '" + alias.getKey() + "'",
            "not be the name or alias of another card " + named, alias.getValue().toString());
      }
    }
  }

  private static void fail(String who, String field, String rule, Object value) {
    check(false, who, field, rule, value);
  }

  /** Builds {@link Deck}s; every attribute may be set once. */
  public static final class Builder extends ImmutableDeck.Builder {
    Builder() {}
  }
}
