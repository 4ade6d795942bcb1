package dev.valuex.metrics;

import static dev.valuex.core.internal.Checks.check;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Customer retention over one period, from customer counts: the retention rate, the churn rate
 * and the expected customer lifetime.
 *
 * <p>Retention is {@code (customers at end - new customers) / customers at start}: new
 * customers won during the period do not count as retained. Churn is {@code 1 - retention},
 * and with a constant churn rate the expected lifetime is {@code 1 / churn} periods.
 *
 * <pre>{@code
 * Retention r = Retention.builder()
 *     .customersAtStart(200).customersAtEnd(190).newCustomers(30)
 *     .period(ChronoUnit.YEARS).build();
 * r.rate();                // 80%
 * r.churn();               // 20%
 * r.expectedLifetime();    // 5.0 years
 * }</pre>
 */
@Value.Immutable
public abstract class Retention implements MetricResult, WithRetention {

  Retention() {}

  /**
   * Returns the number of customers at the start of the period.
   *
   * @return the count, positive
   */
  public abstract long customersAtStart();

  /**
   * Returns the number of customers at the end of the period, new ones included.
   *
   * @return the count, at least {@link #newCustomers()}
   */
  public abstract long customersAtEnd();

  /**
   * Returns the number of customers won during the period.
   *
   * @return the count, not negative
   */
  public abstract long newCustomers();

  /**
   * Returns the unit of the period the counts span, e.g. a year.
   *
   * @return days, weeks, months or years, never null
   */
  public abstract ChronoUnit period();

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the number of starting customers still customers at the end.
   *
   * @return the count, not negative
   */
  public final long retained() {
    return customersAtEnd() - newCustomers();
  }

  /**
   * Returns the retention rate per period.
   *
   * @return the rate, never null
   */
  public final Rate rate() {
    return Rate.ratio(retained(), customersAtStart());
  }

  /**
   * Returns the churn rate per period, one minus the retention rate.
   *
   * @return the rate, never null
   */
  public final Rate churn() {
    return Rate.ratio(customersAtStart() - retained(), customersAtStart());
  }

  /**
   * Returns the expected customer lifetime, {@code 1 / churn} periods, assuming churn stays
   * constant.
   *
   * @return the lifetime in the unit of {@link #period()}, empty when nobody churned (the
   *     expectation is then unbounded)
   */
  public final Optional<TimeSpan> expectedLifetime() {
    long churned = customersAtStart() - retained();
    if (churned == 0) {
      return Optional.empty();
    }
    return Optional.of(TimeSpan.of((double) customersAtStart() / churned, period()));
  }

  /**
   * Returns {@code "Retention"}.
   *
   * @return the metric name, never null
   */
  @Override
  public final String metric() {
    return "Retention";
  }

  /**
   * Returns the retention rate in percent.
   *
   * @return the percentage in [0, 100]
   */
  @Override
  public final double value() {
    return rate().percent();
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
    String who = "Retention";
    check(customersAtStart() > 0, who, "customersAtStart", "be positive", customersAtStart());
    check(newCustomers() >= 0, who, "newCustomers", "not be negative", newCustomers());
    check(customersAtEnd() >= newCustomers(), who, "customersAtEnd",
        "be at least newCustomers " + newCustomers(), customersAtEnd());
    check(retained() <= customersAtStart(), who, "customersAtEnd",
        "not exceed customersAtStart + newCustomers = "
            + (customersAtStart() + newCustomers()), customersAtEnd());
    TimeSpan.checkUnit(period(), who, "period");
  }

  /** Builds {@link Retention}s; every attribute must be set once. */
  public static final class Builder extends ImmutableRetention.Builder {
    Builder() {}
  }
}
