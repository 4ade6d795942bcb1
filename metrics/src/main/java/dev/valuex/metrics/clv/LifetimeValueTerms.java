package dev.valuex.metrics.clv;

import static dev.valuex.core.internal.Checks.check;

import dev.valuex.metrics.Rate;
import dev.valuex.metrics.TimeSpan;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/**
 * The terms on which {@link ExpectedLifetimeValue} values a customer: how far ahead to look,
 * in which steps, the discount rate and the period it is stated for, and the margin earned on
 * spend. Every time carries its unit, so a discount rate "per month" is never applied per week.
 *
 * <pre>{@code
 * LifetimeValueTerms terms = LifetimeValueTerms.builder()
 *     .horizon(TimeSpan.of(12, ChronoUnit.MONTHS))
 *     .step(TimeSpan.of(1, ChronoUnit.MONTHS))
 *     .discountRate(Rate.ofPercent(1))
 *     .discountPeriod(TimeSpan.of(1, ChronoUnit.MONTHS))
 *     .margin(Rate.ofPercent(30))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class LifetimeValueTerms implements WithLifetimeValueTerms {

  LifetimeValueTerms() {}

  /**
   * Returns how far ahead, from the end of the calibration period, purchases are counted.
   *
   * @return the horizon, a whole number of steps, never null
   */
  public abstract TimeSpan horizon();

  /**
   * Returns the length of one step: purchases expected within a step are valued at its end.
   *
   * @return the step, positive, never null
   */
  public abstract TimeSpan step();

  /**
   * Returns the discount rate per {@link #discountPeriod()}.
   *
   * @return the rate, never null
   */
  public abstract Rate discountRate();

  /**
   * Returns the period the discount rate is stated for, e.g. one year for an annual rate.
   *
   * @return the period, positive, never null
   */
  public abstract TimeSpan discountPeriod();

  /**
   * Returns the margin earned on spend.
   *
   * @return the margin, never null
   */
  public abstract Rate margin();

  /**
   * Returns a new builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LifetimeValueTerms}. */
  public static final class Builder extends ImmutableLifetimeValueTerms.Builder {
    Builder() {}
  }

  /**
   * Returns the number of steps in the horizon.
   *
   * @return the count, not negative
   */
  public final int steps() {
    return (int) Math.round(horizon().amountIn(ChronoUnit.DAYS) / step().amountIn(ChronoUnit.DAYS));
  }

  @Value.Check
  final void validate() {
    check(step().amount() > 0, "LifetimeValueTerms", "step", "be positive", step());
    check(discountPeriod().amount() > 0, "LifetimeValueTerms", "discountPeriod", "be positive",
        discountPeriod());
    double ratio = horizon().amountIn(ChronoUnit.DAYS) / step().amountIn(ChronoUnit.DAYS);
    check(Math.abs(ratio - Math.rint(ratio)) <= 1e-9 * Math.max(1, ratio)
        && ratio <= 1_000_000, "LifetimeValueTerms", "horizon",
        "be a whole number of steps of " + step() + " (at most a million)", horizon());
  }
}
