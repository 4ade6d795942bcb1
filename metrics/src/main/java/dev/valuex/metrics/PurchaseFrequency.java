package dev.valuex.metrics;

import static dev.valuex.core.internal.Checks.check;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * How often the average customer buys: purchases per customer per period, with the period's
 * unit, e.g. 4 purchases per year.
 */
@Value.Immutable
public abstract class PurchaseFrequency {

  PurchaseFrequency() {}

  /**
   * Returns the number of purchases per customer per period.
   *
   * @return the number, finite and not negative
   */
  public abstract double purchases();

  /**
   * Returns the unit of the period.
   *
   * @return days, weeks, months or years, never null
   */
  public abstract ChronoUnit per();

  /**
   * Returns a frequency of {@code purchases} per customer per {@code per}.
   *
   * @param purchases purchases per customer per period, finite and not negative
   * @param per the period, days, weeks, months or years, not null
   * @return the frequency, never null
   * @throws dev.valuex.core.InvalidValueException if {@code purchases} is negative or not
   *     finite, or the unit is not one of the four
   */
  public static PurchaseFrequency of(double purchases, ChronoUnit per) {
    return ImmutablePurchaseFrequency.builder().purchases(purchases).per(per).build();
  }

  /**
   * Returns the frequency observed over one period: orders divided by distinct customers.
   *
   * @param orders the number of orders in the period, not negative
   * @param customers the number of distinct customers who ordered, positive
   * @param per the period the counts span, not null
   * @return the frequency, never null
   * @throws dev.valuex.core.InvalidValueException if {@code customers} is not positive or
   *     {@code orders} is negative
   */
  public static PurchaseFrequency fromCounts(long orders, long customers, ChronoUnit per) {
    check(customers > 0, "PurchaseFrequency", "customers", "be positive", customers);
    check(orders >= 0, "PurchaseFrequency", "orders", "not be negative", orders);
    return of((double) orders / customers, per);
  }

  /**
   * Returns the expected number of purchases per customer over a span of time.
   *
   * @param span the span, not null
   * @return the purchases over the span, not negative
   */
  public final double over(TimeSpan span) {
    return purchases() * span.amountIn(per());
  }

  /**
   * Returns the frequency as a reader says it, e.g. {@code "2.5 per year"}.
   *
   * @return the purchases and the singular period, never null
   */
  @Override
  public final String toString() {
    String unit = per().name().toLowerCase(Locale.ROOT);
    return purchases() + " per " + unit.substring(0, unit.length() - 1);
  }

  @Value.Check
  final void validate() {
    check(Double.isFinite(purchases()) && purchases() >= 0, "PurchaseFrequency", "purchases",
        "be a finite number not below 0", purchases());
    TimeSpan.checkUnit(per(), "PurchaseFrequency", "per");
  }
}
