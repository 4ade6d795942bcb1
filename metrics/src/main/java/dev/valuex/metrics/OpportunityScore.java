package dev.valuex.metrics;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;

import dev.valuex.metrics.internal.Answers;
import org.immutables.value.Value;

/**
 * The opportunity score of a desired outcome in outcome-driven innovation (Ulwick, "What
 * Customers Want", 2005): {@code importance + max(importance - satisfaction, 0)}, from 0 to
 * 20, where importance and satisfaction are each 10 times the share of respondents answering 4
 * or 5 on a 1-5 scale. Outcomes scoring above 10 are usually read as under-served.
 *
 * <pre>{@code
 * OpportunityScore s = OpportunityScore.fromTopBoxShares("minimise the time to reorder",
 *     Rate.ofPercent(81), Rate.ofPercent(30));
 * s.importance();    // 8.1
 * s.satisfaction();  // 3.0
 * s.score();         // 13.2
 * }</pre>
 */
@Value.Immutable
public abstract class OpportunityScore implements MetricResult {

  OpportunityScore() {}

  /**
   * Returns the desired outcome, e.g. "minimise the time it takes to reorder".
   *
   * @return the outcome statement, never null or blank
   */
  public abstract String outcome();

  /**
   * Returns the importance on the 0-10 scale.
   *
   * @return the importance in [0, 10]
   */
  public abstract double importance();

  /**
   * Returns the satisfaction on the 0-10 scale.
   *
   * @return the satisfaction in [0, 10]
   */
  public abstract double satisfaction();

  /**
   * Returns the score of an outcome whose importance and satisfaction are already on the 0-10
   * scale.
   *
   * @param outcome the desired outcome, not blank
   * @param importance the importance in [0, 10]
   * @param satisfaction the satisfaction in [0, 10]
   * @return the score, never null
   * @throws dev.valuex.core.InvalidValueException if a rating is outside [0, 10] or not finite
   */
  public static OpportunityScore of(String outcome, double importance, double satisfaction) {
    return ImmutableOpportunityScore.builder().outcome(outcome).importance(importance)
        .satisfaction(satisfaction).build();
  }

  /**
   * Returns the score from top-box shares: the share rating the outcome important (4 or 5) and
   * the share satisfied (4 or 5), each turned into 0-10 by multiplying by 10.
   *
   * @param outcome the desired outcome, not blank
   * @param important the share answering 4 or 5 on importance, not null
   * @param satisfied the share answering 4 or 5 on satisfaction, not null
   * @return the score, never null
   */
  public static OpportunityScore fromTopBoxShares(String outcome, Rate important,
      Rate satisfied) {
    return of(outcome, 10 * important.fraction(), 10 * satisfied.fraction());
  }

  /**
   * Returns the score from raw 1-5 answers on importance and on satisfaction.
   *
   * @param outcome the desired outcome, not blank
   * @param importance importance answers, each 1 to 5, at least one, not null
   * @param satisfaction satisfaction answers, each 1 to 5, at least one, not null
   * @return the score, never null
   * @throws dev.valuex.core.InvalidValueException if an answer lies off the 1-5 scale or a
   *     sample is empty
   */
  public static OpportunityScore fromAnswers(String outcome, Iterable<Integer> importance,
      Iterable<Integer> satisfaction) {
    checkNotNull(outcome, "outcome");
    checkNotNull(importance, "importance");
    checkNotNull(satisfaction, "satisfaction");
    return fromTopBoxShares(outcome, topBox(importance, outcome, "importance"),
        topBox(satisfaction, outcome, "satisfaction"));
  }

  private static Rate topBox(Iterable<Integer> answers, String outcome, String field) {
    var counts = Answers.count(answers, 1, 5, "OpportunityScore " + outcome, field);
    Answers.total(counts, "OpportunityScore " + outcome, field);
    return Rate.ofFraction(Answers.share(counts, 1, 4, 5));
  }

  /**
   * Returns the opportunity score {@code importance + max(importance - satisfaction, 0)}.
   *
   * @return the score in [0, 20]
   */
  public final double score() {
    return importance() + Math.max(importance() - satisfaction(), 0);
  }

  /**
   * Tells whether the outcome is under-served: a score above 10.
   *
   * @return true if {@link #score()} exceeds 10
   */
  public final boolean isUnderServed() {
    return score() > 10;
  }

  /**
   * Tells whether the outcome is over-served: satisfaction above importance.
   *
   * @return true if {@link #satisfaction()} exceeds {@link #importance()}
   */
  public final boolean isOverServed() {
    return satisfaction() > importance();
  }

  /**
   * Returns {@code "Opportunity score"}.
   *
   * @return the metric name, never null
   */
  @Override
  public final String metric() {
    return "Opportunity score";
  }

  /**
   * Returns the {@link #score()}.
   *
   * @return the score in [0, 20]
   */
  @Override
  public final double value() {
    return score();
  }

  /**
   * Returns {@code "points on 0-20"}.
   *
   * @return the unit, never null
   */
  @Override
  public final String unit() {
    return "points on 0-20";
  }

  @Value.Check
  final void validate() {
    trimmedText(outcome(), "OpportunityScore", "outcome");
    String who = "OpportunityScore " + outcome();
    check(importance() >= 0 && importance() <= 10, who, "importance",
        "be a finite number in [0, 10]", importance());
    check(satisfaction() >= 0 && satisfaction() <= 10, who, "satisfaction",
        "be a finite number in [0, 10]", satisfaction());
  }
}
