package dev.valuex.metrics;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.valuex.core.internal.Checks.check;

import com.google.common.primitives.Ints;
import dev.valuex.core.InvalidValueException;
import dev.valuex.metrics.internal.Answers;
import dev.valuex.metrics.internal.Normal;
import org.immutables.value.Value;

/**
 * The Net Promoter Score of a sample of answers to the 0-10 likelihood-to-recommend question,
 * with its variance, standard error and confidence interval. Net Promoter, NPS and Net Promoter
 * Score are trademarks of Bain &amp; Company, Satmetrix Systems and Fred Reichheld.
 *
 * <p>Answers 9-10 are promoters, 7-8 passives, 0-6 detractors (Reichheld, "The one number you
 * need to grow", Harvard Business Review, 2003). With pP and pD the shares of promoters and
 * detractors among n answers, the score is {@code 100 (pP - pD)}, in [-100, 100]. Treating it
 * as a difference of two shares of one multinomial sample, its variance is
 * {@code 100^2 (pP + pD - (pP - pD)^2) / n}.
 *
 * <pre>{@code
 * NetPromoterScore nps = NetPromoterScore.of(50, 30, 20);  // promoters, passives, detractors
 * nps.score();                            // 30.0
 * nps.standardError();                    // 7.81 (variance 61)
 * nps.confidenceInterval(0.95);           // about [14.7, 45.3]
 * nps.difference(NetPromoterScore.of(40, 30, 30)).pValue();
 * }</pre>
 */
@Value.Immutable
public abstract class NetPromoterScore implements MetricResult {

  private static final String WHO = "NetPromoterScore";

  NetPromoterScore() {}

  /**
   * Returns the number of promoters (answers 9 and 10).
   *
   * @return the count, not negative
   */
  public abstract long promoters();

  /**
   * Returns the number of passives (answers 7 and 8).
   *
   * @return the count, not negative
   */
  public abstract long passives();

  /**
   * Returns the number of detractors (answers 0 to 6).
   *
   * @return the count, not negative
   */
  public abstract long detractors();

  /**
   * Returns the score of a sample given by its counts per group.
   *
   * @param promoters the number of promoters, not negative
   * @param passives the number of passives, not negative
   * @param detractors the number of detractors, not negative
   * @return the score, never null
   * @throws InvalidValueException if a count is negative or all are zero (empty sample)
   */
  public static NetPromoterScore of(long promoters, long passives, long detractors) {
    return ImmutableNetPromoterScore.builder()
        .promoters(promoters).passives(passives).detractors(detractors).build();
  }

  /**
   * Returns the score of a sample of answers on the 0-10 scale; their order does not matter.
   *
   * @param answers the answers, each 0 to 10, at least one, not null
   * @return the score, never null
   * @throws InvalidValueException if an answer lies off the scale or there are no answers
   */
  public static NetPromoterScore fromAnswers(Iterable<Integer> answers) {
    long[] counts = new long[3];
    checkNotNull(answers, "answers");
    long i = 0;
    for (Integer a : answers) {
      i++;
      checkNotNull(a, "answers (answer %s) is null", i);
      check(a >= 0 && a <= 10, WHO, "answers (answer " + i + ")", "lie on the scale 0 to 10", a);
      counts[NpsCategory.of(a).ordinal()]++;
    }
    return of(counts[NpsCategory.PROMOTER.ordinal()], counts[NpsCategory.PASSIVE.ordinal()],
        counts[NpsCategory.DETRACTOR.ordinal()]);
  }

  /**
   * Returns the score of a sample of answers on the 0-10 scale.
   *
   * @param answers the answers, each 0 to 10, at least one, not null
   * @return the score, never null
   * @throws InvalidValueException if an answer lies off the scale or there are no answers
   */
  public static NetPromoterScore fromAnswers(int... answers) {
    checkNotNull(answers, "answers");
    return fromAnswers(Ints.asList(answers));
  }

  /**
   * Returns the number of answers.
   *
   * @return the sample size, positive
   */
  public final long respondents() {
    return Math.addExact(Math.addExact(promoters(), passives()), detractors());
  }

