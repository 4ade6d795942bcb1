package dev.valuex.metrics;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.valuex.core.internal.Checks.check;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Ints;
import dev.valuex.metrics.internal.Answers;
import org.immutables.value.Value;

/**
 * The Customer Effort Score (CES) of a sample of answers, in either of its two forms: the mean
 * answer as the headline number, and the share of favourable answers.
 *
 * <p>CES 2.0 (Dixon, Toman and DeLisi, "The Effortless Experience", 2013) asks for agreement
 * with "the company made it easy for me to handle my issue" from 1 (strongly disagree) to 7
 * (strongly agree): higher is better, and the favourable share is the share agreeing (5-7).
 * The older form asks how much effort it took from 1 (very low) to 5 (very high): lower is
 * better, and the favourable share is the share reporting low effort (1-2).
 */
@Value.Immutable
public abstract class CustomerEffortScore implements MetricResult {

  private static final String WHO = "CustomerEffortScore";

  /** The two question forms of the Customer Effort Score. */
  public enum Form {
    /** CES 2.0: agreement that handling the issue was easy, 1-7, higher is better. */
    AGREEMENT_7(1, 7, 5, 7),
    /** The original form: effort it took, 1-5, lower is better. */
    EFFORT_5(1, 5, 1, 2);

    private final int min;
    private final int max;
    private final int favourableFrom;
    private final int favourableTo;

    Form(int min, int max, int favourableFrom, int favourableTo) {
      this.min = min;
      this.max = max;
      this.favourableFrom = favourableFrom;
      this.favourableTo = favourableTo;
    }

    /**
     * Returns the lowest answer of this form.
     *
     * @return the lowest point of the scale
     */
    public int min() {
      return min;
    }

    /**
     * Returns the highest answer of this form.
     *
     * @return the highest point of the scale
     */
    public int max() {
      return max;
    }

    /**
     * Tells whether higher answers mean less effort.
     *
     * @return true for the agreement form, false for the effort form
     */
    public boolean higherIsBetter() {
      return this == AGREEMENT_7;
    }
  }

  CustomerEffortScore() {}

  /**
   * Returns the question form.
   *
   * @return the form, never null
   */
  public abstract Form form();

  /**
   * Returns the number of answers per point of the form's scale, lowest point first.
   *
   * @return one count per point, never null
   */
  public abstract ImmutableList<Long> counts();

  /**
   * Returns the score of answers in a form; their order does not matter.
   *
   * @param form the question form, not null
   * @param answers the answers, each on the form's scale, at least one, not null
   * @return the score, never null
   * @throws dev.valuex.core.InvalidValueException if an answer lies off the scale or there
   *     are no answers
   */
  public static CustomerEffortScore fromAnswers(Form form, Iterable<Integer> answers) {
    checkNotNull(form, "form");
    checkNotNull(answers, "answers");
    return ImmutableCustomerEffortScore.builder().form(form)
        .addAllCounts(Answers.count(answers, form.min(), form.max(), WHO, "answers")).build();
  }

  /**
   * Returns the score of answers in a form.
   *
   * @param form the question form, not null
   * @param answers the answers, each on the form's scale, at least one, not null
   * @return the score, never null
   * @throws dev.valuex.core.InvalidValueException if an answer lies off the scale or there
   *     are no answers
   */
  public static CustomerEffortScore fromAnswers(Form form, int... answers) {
    checkNotNull(answers, "answers");
    return fromAnswers(form, Ints.asList(answers));
  }

  /**
   * Returns the score of answers given as counts per point of the form's scale, lowest point
   * first, as stored by a tool that keeps tallies rather than answers.
   *
   * @param form the question form, not null
   * @param counts one count per point of the form's scale, not negative, not all zero
   * @return the score, never null
   * @throws dev.valuex.core.InvalidValueException if the number of counts differs from the
   *     number of points, a count is negative or all are zero
   */
  public static CustomerEffortScore fromCounts(Form form, Iterable<Long> counts) {
    checkNotNull(form, "form");
    checkNotNull(counts, "counts");
    return ImmutableCustomerEffortScore.builder().form(form).addAllCounts(counts).build();
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
   * @return the mean, on the form's scale
   */
  public final double mean() {
    return Answers.mean(counts(), form().min());
  }

  /**
   * Returns the share of favourable answers: agreeing (5-7) in the agreement form, reporting
   * low effort (1-2) in the effort form.
   *
   * @return the share, never null
   */
  public final Rate favourableShare() {
    return Rate.ofFraction(
        Answers.share(counts(), form().min(), form().favourableFrom, form().favourableTo));
  }

  /**
   * Returns {@code "CES"}.
   *
   * @return the metric name, never null
   */
  @Override
  public final String metric() {
    return "CES";
  }

  /**
   * Returns the {@link #mean()}.
   *
   * @return the mean answer
   */
  @Override
  public final double value() {
    return mean();
  }

  /**
   * Returns the scale the mean is on, e.g. {@code "points on 1-7"}.
   *
   * @return the unit, never null
   */
  @Override
  public final String unit() {
    return "points on " + form().min() + "-" + form().max();
  }

  @Value.Check
  final void validate() {
    check(counts().size() == form().max() - form().min() + 1, WHO, "counts",
        "hold one count per point of the scale", counts().size());
    Answers.total(counts(), WHO, "counts");
  }
}
