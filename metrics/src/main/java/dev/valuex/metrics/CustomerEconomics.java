package dev.valuex.metrics;

import static dev.valuex.core.internal.Checks.check;

/**
 * Per-customer money figures from period totals: average order value and customer
 * acquisition cost. They feed {@link LifetimeValue}; purchase frequency is a
 * {@link PurchaseFrequency}.
 */
public final class CustomerEconomics {
  private CustomerEconomics() {}

  /**
   * Returns the average order value: revenue divided by the number of orders.
   *
   * @param revenue the revenue of the orders, finite and not negative
   * @param orders the number of orders, positive
   * @return the average order value, in the currency of {@code revenue}
   * @throws dev.valuex.core.InvalidValueException if {@code revenue} is negative or not finite
   *     or {@code orders} is not positive
   */
  public static double averageOrderValue(double revenue, long orders) {
    check(Double.isFinite(revenue) && revenue >= 0, "AverageOrderValue", "revenue",
        "be a finite number not below 0", revenue);
    check(orders > 0, "AverageOrderValue", "orders", "be positive", orders);
    return revenue / orders;
  }

  /**
   * Returns the customer acquisition cost: sales and marketing spend to win customers divided
   * by the number of customers won.
   *
   * @param spend the acquisition spend, finite and not negative
   * @param newCustomers the number of customers won, positive
   * @return the cost per new customer, in the currency of {@code spend}
   * @throws dev.valuex.core.InvalidValueException if {@code spend} is negative or not finite
   *     or {@code newCustomers} is not positive
   */
  public static double acquisitionCost(double spend, long newCustomers) {
    check(Double.isFinite(spend) && spend >= 0, "AcquisitionCost", "spend",
        "be a finite number not below 0", spend);
    check(newCustomers > 0, "AcquisitionCost", "newCustomers", "be positive", newCustomers);
    return spend / newCustomers;
  }
}
