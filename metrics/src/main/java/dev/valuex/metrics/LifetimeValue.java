package dev.valuex.metrics;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.valuex.core.internal.Checks.check;

import com.google.common.primitives.Doubles;
import java.util.Arrays;
import java.util.List;

/**
 * Customer lifetime value (CLV) in three forms: historical, the retention-discount closed form,
 * and discounted over a finite horizon. Rates are {@link Rate}s and times carry their unit, so a
 * retention of "80" or a lifespan in the wrong unit cannot slip in.
 *
 * <pre>{@code
 * LifetimeValue.closedForm(100, Rate.ofPercent(80), Rate.ofPercent(10));   // 266.67
 * LifetimeValue.historical(50, PurchaseFrequency.of(4, ChronoUnit.YEARS),
 *     Rate.ofPercent(30), TimeSpan.of(5, ChronoUnit.YEARS));              // 300.0
 * }</pre>
 */
public final class LifetimeValue {
  private LifetimeValue() {}

  /**
   * Returns the historical lifetime value: average order value x purchase frequency x gross
   * margin x lifespan, with the lifespan counted in the frequency's unit.
   *
   * @param averageOrderValue the average order value, finite and not negative
   * @param frequency purchases per customer per period, not null
   * @param grossMargin the gross margin on revenue, not null
   * @param lifespan the customer lifespan, not null
   * @return the lifetime value, in the currency of {@code averageOrderValue}
   * @throws dev.valuex.core.InvalidValueException if {@code averageOrderValue} is negative or
   *     not finite
   */
  public static double historical(double averageOrderValue, PurchaseFrequency frequency,
      Rate grossMargin, TimeSpan lifespan) {
    checkNotNull(frequency, "frequency");
    checkNotNull(grossMargin, "grossMargin");
    checkNotNull(lifespan, "lifespan");
    check(Double.isFinite(averageOrderValue) && averageOrderValue >= 0, "LifetimeValue",
        "averageOrderValue", "be a finite number not below 0", averageOrderValue);
    return averageOrderValue * frequency.over(lifespan) * grossMargin.fraction();
  }

  /**
   * Returns the retention-discount closed form {@code m r / (1 + d - r)}: the present value of
   * a margin {@code m} earned at the end of every period the customer stays, with retention
   * {@code r} and discount rate {@code d} per period, over an unbounded horizon. With m = 100,
   * r = 80% and d = 10% it is 100 x 0.8 / 0.3 = 266.67.
   *
   * @param margin the margin per period, a finite number
   * @param retention the retention rate per period, not null
   * @param discount the discount rate per period, not null
   * @return the lifetime value, in the currency of {@code margin}
   * @throws dev.valuex.core.InvalidValueException if {@code margin} is not finite, or
   *     {@code d <= r - 1} (only r = 100% with d = 0%: the sum then diverges)
   */
  public static double closedForm(double margin, Rate retention, Rate discount) {
    check(Double.isFinite(margin), "LifetimeValue", "margin", "be a finite number", margin);
    double r = retention.fraction();
    double d = discount.fraction();
    check(1 + d - r > 0, "LifetimeValue", "discount",
        "exceed retention - 1 (a retention of " + retention
            + " with no discount gives an unbounded value)", discount);
    return margin * r / (1 + d - r);
  }

  /**
   * Returns the lifetime value over a finite horizon, {@code sum over t = 1..T of
   * m_t r^t / (1 + d)^t}: margin {@code m_t} earned at the end of period t if the customer is
   * still there, with retention {@code r} and discount rate {@code d} per period.
   *
   * @param margins the margin of each period, first period first, each finite, not null
   * @param retention the retention rate per period, not null
   * @param discount the discount rate per period, not null
   * @return the lifetime value, in the currency of the margins
   * @throws dev.valuex.core.InvalidValueException if a margin is not finite or there are no
   *     margins
   */
  public static double discounted(List<Double> margins, Rate retention, Rate discount) {
    checkNotNull(margins, "margins");
    checkNotNull(retention, "retention");
    checkNotNull(discount, "discount");
    check(!margins.isEmpty(), "LifetimeValue", "margins", "hold at least one period", margins);
    double factor = retention.fraction() / (1 + discount.fraction());
    double weight = 1;
    double sum = 0;
    for (int t = 0; t < margins.size(); t++) {
      double m = margins.get(t);
      check(Double.isFinite(m), "LifetimeValue", "margins (period " + (t + 1) + ")",
          "be a finite number", m);
      weight *= factor;
      sum += m * weight;
    }
    return sum;
  }

  /**
   * Returns the lifetime value over a finite horizon net of the cost of acquiring the
   * customer: {@link #discounted(List, Rate, Rate)} minus {@code acquisitionCost}.
   *
   * @param margins the margin of each period, first period first, each finite, not null
   * @param retention the retention rate per period, not null
   * @param discount the discount rate per period, not null
   * @param acquisitionCost the acquisition cost, paid up front, finite and not negative
   * @return the net lifetime value
   * @throws dev.valuex.core.InvalidValueException if a margin is not finite, there are no
   *     margins, or the acquisition cost is negative or not finite
   */
  public static double discounted(
      List<Double> margins, Rate retention, Rate discount, double acquisitionCost) {
    checkNotNull(margins, "margins");
    checkNotNull(retention, "retention");
    checkNotNull(discount, "discount");
    check(Double.isFinite(acquisitionCost) && acquisitionCost >= 0, "LifetimeValue",
        "acquisitionCost", "be a finite number not below 0", acquisitionCost);
    return discounted(margins, retention, discount) - acquisitionCost;
  }

  /**
   * Returns the lifetime value of a constant margin over {@code periods} periods.
   *
   * @param margin the margin per period, finite
   * @param periods the horizon, 1 to 10,000 periods
   * @param retention the retention rate per period, not null
   * @param discount the discount rate per period, not null
   * @return the lifetime value, in the currency of {@code margin}
   * @throws dev.valuex.core.InvalidValueException if {@code margin} is not finite or
   *     {@code periods} is out of range
   */
  public static double discounted(double margin, int periods, Rate retention, Rate discount) {
    checkNotNull(retention, "retention");
    checkNotNull(discount, "discount");
    check(periods >= 1 && periods <= 10_000, "LifetimeValue", "periods",
        "be between 1 and 10000", periods);
    check(Double.isFinite(margin), "LifetimeValue", "margin", "be a finite number", margin);
    double[] margins = new double[periods];
    Arrays.fill(margins, margin);
    return discounted(Doubles.asList(margins), retention, discount);
  }
}
