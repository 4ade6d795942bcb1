package dev.valuex.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.InvalidValueException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * One test per validation rule of the metrics' value types and calculators that no other test
 * breaks: the type and the message a researcher sees for a bad figure, and the boundary value
 * each rule still accepts (issue 22, mutants that survived because a rule was never broken).
 */
class ValidationRulesTest {

  private static void assertRejected(String message, Executable call) {
    InvalidValueException e = assertThrows(InvalidValueException.class, call);
    assertEquals(message, e.getMessage());
  }

  @Test
  void intervalRejectsBoundsThatAreNotFinite() {
    assertRejected("Interval: lower must be a finite number, got NaN",
        () -> Interval.of(Double.NaN, 1, 0.95));
    assertRejected("Interval: upper must be a finite number, got Infinity",
        () -> Interval.of(0, Double.POSITIVE_INFINITY, 0.95));
  }

  @Test
  void intervalRejectsAnUpperBoundBelowTheLowerAndAcceptsAPoint() {
    assertRejected("Interval: upper must not be below the lower bound 2.0, got 1.0",
        () -> Interval.of(2, 1, 0.95));
    assertEquals(0.0, Interval.of(2, 2, 0.95).width());
    assertEquals(3.0, Interval.of(-1, 2, 0.95).width());
  }

  @Test
  void intervalLevelMustLieStrictlyBetweenZeroAndOne() {
    assertRejected("Interval: level must be strictly between 0 and 1, got 0.0",
        () -> Interval.of(0, 1, 0));
    assertRejected("Interval: level must be strictly between 0 and 1, got 1.0",
        () -> Interval.of(0, 1, 1));
  }

  @Test
  void ratingScaleRejectsANegativeMinimumAndTooFewPoints() {
    assertRejected("RatingScale: min must not be negative, got -1", () -> RatingScale.of(-1, 5));
    assertRejected("RatingScale 1-2: max must be at least min + 2 (a top-two box needs three "
        + "points), got 2", () -> RatingScale.of(1, 2));
    assertEquals(2, RatingScale.of(0, 2).max());
  }

  @Test
  void ratingScaleStopsAtOneHundredPoints() {
    assertRejected("RatingScale 0-101: max must be at most 100, got 101",
        () -> RatingScale.of(0, 101));
    assertEquals(100, RatingScale.of(0, 100).max());
  }

  @Test
  void purchaseFrequencyFromCountsNeedsCustomersAndNoNegativeOrders() {
    assertRejected("PurchaseFrequency: customers must be positive, got 0",
        () -> PurchaseFrequency.fromCounts(5, 0, ChronoUnit.YEARS));
    assertRejected("PurchaseFrequency: orders must not be negative, got -1",
        () -> PurchaseFrequency.fromCounts(-1, 4, ChronoUnit.YEARS));
    assertEquals(0.0, PurchaseFrequency.fromCounts(0, 4, ChronoUnit.YEARS).purchases());
    assertEquals(2.5, PurchaseFrequency.fromCounts(10, 4, ChronoUnit.YEARS).purchases());
  }

