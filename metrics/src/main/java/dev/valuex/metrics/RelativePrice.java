package dev.valuex.metrics;

import static dev.valuex.core.internal.Checks.check;

/**
 * Relative price in Gale's customer value analysis ("Managing Customer Value", 1994), the
 * vertical axis of the value map, where 100 means priced like the competitors.
 *
 * <p>Either a plain price ratio, {@code 100 x our price / competitors' price}, or the price as
 * customers perceive it, from a price-satisfaction profile with weighted score S:
 * {@code 100 x 100 / S}. Gale's luxury-car example weighs four price attributes 60, 20, 10 and
 * 10 with satisfaction ratios 1.29, 1.0, 1.13 and 1.0: S = 118.7 and the relative price is
 * 100 / 1.187 = 84.2, cheaper than the competitors as perceived.
 */
public final class RelativePrice {
  private RelativePrice() {}

  /**
   * Returns the relative price from prices, {@code 100 x ours / competitors}.
   *
   * @param ours our price, finite and positive
   * @param competitors the competitors' (average) price, finite and positive
   * @return the relative price, 100 = same price
   * @throws dev.valuex.core.InvalidValueException if a price is not a finite positive number
   */
  public static double fromPrices(double ours, double competitors) {
    check(Double.isFinite(ours) && ours > 0, "RelativePrice", "ours",
        "be a finite positive number", ours);
    check(Double.isFinite(competitors) && competitors > 0, "RelativePrice", "competitors",
        "be a finite positive number", competitors);
    return 100 * ours / competitors;
  }

  /**
   * Returns the perceived relative price from a price-satisfaction profile, whose ratios are
   * our satisfaction score over the competitors' on each price attribute:
   * {@code 100 x 100 / profile score}.
   *
   * @param priceSatisfaction the price-satisfaction profile, not null
   * @return the relative price, 100 = priced like the competitors
   */
  public static double fromPriceSatisfaction(AttributeProfile priceSatisfaction) {
    return 100 * 100 / priceSatisfaction.score();
  }
}
