package dev.valuex.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.InvalidValueException;
import dev.valuex.metrics.Rate;
import dev.valuex.metrics.TimeSpan;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * One test per validation rule of the lifetime-value models and their inputs that no other
 * test breaks: the type and the message an analyst sees for a bad parameter or history, and
 * the boundary each rule still accepts (issue 22, mutants that survived because a rule was
 * never broken).
 */
class ClvValidationRulesTest {
  private static final BgNbdModel WEEKLY = BgNbdModel.of(0.25, 4, 0.8, 2.4, ChronoUnit.WEEKS);

  private static void assertRejected(String message, Executable call) {
    InvalidValueException e = assertThrows(InvalidValueException.class, call);
    assertEquals(message, e.getMessage());
  }

  @Test
  void bgNbdModelRejectsEveryParameterThatIsNotPositive() {
    assertRejected("BgNbdModel: r must be a finite positive number, got 0.0",
        () -> BgNbdModel.of(0, 4, 0.8, 2.4, ChronoUnit.WEEKS));
    assertRejected("BgNbdModel: alpha must be a finite positive number, got -4.0",
        () -> BgNbdModel.of(0.25, -4, 0.8, 2.4, ChronoUnit.WEEKS));
    assertRejected("BgNbdModel: a must be a finite positive number, got 0.0",
        () -> BgNbdModel.of(0.25, 4, 0, 2.4, ChronoUnit.WEEKS));
    assertRejected("BgNbdModel: b must be a finite positive number, got NaN",
        () -> BgNbdModel.of(0.25, 4, 0.8, Double.NaN, ChronoUnit.WEEKS));
  }

  @Test
  void bgNbdModelCountsInDaysWeeksMonthsOrYearsOnly() {
    assertRejected("PurchaseHistory: unit must be DAYS, WEEKS, MONTHS or YEARS, got Hours",
        () -> BgNbdModel.of(0.25, 4, 0.8, 2.4, ChronoUnit.HOURS));
  }

  @Test
  void bgNbdModelRefusesAHistoryCountedInAnotherUnit() {
    PurchaseHistory daily = PurchaseHistory.of("c1", 2, 10, 20, ChronoUnit.DAYS);
    assertRejected("BgNbdModel: history c1 must be counted in the model's unit Weeks, got Days",
        () -> WEEKLY.expectedRepeatPurchases(daily, TimeSpan.of(1, ChronoUnit.YEARS)));
    assertRejected("BgNbdModel: histories must be counted in the model's unit Weeks, got Days",
        () -> WEEKLY.logLikelihood(List.of(daily)));
  }

  @Test
  void gammaGammaModelRejectsEveryParameterThatIsNotPositive() {
    assertRejected("GammaGammaModel: p must be a finite positive number, got 0.0",
        () -> GammaGammaModel.of(0, 4, 15));
    assertRejected("GammaGammaModel: q must be a finite positive number, got 0.0",
        () -> GammaGammaModel.of(6, 0, 15));
    assertRejected("GammaGammaModel: v must be a finite positive number, got 0.0",
        () -> GammaGammaModel.of(6, 4, 0));
  }

  @Test
  void gammaGammaModelNeedsQAboveOneForAFiniteMeanSpend() {
    PurchaseHistory history = PurchaseHistory.builder().customer("c1").frequency(2).recency(10)
        .age(20).unit(ChronoUnit.WEEKS).meanRepeatSpend(30).build();
    assertRejected("GammaGammaModel: q must exceed 1 for a finite mean spend, got 1.0",
        () -> GammaGammaModel.of(6, 1, 15).expectedAverageSpend(history));
  }

  @Test
  void gammaGammaFitRefusesARepeatCustomerWithoutSpend() {
    PurchaseHistory noSpend = PurchaseHistory.of("c7", 3, 10, 20, ChronoUnit.WEEKS);
    assertRejected("GammaGammaModel: meanRepeatSpend of customer c7 must be positive for a "
        + "customer with repeat purchases, got 0.0", () -> GammaGammaModel.fit(List.of(noSpend)));
  }

  @Test
  void purchaseHistoryNeedsACustomerAndNoNegativeCounts() {
    assertRejected("PurchaseHistory: customer must not be blank, got ' '",
        () -> PurchaseHistory.of(" ", 2, 10, 20, ChronoUnit.WEEKS));
    assertRejected("PurchaseHistory c1: frequency must not be negative, got -1",
        () -> PurchaseHistory.of("c1", -1, 0, 20, ChronoUnit.WEEKS));
    assertRejected("PurchaseHistory c1: age must be a finite number not below 0, got -1.0",
        () -> PurchaseHistory.of("c1", 0, 0, -1, ChronoUnit.WEEKS));
    assertRejected("PurchaseHistory c1: recency must be a finite number not below 0, got -1.0",
        () -> PurchaseHistory.of("c1", 2, -1, 20, ChronoUnit.WEEKS));
  }

  @Test
  void purchaseHistoryRecencyIsZeroWithoutARepeatPurchase() {
    assertRejected("PurchaseHistory c1: recency must be 0 when there is no repeat purchase, "
        + "got 5.0", () -> PurchaseHistory.of("c1", 0, 5, 20, ChronoUnit.WEEKS));
    assertEquals(0.0, PurchaseHistory.of("c1", 0, 0, 20, ChronoUnit.WEEKS).recency());
  }

