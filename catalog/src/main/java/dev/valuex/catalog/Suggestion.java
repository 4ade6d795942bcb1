package dev.valuex.catalog;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedTexts;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.Side;
import dev.valuex.core.ValueElement;
import org.immutables.value.Value;

/**
 * A card ranked for a query or a customer statement, with what explains the ranking: its score,
 * the words of the text that matched the card, and the side the text suggests the card belongs
 * on (IN when the customer is giving, OUT when seeking).
 *
 * <pre>{@code
 * Suggestion top = Catalog.defaults()
 *     .suggest("I always look around to get the best deal", 3).get(0);
 * // top.element().name() is "SAVINGS", top.side() is OUT, top.matchedTerms() holds "best deal"
 * }</pre>
 */
@Value.Immutable
public abstract class Suggestion {

  Suggestion() {}

  /**
   * Returns the suggested card.
   *
   * @return the card, never null
   */
  @Value.Parameter
  public abstract ValueElement element();

  /**
   * Returns the relevance score: larger is better; comparable only within one result list.
   *
   * @return the score, positive and finite
   */
  @Value.Parameter
  public abstract double score();

  /**
   * Returns the words and phrases of the text that matched the card, as written in the text, in
   * the order they occur.
   *
   * @return the matched terms, never null or empty
   */
  @Value.Parameter
  public abstract ImmutableList<String> matchedTerms();

  /**
   * Returns the side the text suggests: IN if it speaks of giving (paying, spending time,
   * sharing data), OUT if it speaks of seeking; without such cues, the card's typical side.
   *
   * @return the side, never null
   */
  @Value.Parameter
  public abstract Side side();

  /**
   * Creates a suggestion.
   *
   * @param element the card, not null
   * @param score the score, positive and finite
   * @param matchedTerms the matched words, not empty
   * @param side the suggested side, not null
   * @return the suggestion, never null
   */
  public static Suggestion of(
      ValueElement element, double score, Iterable<String> matchedTerms, Side side) {
    checkNotNull(element, "element");
    checkNotNull(matchedTerms, "matchedTerms");
    checkNotNull(side, "side");
    return ImmutableSuggestion.of(element, score, matchedTerms, side);
  }

  @Value.Check
  final void validate() {
    String who = "Suggestion " + element().id();
    check(score() > 0 && Double.isFinite(score()), who, "score", "be positive and finite",
        score());
    check(!matchedTerms().isEmpty(), who, "matchedTerms", "not be empty", matchedTerms());
    trimmedTexts(matchedTerms(), who, "matchedTerms");
  }
}
