package dev.valuex.semantic;

import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedTexts;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.Side;
import dev.valuex.core.ValueElement;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A card ranked for a statement by {@link SemanticSuggester}, with what explains the ranking:
 * the fused score and its semantic, lexical and side parts, the card's example statement nearest in
 * meaning, the words that matched, and the side the statement suggests.
 *
 * <pre>{@code
 * CardMatch top = SemanticSuggester.of(Catalog.defaults())
 *     .suggest("At two in the morning I just want to know whether to panic", 3).get(0);
 * // top.element().name(), top.nearestStatement(), top.matchedTerms(), top.side()
 * }</pre>
 */
@Value.Immutable
public abstract class CardMatch {

  CardMatch() {}

  /**
   * Returns the suggested card.
   *
   * @return the card, never null
   */
  public abstract ValueElement element();

  /**
   * Returns the ranking score of the method used: larger is better; comparable only within one
   * result list.
   *
   * @return the score, finite
   */
  public abstract double score();

  /**
   * Returns the semantic part of the score: the mean of the card's neighbour score (mean cosine
   * of its nearest example texts) and its linear score, capped at 1, or zero when ranked
   * lexically.
   *
   * @return the semantic score, finite, at most 1
   */
  public abstract double semanticScore();

  /**
   * Returns the calibrated lexical part of the score: the catalog's keyword score {@code k} as
   * {@code k / (k + 24)}, zero if no word matched.
   *
   * @return the lexical score, between 0 and 1
   */
  public abstract double lexicalScore();

  /**
   * Returns the side step's part of the score: positive when the statement reads as on the
   * card's usual side (giving for an IN card, getting for an OUT card), negative when it reads
   * as on the other side, zero for a card without a usual side, when ranked lexically, and with
   * the fast model, which has no side step.
   *
   * @return the side score, finite
   */
  @Value.Default
  public double sideScore() {
    return 0;
  }

  /**
   * Returns the card's example statement (or, for cards without examples, its sentence) nearest
   * in meaning to the statement; empty when ranked lexically.
   *
   * @return the nearest statement, never null
   */
  public abstract Optional<String> nearestStatement();

  /**
   * Returns the words and phrases of the statement that matched the card's keywords, as
   * written; empty if the card was found by meaning alone.
   *
   * @return the matched terms, never null
   */
  public abstract ImmutableList<String> matchedTerms();

  /**
   * Returns the side the statement suggests: IN if the speaker is giving, OUT if seeking.
   *
   * @return the side, never null
   */
  public abstract Side side();

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CardMatch}; every attribute except the optional ones is required. */
  public static final class Builder extends ImmutableCardMatch.Builder {
    Builder() {}
  }

  @Value.Check
  final void validate() {
    String who = "CardMatch " + element().id();
    check(Double.isFinite(score()), who, "score", "be finite", score());
    check(Double.isFinite(sideScore()), who, "sideScore", "be finite", sideScore());
    check(Double.isFinite(semanticScore()) && semanticScore() <= 1.0 + 1e-6, who,
        "semanticScore", "be finite and at most 1", semanticScore());
    check(lexicalScore() >= 0 && lexicalScore() <= 1, who, "lexicalScore",
        "be between 0 and 1", lexicalScore());
    trimmedTexts(matchedTerms(), who, "matchedTerms");
  }
}
