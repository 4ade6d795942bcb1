package dev.valuex.semantic;

/**
 * How {@link SemanticSuggester} ranks cards for a statement: by shared words, by meaning, or by
 * both fused.
 */
public enum RankingMethod {
  /** The catalog's keyword ranking ({@code Catalog.suggest}); never loads the model. */
  LEXICAL,
  /** Sentence-embedding similarity between the statement and each card's texts. */
  SEMANTIC,
  /** A weighted sum of the semantic score and the calibrated lexical score (the default). */
  HYBRID
}
