/**
 * Internals of the catalog: the deck file reader and writer, name normalisation, the bundled
 * deck provider and the Lucene-based scorer behind search and suggestion. Not exported; the
 * public API in {@code dev.valuex.catalog} is the only way in.
 */
@NullMarked
package dev.valuex.catalog.internal;

import org.jspecify.annotations.NullMarked;
