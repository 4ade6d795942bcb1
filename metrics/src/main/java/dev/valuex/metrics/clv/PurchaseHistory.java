package dev.valuex.metrics.clv;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * One customer's purchases over a calibration period, summarised the way the BG/NBD and
 * Gamma-Gamma models read them, with every time counted in one stated {@link #unit()}.
 *
 * <ul>
 *   <li>{@link #frequency()}: the number of <em>repeat</em> purchases, i.e. purchase days after
 *       the first one (a customer who bought once has frequency 0);
 *   <li>{@link #recency()}: the time from the customer's <em>first</em> purchase to the
 *       <em>last</em> one (0 when there is no repeat purchase);
 *   <li>{@link #age()}: the time from the first purchase to the end of the calibration period,
 *       called T in the literature;
 *   <li>{@link #meanRepeatSpend()}: the mean amount of the repeat purchases (0 without any).
 * </ul>
 *
 * <p><b>Recency is not RFM recency.</b> In RFM scoring, recency is the time <em>since</em> the
 * last purchase, counted back from today, and small is good. Here it is the time <em>up to</em>
 * the last purchase, counted forward from the first, and large is good; the RFM figure is
 * {@code age() - recency()}.
 *
 * <pre>{@code
 * List<PurchaseHistory> histories = PurchaseHistory.summarize(purchases,
 *     LocalDate.of(1997, 9, 30), ChronoUnit.WEEKS);
 * }</pre>
 */
@Value.Immutable
public abstract class PurchaseHistory implements WithPurchaseHistory {

  PurchaseHistory() {}

  /**
   * Returns the customer's identifier.
   *
   * @return the identifier, trimmed and not blank
   */
  public abstract String customer();

  /**
   * Returns the number of repeat purchases in the calibration period.
   *
   * @return the count, not negative
   */
  public abstract int frequency();

  /**
   * Returns the time from the first purchase to the last one, in {@link #unit()}s (not the RFM
   * recency, see the type's description).
   *
   * @return the recency, finite, in [0, age]
   */
  public abstract double recency();

  /**
   * Returns the customer's age: the time from the first purchase to the end of the calibration
   * period, in {@link #unit()}s.
   *
   * @return the age, finite and not negative
   */
  public abstract double age();

  /**
   * Returns the mean amount of the repeat purchases.
   *
   * @return the mean, finite and not negative; 0 when the frequency is 0
   */
  @Value.Default
  public double meanRepeatSpend() {
    return 0;
  }

  /**
   * Returns the unit in which recency and age are counted.
   *
   * @return days, weeks, months or years, never null
   */
  public abstract ChronoUnit unit();

  /**
   * Returns a summary given directly, e.g. read from a published summary file.
   *
   * @param customer the customer's identifier
   * @param frequency the number of repeat purchases
   * @param recency the time from the first to the last purchase
   * @param age the time from the first purchase to the end of calibration
   * @param unit the unit of {@code recency} and {@code age}
   * @return the summary, never null
   * @throws dev.valuex.core.InvalidValueException if a value breaks its rule, e.g. a negative
   *     frequency or a recency greater than the age
   */
  public static PurchaseHistory of(
      String customer, int frequency, double recency, double age, ChronoUnit unit) {
    return builder().customer(customer).frequency(frequency).recency(recency).age(age)
        .unit(unit).build();
  }

  /**
   * Summarises purchases per customer over the calibration period that ends on
   * {@code calibrationEnd}. Purchases after that day are left out, and so are customers whose
   * first purchase comes after it. Purchases on the same day count as one, with their amounts
   * added. Times are counted in days and divided by the length of {@code unit} (7 days for a
   * week; for months and years the estimated lengths of {@link ChronoUnit}), without rounding.
   *
   * @param purchases the purchases, in any order, at least one
   * @param calibrationEnd the last day of the calibration period, not null
   * @param unit the unit for recency and age: days, weeks, months or years
   * @return one summary per customer, in order of first appearance in {@code purchases}
   * @throws dev.valuex.core.InvalidValueException if there are no purchases up to
   *     {@code calibrationEnd} or the unit is not one of the four
   */
  public static ImmutableList<PurchaseHistory> summarize(
      Iterable<Purchase> purchases, LocalDate calibrationEnd, ChronoUnit unit) {
    checkNotNull(purchases, "purchases");
    checkNotNull(calibrationEnd, "calibrationEnd");
    checkNotNull(unit, "unit");
    checkUnit(unit);
    Map<String, TreeMap<LocalDate, Double>> byCustomer = new LinkedHashMap<>();
    for (Purchase purchase : purchases) {
      if (!purchase.date().isAfter(calibrationEnd)) {
        byCustomer.computeIfAbsent(purchase.customer(), c -> new TreeMap<>())
            .merge(purchase.date(), purchase.amount(), Double::sum);
      }
    }
    check(!byCustomer.isEmpty(), "PurchaseHistory", "purchases",
        "hold at least one purchase up to the calibration end " + calibrationEnd, "none");
    double daysPerUnit = unit.getDuration().getSeconds() / 86_400.0;
    ImmutableList.Builder<PurchaseHistory> result = ImmutableList.builder();
    for (Map.Entry<String, TreeMap<LocalDate, Double>> entry : byCustomer.entrySet()) {
      TreeMap<LocalDate, Double> days = entry.getValue();
      LocalDate first = days.firstKey();
      int frequency = days.size() - 1;
      double repeatSpend = 0;
      for (double amount : days.tailMap(first, false).values()) {
        repeatSpend += amount;
      }
      result.add(builder()
          .customer(entry.getKey())
          .frequency(frequency)
          .recency(ChronoUnit.DAYS.between(first, days.lastKey()) / daysPerUnit)
          .age(ChronoUnit.DAYS.between(first, calibrationEnd) / daysPerUnit)
          .meanRepeatSpend(frequency == 0 ? 0 : repeatSpend / frequency)
          .unit(unit)
          .build());
    }
    return result.build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PurchaseHistory}. */
  public static final class Builder extends ImmutablePurchaseHistory.Builder {
    Builder() {}
  }

  static void checkUnit(ChronoUnit unit) {
    check(unit == ChronoUnit.DAYS || unit == ChronoUnit.WEEKS || unit == ChronoUnit.MONTHS
        || unit == ChronoUnit.YEARS, "PurchaseHistory", "unit",
        "be DAYS, WEEKS, MONTHS or YEARS", unit);
  }

  @Value.Check
  final void validate() {
    trimmedText(customer(), "PurchaseHistory", "customer");
    String subject = "PurchaseHistory " + customer();
    check(frequency() >= 0, subject, "frequency", "not be negative", frequency());
    check(Double.isFinite(age()) && age() >= 0, subject, "age",
        "be a finite number not below 0", age());
    check(Double.isFinite(recency()) && recency() >= 0, subject, "recency",
        "be a finite number not below 0", recency());
    check(recency() <= age(), subject, "recency", "not exceed the age " + age(), recency());
    check(frequency() > 0 || recency() == 0, subject, "recency",
        "be 0 when there is no repeat purchase", recency());
    check(Double.isFinite(meanRepeatSpend()) && meanRepeatSpend() >= 0, subject,
        "meanRepeatSpend", "be a finite number not below 0", meanRepeatSpend());
    checkUnit(unit());
  }
}