  @Test
  void purchaseFrequencyRejectsANegativeRateAndAnHourlyPeriod() {
    assertRejected("PurchaseFrequency: purchases must be a finite number not below 0, got -0.5",
        () -> PurchaseFrequency.of(-0.5, ChronoUnit.YEARS));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> PurchaseFrequency.of(1, ChronoUnit.HOURS));
    assertEquals(true, e.getMessage().startsWith("PurchaseFrequency: per must "), e.getMessage());
    assertEquals("2.0 per year", PurchaseFrequency.of(2, ChronoUnit.YEARS).toString());
  }

  @Test
  void timeSpanConvertsOnlyToTheFourCalendarUnits() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> TimeSpan.of(1, ChronoUnit.YEARS).amountIn(ChronoUnit.HOURS));
    assertEquals(true, e.getMessage().startsWith("TimeSpan: unit must "), e.getMessage());
  }

  @Test
  void timeSpansCompareByTheirLength() {
    assertEquals(true,
        TimeSpan.of(1, ChronoUnit.YEARS).compareTo(TimeSpan.of(1, ChronoUnit.MONTHS)) > 0);
    assertEquals(true,
        TimeSpan.of(1, ChronoUnit.WEEKS).compareTo(TimeSpan.of(8, ChronoUnit.DAYS)) < 0);
    assertEquals(0, TimeSpan.of(7, ChronoUnit.DAYS).compareTo(TimeSpan.of(1, ChronoUnit.WEEKS)));
  }

  @Test
  void relativePriceNeedsPositivePrices() {
    assertRejected("RelativePrice: ours must be a finite positive number, got 0.0",
        () -> RelativePrice.fromPrices(0, 20));
    assertRejected("RelativePrice: ours must be a finite positive number, got NaN",
        () -> RelativePrice.fromPrices(Double.NaN, 20));
  }

  @Test
  void attributeRatingNeedsPositiveScoresAndAWeightUpToOneHundred() {
    assertRejected("AttributeRating taste: ours must be a finite positive number, got 0.0",
        () -> AttributeRating.of("taste", 50, 0, 7));
    assertRejected("AttributeRating taste: competitors must be a finite positive number, got 0.0",
        () -> AttributeRating.of("taste", 50, 8, 0));
    assertRejected("AttributeRating taste: weight must be a finite number in (0, 100], got 0.0",
        () -> AttributeRating.ofRatio("taste", 0, 1));
    assertRejected("AttributeRating taste: weight must be a finite number in (0, 100], got 100.5",
        () -> AttributeRating.ofRatio("taste", 100.5, 1));
    assertEquals(100.0, AttributeRating.ofRatio("taste", 100, 1).weight());
  }

  @Test
  void attributeRatingNeedsANamedAttribute() {
    assertRejected("AttributeRating: attribute must not be blank, got ' '",
        () -> AttributeRating.ofRatio(" ", 50, 1));
  }

  @Test
  void valueMapPositionNeedsANameAndPositiveCoordinates() {
    assertRejected("ValueMapPosition: name must not be blank, got ''",
        () -> ValueMapPosition.of("", 100, 100));
    assertRejected("ValueMapPosition us: quality must be a finite positive number, got 0.0",
        () -> ValueMapPosition.of("us", 0, 100));
    assertRejected("ValueMapPosition us: relativePrice must be a finite positive number, got 0.0",
        () -> ValueMapPosition.of("us", 100, 0));
  }

  @Test
  void fairValueLineNeedsFiniteCoefficients() {
    assertRejected("FairValueLine: intercept must be a finite number, got NaN",
        () -> FairValueLine.of(Double.NaN, 1));
    assertRejected("FairValueLine: slope must be a finite number, got Infinity",
        () -> FairValueLine.of(0, Double.POSITIVE_INFINITY));
  }

  @Test
  void opportunityScoreNeedsANamedOutcome() {
    assertRejected("OpportunityScore: outcome must not be blank, got ' '",
        () -> OpportunityScore.of(" ", 5, 5));
  }

  @Test
  void anOutcomeSatisfiedExactlyAsMuchAsItMattersIsNotOverServed() {
    assertEquals(false, OpportunityScore.of("fast checkout", 6, 6).isOverServed());
    assertEquals(true, OpportunityScore.of("fast checkout", 6, 6.5).isOverServed());
  }

  @Test
  void customerEconomicsNeedsOrdersAndCustomers() {
    assertRejected("AverageOrderValue: orders must be positive, got 0",
        () -> CustomerEconomics.averageOrderValue(100, 0));
    assertRejected("AverageOrderValue: revenue must be a finite number not below 0, got -1.0",
        () -> CustomerEconomics.averageOrderValue(-1, 3));
    assertEquals(0.0, CustomerEconomics.averageOrderValue(0, 3));
    assertRejected("AcquisitionCost: newCustomers must be positive, got 0",
        () -> CustomerEconomics.acquisitionCost(100, 0));
    assertRejected("AcquisitionCost: spend must be a finite number not below 0, got -1.0",
        () -> CustomerEconomics.acquisitionCost(-1, 3));
    assertEquals(0.0, CustomerEconomics.acquisitionCost(0, 3));
  }

  @Test
  void lifetimeValueRejectsANegativeAcquisitionCostAndAcceptsNone() {
    assertRejected("LifetimeValue: acquisitionCost must be a finite number not below 0, got -5.0",
        () -> LifetimeValue.discounted(List.of(10.0), Rate.ofPercent(80),
            Rate.ofPercent(10), -5));
    assertEquals(LifetimeValue.discounted(List.of(10.0), Rate.ofPercent(80), Rate.ofPercent(10)),
        LifetimeValue.discounted(List.of(10.0), Rate.ofPercent(80), Rate.ofPercent(10), 0));
  }

  @Test
  void lifetimeValueOfAConstantMarginNeedsOneToTenThousandPeriodsAndAFiniteMargin() {
    assertRejected("LifetimeValue: periods must be between 1 and 10000, got 0",
        () -> LifetimeValue.discounted(10, 0, Rate.ofPercent(80), Rate.ofPercent(10)));
    assertRejected("LifetimeValue: periods must be between 1 and 10000, got 10001",
        () -> LifetimeValue.discounted(10, 10_001, Rate.ofPercent(80), Rate.ofPercent(10)));
    assertRejected("LifetimeValue: margin must be a finite number, got NaN",
        () -> LifetimeValue.discounted(Double.NaN, 3, Rate.ofPercent(80), Rate.ofPercent(10)));
    assertEquals(LifetimeValue.discounted(List.of(10.0), Rate.ofPercent(80), Rate.ofPercent(10)),
        LifetimeValue.discounted(10, 1, Rate.ofPercent(80), Rate.ofPercent(10)));
    assertEquals(true, Double.isFinite(
        LifetimeValue.discounted(10, 10_000, Rate.ofPercent(80), Rate.ofPercent(10))));
  }

  @Test
  void retentionNeedsCustomersAtTheStartAndNoNegativeNewCustomers() {
    assertRejected("Retention: customersAtStart must be positive, got 0",
        () -> Retention.builder().customersAtStart(0).customersAtEnd(10).newCustomers(0)
            .period(ChronoUnit.YEARS).build());
    assertRejected("Retention: newCustomers must not be negative, got -1",
        () -> Retention.builder().customersAtStart(10).customersAtEnd(10).newCustomers(-1)
            .period(ChronoUnit.YEARS).build());
  }

  @Test
  void netPromoterScoreCountsMustNotBeNegative() {
    assertRejected("NetPromoterScore: passives must not be negative, got -1",
        () -> NetPromoterScore.of(5, -1, 2));
    assertRejected("NetPromoterScore: detractors must not be negative, got -1",
        () -> NetPromoterScore.of(5, 3, -1));
  }

  @Test
  void metricReadingNeedsANamedMetricAndAFiniteValue() {
    assertRejected("MetricReading: metric must not be blank, got ' '",
        () -> MetricReading.builder().metric(" ").value(1).unit("points")
            .asOf(LocalDate.of(2026, 3, 14)).build());
  }

  @Test
  void aRateWithoutItsPercentSignIsRefusedNotReadAsAnotherNumber() {
    // Without the check "12.5" would lose its last digit and read as 12%.
    assertRejected("Rate: text must be a percentage such as '12.5%', got '12.5'",
        () -> Rate.parse("12.5"));
  }

  @Test
  void attributeRatingNeedsAPositiveRatio() {
    assertRejected("AttributeRating taste: ratio must be a finite positive number, got 0.0",
        () -> AttributeRating.ofRatio("taste", 50, 0));
  }

  @Test
  void retentionAcceptsAPeriodInWhichEveryCustomerAtTheEndIsNew() {
    Retention allNew = Retention.builder().customersAtStart(10).customersAtEnd(4).newCustomers(4)
        .period(ChronoUnit.YEARS).build();
    assertEquals(0, allNew.retained());
  }

  @Test
  void netPromoterScorePromotersMustNotBeNegative() {
    assertRejected("NetPromoterScore: promoters must not be negative, got -1",
        () -> NetPromoterScore.of(-1, 3, 2));
  }

  @Test
  void anNpsDifferenceTakesLevelsStrictlyBetweenZeroAndOne() {
    NpsDifference d = NetPromoterScore.of(50, 30, 20).difference(NetPromoterScore.of(40, 30, 30));
    assertRejected("NpsDifference: level must be strictly between 0 and 1, got 1.0",
        () -> d.confidenceInterval(1));
    assertRejected("NpsDifference: alpha must be strictly between 0 and 1, got 0.0",
        () -> d.isSignificant(0));
    assertRejected("NpsDifference: alpha must be strictly between 0 and 1, got 1.0",
        () -> d.isSignificant(1));
  }
}
