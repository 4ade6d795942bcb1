/**
 * The catalog of value cards: the three bundled decks (customer, business owner, employee) as
 * {@link dev.valuex.catalog.Deck}s read from documented, versioned JSON files by {@link
 * dev.valuex.catalog.DeckFormat}, gathered into a {@link dev.valuex.catalog.Catalog} that looks
 * cards up by id or by name, layers custom decks and blank cards over the defaults with explicit
 * overrides, discovers third-party decks through {@link dev.valuex.catalog.DeckProvider}, and
 * ranks cards for a keyword query or a customer statement ({@link
 * dev.valuex.catalog.Suggestion}). The cards themselves are core {@link
 * dev.valuex.core.ValueElement}s, so ledgers refer to them by {@link dev.valuex.core.ElementId}.
 */
@NullMarked
@ValuexStyle
package dev.valuex.catalog;

import dev.valuex.core.internal.ValuexStyle;
import org.jspecify.annotations.NullMarked;
