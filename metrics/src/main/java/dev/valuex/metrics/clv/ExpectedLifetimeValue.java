package dev.valuex.metrics.clv;

import dev.valuex.metrics.TimeSpan;

/**
 * The discounted value of a customer's expected future margin: the purchases the BG/NBD model
 * expects in each step of the horizon, times the spend per purchase the Gamma-Gamma model
 * expects, times the margin, discounted from the end of each step to the end of the
 * calibration period at the stated rate per stated period.
 *
 * <pre>{@code
 * double clv = ExpectedLifetimeValue.discounted(purchases, spend, history, terms);
 * }</pre>
 */
public final class ExpectedLifetimeValue {

  private ExpectedLifetimeValue() {}

  /**
   * Returns the customer's discounted expected future margin,
   * {@code sum_k (E[Y(t_k)] - E[Y(t_(k-1))]) x spend x margin / (1 + d)^(t_k / period)}, with
   * {@code t_k} the end of step k.
   *
   * @param purchases the fitted purchase model, not null
   * @param spend the fitted spend model, not null
   * @param history the customer's summary, in the purchase model's unit
   * @param terms the horizon, step, discount and margin, not null
   * @return the value, in the currency of the spend, not negative
   * @throws dev.valuex.core.InvalidValueException if the history is in another unit than the
   *     purchase model, or the spend model has {@code q <= 1}
   */
  public static double discounted(BgNbdModel purchases, GammaGammaModel spend,
      PurchaseHistory history, LifetimeValueTerms terms) {
    double perPurchase = spend.expectedAverageSpend(history) * terms.margin().fraction();
    double step = terms.step().amountIn(purchases.unit());
    double period = terms.discountPeriod().amountIn(purchases.unit());
    double logDiscount = Math.log1p(terms.discountRate().fraction());
    double previous = 0;
    double value = 0;
    for (int k = 1; k <= terms.steps(); k++) {
      double t = k * step;
      double expected = purchases.expectedRepeatPurchases(history,
          TimeSpan.of(t, purchases.unit()));
      value += (expected - previous) * perPurchase * Math.exp(-logDiscount * t / period);
      previous = expected;
    }
    return value;
  }
}
