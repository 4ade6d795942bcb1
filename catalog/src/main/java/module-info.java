/**
 * valuex catalog: the bundled decks of value cards, the deck file format, lookup by id or name,
 * extension with blank cards, custom decks and ServiceLoader providers, and keyword search and
 * statement suggestion built on Apache Lucene's analyzers.
 */
module dev.valuex.catalog {
  requires transitive dev.valuex.core;
  requires com.fasterxml.jackson.core;
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports dev.valuex.catalog;

  uses dev.valuex.catalog.DeckProvider;

  provides dev.valuex.catalog.DeckProvider with dev.valuex.catalog.internal.BundledDecks;
}
