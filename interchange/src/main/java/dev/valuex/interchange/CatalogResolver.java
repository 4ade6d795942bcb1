package dev.valuex.interchange;

import static java.util.Objects.requireNonNull;

import dev.valuex.catalog.Catalog;

/**
 * Makes {@link ElementResolver}s backed by a {@link Catalog}, for reading documents and coding
 * sheets that name value cards ({@code Time Saving}, {@code status/recognition}) or give their
 * ids ({@code customer.time-saving}).
 *
 * <pre>{@code
 * ElementResolver cards = CatalogResolver.of(Catalog.defaults());
 * ValueCreationPlan plan = ValuexJson.create().readPlan(text, cards);
 * }</pre>
 */
public final class CatalogResolver {
  private CatalogResolver() {}

  /**
   * Returns a resolver that looks text up with {@link Catalog#require(String)}: an element id,
   * a card name or an alias, ignoring case, spaces and punctuation; names shared by several
   * decks resolve in perspective order (customer first). Unknown text fails with the catalog's
   * nearest card names.
   *
   * @param catalog the catalog, not null
   * @return the resolver, never null
   */
  public static ElementResolver of(Catalog catalog) {
    requireNonNull(catalog, "catalog");
    return text -> catalog.require(text).id();
  }
}