  /**
   * Returns the share of promoters among the answers.
   *
   * @return the share, never null
   */
  public final Rate promoterShare() {
    return Rate.ratio(promoters(), respondents());
  }

  /**
   * Returns the share of passives among the answers.
   *
   * @return the share, never null
   */
  public final Rate passiveShare() {
    return Rate.ratio(passives(), respondents());
  }

  /**
   * Returns the share of detractors among the answers.
   *
   * @return the share, never null
   */
  public final Rate detractorShare() {
    return Rate.ratio(detractors(), respondents());
  }

  /**
   * Returns the score: 100 times the share of promoters minus the share of detractors.
   *
   * @return the score in [-100, 100]
   */
  public final double score() {
    return 100.0 * (promoters() - detractors()) / respondents();
  }

  /**
   * Returns the sampling variance of the score, in squared points:
   * {@code 100^2 (pP + pD - (pP - pD)^2) / n}.
   *
   * @return the variance, not negative
   */
  public final double variance() {
    return variance(promoters(), detractors(), respondents());
  }

  /**
   * Returns the standard error of the score, in points.
   *
   * @return the standard error, not negative
   */
  public final double standardError() {
    return Math.sqrt(variance());
  }

  /**
   * Returns the Wald confidence interval, score +- z x standard error cut to [-100, 100]; it
   * always contains the score. For samples below about 100 answers or scores near the ends,
   * prefer {@link NpsIntervalMethod#ADJUSTED_WALD}.
   *
   * @param level the confidence level, e.g. 0.95
   * @return the interval, never null
   * @throws InvalidValueException if the level is not strictly between 0 and 1
   */
  public final Interval confidenceInterval(double level) {
    return confidenceInterval(level, NpsIntervalMethod.WALD);
  }

  /**
   * Returns a confidence interval computed by the given method, cut to [-100, 100].
   *
   * @param level the confidence level, e.g. 0.95
   * @param method how the interval is computed, not null
   * @return the interval, never null
   * @throws InvalidValueException if the level is not strictly between 0 and 1
   */
  public final Interval confidenceInterval(double level, NpsIntervalMethod method) {
    Answers.level(level, WHO, "level");
    double promoters = promoters();
    double detractors = detractors();
    double n = respondents();
    if (method == NpsIntervalMethod.ADJUSTED_WALD) {
      promoters += 0.75;
      detractors += 0.75;
      n += 3;
    }
    double centre = 100.0 * (promoters - detractors) / n;
    double half = Normal.twoSidedCritical(level) * Math.sqrt(variance(promoters, detractors, n));
    return Interval.of(Math.max(-100, centre - half), Math.min(100, centre + half), level);
  }

  /**
   * Compares this score with the score of an independent sample: the difference (this minus
   * the other), its standard error {@code sqrt(SE1^2 + SE2^2)}, and a two-sided z test.
   *
   * @param other the score of another, independent sample, not null
   * @return the difference, never null
   */
  public final NpsDifference difference(NetPromoterScore other) {
    return NpsDifference.of(this, other);
  }

  /**
   * Returns {@code "Net Promoter Score"}.
   *
   * @return the metric name, never null
   */
  @Override
  public final String metric() {
    return "Net Promoter Score";
  }

  /**
   * Returns the {@link #score()}.
   *
   * @return the score in points
   */
  @Override
  public final double value() {
    return score();
  }

  /**
   * Returns {@code "points"}: the score runs from -100 to 100.
   *
   * @return the unit, never null
   */
  @Override
  public final String unit() {
    return "points";
  }

  private static double variance(double promoters, double detractors, double n) {
    double pp = promoters / n;
    double pd = detractors / n;
    double diff = pp - pd;
    // Never below 0, but rounding can leave -1e-17 when one group holds every answer.
    return Math.max(0.0, 10_000.0 * (pp + pd - diff * diff) / n);
  }

  @Value.Check
  final void validate() {
    check(promoters() >= 0, WHO, "promoters", "not be negative", promoters());
    check(passives() >= 0, WHO, "passives", "not be negative", passives());
    check(detractors() >= 0, WHO, "detractors", "not be negative", detractors());
    check(respondents() > 0, WHO, "answers", "hold at least one answer (the sample is empty)",
        respondents());
  }
}
