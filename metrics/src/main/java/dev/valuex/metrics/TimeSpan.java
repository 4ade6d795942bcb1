package dev.valuex.metrics;

import static dev.valuex.core.internal.Checks.check;

import com.google.common.collect.ImmutableSet;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A length of time in periods of a stated unit, such as an expected customer lifetime of 5
 * years or a lifespan of 30 months, so that periods never lose their unit.
 *
 * <p>Units are days, weeks, months or years. Converting between them uses the estimated
 * lengths of {@link ChronoUnit} (a year is 365.2425 days, a month a twelfth of that), so 24
 * months are exactly 2 years while 52 weeks are slightly less than one.
 */
@Value.Immutable
public abstract class TimeSpan implements Comparable<TimeSpan> {

  /** The units a span, a rate's period or a purchase frequency may use. */
  static final ImmutableSet<ChronoUnit> UNITS =
      ImmutableSet.of(ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS, ChronoUnit.YEARS);

  TimeSpan() {}

  /**
   * Returns the number of periods.
   *
   * @return the amount, finite and not negative
   */
  public abstract double amount();

  /**
   * Returns the unit of the periods.
   *
   * @return days, weeks, months or years, never null
   */
  public abstract ChronoUnit unit();

  /**
   * Returns a span of {@code amount} periods of {@code unit}.
   *
   * @param amount the number of periods, finite and not negative
   * @param unit days, weeks, months or years, not null
   * @return the span, never null
   * @throws dev.valuex.core.InvalidValueException if the amount is negative or not finite, or
   *     the unit is not one of the four
   */
  public static TimeSpan of(double amount, ChronoUnit unit) {
    return ImmutableTimeSpan.builder().amount(amount).unit(unit).build();
  }

  /**
   * Returns the length of this span counted in another unit.
   *
   * @param other days, weeks, months or years, not null
   * @return the amount in {@code other} units
   * @throws dev.valuex.core.InvalidValueException if {@code other} is not one of the four units
   */
  public final double amountIn(ChronoUnit other) {
    checkUnit(other, "TimeSpan", "unit");
    if (other == unit()) {
      return amount();
    }
    return amount() * unit().getDuration().getSeconds() / other.getDuration().getSeconds();
  }

  /**
   * Returns this span expressed in another unit.
   *
   * @param other days, weeks, months or years, not null
   * @return the converted span, never null
   */
  public final TimeSpan to(ChronoUnit other) {
    return of(amountIn(other), other);
  }

  @Override
  public final int compareTo(TimeSpan other) {
    return Double.compare(amountIn(ChronoUnit.DAYS), other.amountIn(ChronoUnit.DAYS));
  }

  /**
   * Returns the span as text, e.g. {@code "2.5 years"}.
   *
   * @return the text, never null
   */
  @Override
  public final String toString() {
    return amount() + " " + unit().name().toLowerCase(Locale.ROOT);
  }

  static void checkUnit(ChronoUnit unit, String subject, String field) {
    check(UNITS.contains(unit), subject, field, "be DAYS, WEEKS, MONTHS or YEARS", unit);
  }

  @Value.Check
  final void validate() {
    check(Double.isFinite(amount()) && amount() >= 0, "TimeSpan", "amount",
        "be a finite number not below 0", amount());
    checkUnit(unit(), "TimeSpan", "unit");
  }
}
