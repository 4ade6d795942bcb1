package dev.valuex.metrics;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.valuex.core.internal.Checks.check;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Ints;
import com.google.common.primitives.Longs;
import dev.valuex.metrics.internal.Answers;
import org.immutables.value.Value;

/**
 * The Customer Satisfaction Score (CSAT) of a sample of answers on a satisfaction scale: the
 * top-two-box share (answers in the two highest points, 4 and 5 on a 1-5 scale) as the
 * headline percentage, and the mean answer.
 *
 * <pre>{@code
 * CustomerSatisfaction csat = CustomerSatisfaction.fromAnswers(RatingScale.oneToFive(),
 *     5, 4, 4, 3, 2, 5, 5, 1);
 * csat.topTwoBoxShare();   // 62.5%
 * csat.mean();             // 3.625
 * }</pre>
 */
@Value.Immutable
public abstract class CustomerSatisfaction implements MetricResult {

  private static final String WHO = "CustomerSatisfaction";

  CustomerSatisfaction() {}

  /**
   * Returns the answer scale.
   *
   * @return the scale, never null
   */
  public abstract RatingScale scale();

  /**
   * Returns the number of answers per point of the scale, lowest point first.
   *
   * @return one count per point, never null
   */
  public abstract ImmutableList<Long> counts();

  /**
   * Returns the score of answers on a scale; their order does not matter.
   *
   * @param scale the scale, not null
   * @param answers the answers, each on the scale, at least one, not null
   * @return the score, never null
   * @throws dev.valuex.core.InvalidValueException if an answer lies off the scale or there
   *     are no answers
   */
  public static CustomerSatisfaction fromAnswers(RatingScale scale, Iterable<Integer> answers) {
    checkNotNull(scale, "scale");
    checkNotNull(answers, "answers");
    return fromCounts(scale,
        Answers.count(answers, scale.min(), scale.max(), WHO, "answers"));
  }

  /**
   * Returns the score of answers on a scale.
   *
   * @param scale the scale, not null
   * @param answers the answers, each on the scale, at least one, not null
   * @return the score, never null
   * @throws dev.valuex.core.InvalidValueException if an answer lies off the scale or there
   *     are no answers
   */
  public static CustomerSatisfaction fromAnswers(RatingScale scale, int... answers) {
    checkNotNull(answers, "answers");
    return fromAnswers(scale, Ints.asList(answers));
  }

  /**
   * Returns the score of answers given as counts per point of the scale, lowest point first.
   *
   * @param scale the scale, not null
   * @param counts one count per point of the scale, not negative, not all zero
   * @return the score, never null
   * @throws dev.valuex.core.InvalidValueException if the number of counts differs from the
   *     number of points, a count is negative or all are zero
   */
  public static CustomerSatisfaction fromCounts(RatingScale scale, Iterable<Long> counts) {
    checkNotNull(scale, "scale");
    checkNotNull(counts, "counts");
    return ImmutableCustomerSatisfaction.builder().scale(scale).addAllCounts(counts).build();
  }

  /**
   * Returns the score of answers given as counts per point of the scale, lowest point first.
   *
   * @param scale the scale, not null
   * @param counts one count per point of the scale, not negative, not all zero
   * @return the score, never null
   * @throws dev.valuex.core.InvalidValueException if the number of counts differs from the
   *     number of points, a count is negative or all are zero
   */
  public static CustomerSatisfaction fromCounts(RatingScale scale, long... counts) {
    checkNotNull(counts, "counts");
    return fromCounts(scale, Longs.asList(counts));
  }

  /**
   * Returns the number of answers.
   *
   * @return the sample size, positive
   */
  public final long respondents() {
    return counts().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Returns the mean answer.
   *
   * @return the mean, on the scale
   */
  public final double mean() {
    return Answers.mean(counts(), scale().min());
  }

  /**
   * Returns the share of answers in the two highest points of the scale.
   *
   * @return the share, never null
   */
  public final Rate topTwoBoxShare() {
    return Rate.ofFraction(
        Answers.share(counts(), scale().min(), scale().max() - 1, scale().max()));
  }

  /**
   * Returns {@code "CSAT"}.
   *
   * @return the metric name, never null
   */
  @Override
  public final String metric() {
    return "CSAT";
  }

  /**
   * Returns the top-two-box share in percent.
   *
   * @return the percentage in [0, 100]
   */
  @Override
  public final double value() {
    return topTwoBoxShare().percent();
  }

  /**
   * Returns {@code "%"}.
   *
   * @return the unit, never null
   */
  @Override
  public final String unit() {
    return "%";
  }

  @Value.Check
  final void validate() {
    check(counts().size() == scale().points(), WHO, "counts",
        "hold one count per point of the scale " + scale(), counts().size());
    Answers.total(counts(), WHO, "counts");
  }
}
