package dev.valuex.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.InvalidValueException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurchaseHistoryTest {

  private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

  @Test
  void summaryCountsRepeatPurchasesAndTimesFromTheFirstPurchase() {
    ImmutableList<PurchaseHistory> h = PurchaseHistory.summarize(List.of(
        Purchase.of("ann", JAN_1.plusDays(21), 40),
        Purchase.of("ann", JAN_1, 10),
        Purchase.of("ann", JAN_1.plusDays(7), 20),
        Purchase.of("bob", JAN_1.plusDays(14), 5)), JAN_1.plusDays(28), ChronoUnit.WEEKS);
    assertEquals(List.of(
        PurchaseHistory.builder().customer("ann").frequency(2).recency(3).age(4)
            .meanRepeatSpend(30).unit(ChronoUnit.WEEKS).build(),
        PurchaseHistory.of("bob", 0, 0, 2, ChronoUnit.WEEKS)), h);
  }

  @Test
  void purchasesOnTheSameDayCountAsOneAndLaterOnesAreLeftOut() {
    ImmutableList<PurchaseHistory> h = PurchaseHistory.summarize(List.of(
        Purchase.of("ann", JAN_1, 10),
        Purchase.of("ann", JAN_1.plusDays(3), 20),
        Purchase.of("ann", JAN_1.plusDays(3), 5),
        Purchase.of("ann", JAN_1.plusDays(30), 99),
        Purchase.of("bob", JAN_1.plusDays(30), 99)), JAN_1.plusDays(10), ChronoUnit.DAYS);
    assertEquals(List.of(PurchaseHistory.builder().customer("ann").frequency(1).recency(3)
        .age(10).meanRepeatSpend(25).unit(ChronoUnit.DAYS).build()), h);
  }

  @Test
  void rfmRecencyIsTheAgeMinusThisRecency() {
    PurchaseHistory h = PurchaseHistory.of("ann", 2, 3, 4, ChronoUnit.WEEKS);
    assertEquals(1, h.age() - h.recency());
  }

  @Test
  void noPurchasesUpToTheCalibrationEndIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> PurchaseHistory.summarize(List.of(Purchase.of("ann", JAN_1, 10)),
            JAN_1.minusDays(1), ChronoUnit.WEEKS));
    assertEquals("PurchaseHistory: purchases must hold at least one purchase up to the"
        + " calibration end 2024-12-31, got 'none'", e.getMessage());
  }

  @Test
  void aNegativeFrequencyIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> PurchaseHistory.of("ann", -1, 0, 4, ChronoUnit.WEEKS));
    assertEquals("PurchaseHistory ann: frequency must not be negative, got -1", e.getMessage());
  }

  @Test
  void aRecencyGreaterThanTheAgeIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> PurchaseHistory.of("ann", 2, 5, 4, ChronoUnit.WEEKS));
    assertEquals("PurchaseHistory ann: recency must not exceed the age 4.0, got 5.0",
        e.getMessage());
  }

  @Test
  void aRecencyWithoutRepeatPurchasesIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> PurchaseHistory.of("ann", 0, 1, 4, ChronoUnit.WEEKS));
    assertEquals("PurchaseHistory ann: recency must be 0 when there is no repeat purchase,"
        + " got 1.0", e.getMessage());
  }

  @Test
  void unitsShorterThanADayAreRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> PurchaseHistory.of("ann", 0, 0, 4, ChronoUnit.HOURS));
    assertEquals("PurchaseHistory: unit must be DAYS, WEEKS, MONTHS or YEARS, got Hours",
        e.getMessage());
  }

  @Test
  void aNegativeAmountIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Purchase.of("ann", JAN_1, -3));
    assertEquals("Purchase ann: amount must be a finite number not below 0, got -3.0",
        e.getMessage());
  }
}