  @Test
  void purchaseHistoryRejectsANegativeMeanSpendAndAnHourlyUnit() {
    assertRejected("PurchaseHistory c1: meanRepeatSpend must be a finite number not below 0, "
        + "got -2.0", () -> PurchaseHistory.builder().customer("c1").frequency(2).recency(10)
            .age(20).unit(ChronoUnit.WEEKS).meanRepeatSpend(-2).build());
    assertRejected("PurchaseHistory: unit must be DAYS, WEEKS, MONTHS or YEARS, got Hours",
        () -> PurchaseHistory.of("c1", 2, 10, 20, ChronoUnit.HOURS));
    assertRejected("PurchaseHistory: unit must be DAYS, WEEKS, MONTHS or YEARS, got Hours",
        () -> PurchaseHistory.summarize(List.of(), LocalDate.of(2026, 3, 14), ChronoUnit.HOURS));
  }

  @Test
  void purchaseNeedsACustomerAndNoNegativeAmount() {
    assertRejected("Purchase: customer must not be blank, got ''",
        () -> Purchase.of("", LocalDate.of(2026, 3, 14), 5));
    assertRejected("Purchase c1: amount must be a finite number not below 0, got -5.0",
        () -> Purchase.of("c1", LocalDate.of(2026, 3, 14), -5));
    assertEquals(0.0, Purchase.of("c1", LocalDate.of(2026, 3, 14), 0).amount());
  }

  @Test
  void lifetimeValueTermsNeedPositiveStepsThatDivideTheHorizon() {
    LifetimeValueTerms.Builder terms = LifetimeValueTerms.builder()
        .horizon(TimeSpan.of(3, ChronoUnit.YEARS)).discountRate(Rate.ofPercent(10))
        .discountPeriod(TimeSpan.of(1, ChronoUnit.YEARS)).margin(Rate.ofPercent(30));
    assertRejected("LifetimeValueTerms: step must be positive, got 0.0 days",
        () -> terms.step(TimeSpan.of(0, ChronoUnit.DAYS)).build());
  }

  @Test
  void lifetimeValueTermsNeedAPositiveDiscountPeriod() {
    assertRejected("LifetimeValueTerms: discountPeriod must be positive, got 0.0 years",
        () -> LifetimeValueTerms.builder().horizon(TimeSpan.of(3, ChronoUnit.YEARS))
            .step(TimeSpan.of(1, ChronoUnit.MONTHS)).discountRate(Rate.ofPercent(10))
            .discountPeriod(TimeSpan.of(0, ChronoUnit.YEARS)).margin(Rate.ofPercent(30))
            .build());
  }

  @Test
  void lifetimeValueTermsAcceptAHorizonOfExactlyOneStepOrAMillion() {
    assertEquals(1, terms(TimeSpan.of(1, ChronoUnit.DAYS), TimeSpan.of(1, ChronoUnit.DAYS))
        .steps());
    assertEquals(1_000_000, terms(TimeSpan.of(1_000_000, ChronoUnit.DAYS),
        TimeSpan.of(1, ChronoUnit.DAYS)).steps());
    assertRejected("LifetimeValueTerms: horizon must be a whole number of steps of 1.0 days (at "
        + "most a million), got 1000001.0 days",
        () -> terms(TimeSpan.of(1_000_001, ChronoUnit.DAYS), TimeSpan.of(1, ChronoUnit.DAYS)));
    assertRejected("LifetimeValueTerms: horizon must be a whole number of steps of 2.0 days (at "
        + "most a million), got 3.0 days",
        () -> terms(TimeSpan.of(3, ChronoUnit.DAYS), TimeSpan.of(2, ChronoUnit.DAYS)));
  }

  private static LifetimeValueTerms terms(TimeSpan horizon, TimeSpan step) {
    return LifetimeValueTerms.builder().horizon(horizon).step(step)
        .discountRate(Rate.ofPercent(10)).discountPeriod(TimeSpan.of(1, ChronoUnit.YEARS))
        .margin(Rate.ofPercent(30)).build();
  }

  @Test
  void parameterEstimateGivesTheNinetyFivePercentWaldInterval() {
    ParameterEstimate r = ParameterEstimate.of("r", 2, 0.5);
    assertEquals(2 - 1.959963984540054 * 0.5, r.lower95(), 1e-12);
    assertEquals(2 + 1.959963984540054 * 0.5, r.upper95(), 1e-12);
    assertEquals("r = 2.0 (se 0.5)", r.toString());
  }

  @Test
  void parameterEstimateNeedsAPositiveValueAndNoNegativeStandardError() {
    assertRejected("ParameterEstimate r: value must be a finite positive number, got 0.0",
        () -> ParameterEstimate.of("r", 0, 0.5));
    assertRejected("ParameterEstimate r: standardError must be a finite number not below 0, "
        + "got -0.5", () -> ParameterEstimate.of("r", 2, -0.5));
    assertEquals(2.0, ParameterEstimate.of("r", 2, 0).upper95());
  }
}
