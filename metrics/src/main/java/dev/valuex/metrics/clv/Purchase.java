package dev.valuex.metrics.clv;

import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One purchase by one customer, the raw material of a {@link PurchaseHistory}: who bought, on
 * which day, and for how much. Purchases on the same day by the same customer count as one
 * transaction when summarised, with their amounts added.
 */
@Value.Immutable
public abstract class Purchase implements WithPurchase {

  Purchase() {}

  /**
   * Returns the customer's identifier.
   *
   * @return the identifier, trimmed and not blank
   */
  public abstract String customer();

  /**
   * Returns the day of the purchase.
   *
   * @return the date, never null
   */
  public abstract LocalDate date();

  /**
   * Returns the amount spent, in the data's currency.
   *
   * @return the amount, finite and not negative
   */
  public abstract double amount();

  /**
   * Returns a purchase.
   *
   * @param customer the customer's identifier, trimmed and not blank
   * @param date the day of the purchase, not null
   * @param amount the amount spent, finite and not negative
   * @return the purchase, never null
   * @throws dev.valuex.core.InvalidValueException if a value breaks its rule
   */
  public static Purchase of(String customer, LocalDate date, double amount) {
    return builder().customer(customer).date(date).amount(amount).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Purchase}. */
  public static final class Builder extends ImmutablePurchase.Builder {
    Builder() {}
  }

  @Value.Check
  final void validate() {
    trimmedText(customer(), "Purchase", "customer");
    check(Double.isFinite(amount()) && amount() >= 0, "Purchase " + customer(), "amount",
        "be a finite number not below 0", amount());
  }
}
