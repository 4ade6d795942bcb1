package dev.valuex.semantic;

/**
 * How {@link SemanticSuggester} turns a statement into a vector: with the sentence embedding
 * model itself, or with a static token table distilled from it, at about a tenth of the CPU per
 * suggestion and less accurate. Both rank with an example bank and a linear model trained on
 * the same labelled statements; the module README gives each one's accuracy and speed.
 */
public enum SemanticModel {
  /**
   * The quantized bge-small-en-v1.5 transformer, one model call per statement (the default):
   * the better suggestions, at about 150 statements a second per core.
   */
  ACCURATE,
  /**
   * The model's static token table: a statement's vector is the mean of its WordPiece tokens'
   * vectors, so no transformer runs; about a tenth of {@link #ACCURATE}'s CPU per suggestion,
   * with lower top-3 accuracy than {@link #ACCURATE} on every labelled set measured.
   */
  FAST
}
