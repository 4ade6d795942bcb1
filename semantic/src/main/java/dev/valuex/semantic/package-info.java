/**
 * Semantic card suggestion: {@link dev.valuex.semantic.SemanticSuggester} ranks the cards of a
 * {@link dev.valuex.catalog.Catalog} for what a customer said by comparing the sentence
 * embedding of the statement with an example bank of labelled statements per card and scoring
 * it with a linear model trained on them, and fuses that ranking with the catalog's lexical {@code suggest} into a hybrid one ({@link
 * dev.valuex.semantic.RankingMethod}). Each {@link dev.valuex.semantic.CardMatch} names the
 * nearest example statement and the words that matched.
 */
@NullMarked
@ValuexStyle
package dev.valuex.semantic;

import dev.valuex.core.internal.ValuexStyle;
import org.jspecify.annotations.NullMarked;
