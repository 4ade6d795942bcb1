package dev.valuex.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.InvalidValueException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionTest {

  static Retention.Builder year() {
    return Retention.builder().period(ChronoUnit.YEARS);
  }

  @Test
  void newCustomersDoNotCountAsRetained() {
    // (190 - 30) / 200 = 80% retained, 20% churn, lifetime 1 / 0.2 = 5 years
    Retention r = year().customersAtStart(200).customersAtEnd(190).newCustomers(30).build();
    assertEquals(160, r.retained());
    assertEquals(Rate.ofPercent(80), r.rate());
    assertEquals(Rate.ofPercent(20), r.churn());
    assertEquals(Optional.of(TimeSpan.of(5, ChronoUnit.YEARS)), r.expectedLifetime());
    assertEquals(80.0, r.value(), 1e-12);
  }

  @Test
  void lifetimeIsUnboundedWhenNobodyChurns() {
    Retention r = year().customersAtStart(50).customersAtEnd(60).newCustomers(10).build();
    assertEquals(Rate.ofFraction(1), r.rate());
    assertEquals(Optional.empty(), r.expectedLifetime());
  }

  @Test
  void rejectsAnEmptyStartingBase() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> year().customersAtStart(0).customersAtEnd(10).newCustomers(10).build());
    assertEquals("Retention: customersAtStart must be positive, got 0", e.getMessage());
  }

  @Test
  void rejectsMoreNewCustomersThanCustomersAtTheEnd() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> year().customersAtStart(100).customersAtEnd(10).newCustomers(20).build());
    assertEquals("Retention: customersAtEnd must be at least newCustomers 20, got 10",
        e.getMessage());
  }

  @Test
  void rejectsMoreRetainedCustomersThanThereWere() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> year().customersAtStart(100).customersAtEnd(130).newCustomers(20).build());
    assertEquals("Retention: customersAtEnd must not exceed customersAtStart + newCustomers ="
        + " 120, got 130", e.getMessage());
  }

  @Test
  void rejectsPeriodsThatAreNotCalendarUnits() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Retention.builder().period(ChronoUnit.DECADES).customersAtStart(1)
            .customersAtEnd(1).newCustomers(0).build());
    assertEquals("Retention: period must be DAYS, WEEKS, MONTHS or YEARS, got Decades",
        e.getMessage());
  }

  @Test
  void frequencyIsOrdersPerDistinctCustomer() {
    PurchaseFrequency f = PurchaseFrequency.fromCounts(1200, 300, ChronoUnit.YEARS);
    assertEquals(PurchaseFrequency.of(4, ChronoUnit.YEARS), f);
    assertEquals(10.0, f.over(TimeSpan.of(30, ChronoUnit.MONTHS)), 1e-12);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> PurchaseFrequency.fromCounts(10, 0, ChronoUnit.YEARS));
    assertEquals("PurchaseFrequency: customers must be positive, got 0", e.getMessage());
  }

  @Test
  void averageOrderValueIsRevenuePerOrder() {
    assertEquals(50.0, CustomerEconomics.averageOrderValue(60_000, 1200), 1e-12);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CustomerEconomics.averageOrderValue(Double.NaN, 3));
    assertEquals("AverageOrderValue: revenue must be a finite number not below 0, got NaN",
        e.getMessage());
    e = assertThrows(InvalidValueException.class,
        () -> CustomerEconomics.averageOrderValue(100, 0));
    assertEquals("AverageOrderValue: orders must be positive, got 0", e.getMessage());
  }

  @Test
  void acquisitionCostIsSpendPerNewCustomer() {
    assertEquals(75.0, CustomerEconomics.acquisitionCost(15_000, 200), 1e-12);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CustomerEconomics.acquisitionCost(-1, 3));
    assertEquals("AcquisitionCost: spend must be a finite number not below 0, got -1.0",
        e.getMessage());
    e = assertThrows(InvalidValueException.class,
        () -> CustomerEconomics.acquisitionCost(100, 0));
    assertEquals("AcquisitionCost: newCustomers must be positive, got 0", e.getMessage());
  }
}
