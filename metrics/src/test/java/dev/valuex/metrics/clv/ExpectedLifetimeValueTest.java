package dev.valuex.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.InvalidValueException;
import dev.valuex.metrics.Rate;
import dev.valuex.metrics.TimeSpan;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class ExpectedLifetimeValueTest {

  private static final BgNbdModel PURCHASES =
      BgNbdModel.of(0.2426, 4.4135, 0.7929, 2.4258, ChronoUnit.WEEKS);
  private static final GammaGammaModel SPEND = GammaGammaModel.of(6.25, 3.74, 15.45);
  private static final PurchaseHistory CUSTOMER = PurchaseHistory.builder().customer("1")
      .frequency(2).recency(30.43).age(38.86).meanRepeatSpend(22.35).unit(ChronoUnit.WEEKS)
      .build();

  private static LifetimeValueTerms terms(double discountPercent) {
    return LifetimeValueTerms.builder()
        .horizon(TimeSpan.of(12, ChronoUnit.MONTHS))
        .step(TimeSpan.of(1, ChronoUnit.MONTHS))
        .discountRate(Rate.ofPercent(discountPercent))
        .discountPeriod(TimeSpan.of(1, ChronoUnit.YEARS))
        .margin(Rate.ofPercent(30))
        .build();
  }

  @Test
  void withoutDiscountTheValueIsExpectedPurchasesTimesSpendTimesMargin() {
    double expected = PURCHASES.expectedRepeatPurchases(CUSTOMER,
        TimeSpan.of(1, ChronoUnit.YEARS)) * SPEND.expectedAverageSpend(CUSTOMER) * 0.3;
    assertEquals(expected,
        ExpectedLifetimeValue.discounted(PURCHASES, SPEND, CUSTOMER, terms(0)), 1e-9);
  }

  @Test
  void aDiscountRateStatedPerYearIsAppliedPerYear() {
    // One step of a year at 10% per year divides by 1.1; the same rate per month would not.
    LifetimeValueTerms yearly = terms(10).withHorizon(TimeSpan.of(1, ChronoUnit.YEARS))
        .withStep(TimeSpan.of(1, ChronoUnit.YEARS));
    double undiscounted = ExpectedLifetimeValue.discounted(PURCHASES, SPEND, CUSTOMER,
        yearly.withDiscountRate(Rate.ofPercent(0)));
    assertEquals(undiscounted / 1.1,
        ExpectedLifetimeValue.discounted(PURCHASES, SPEND, CUSTOMER, yearly), 1e-9);
    double monthly = ExpectedLifetimeValue.discounted(PURCHASES, SPEND, CUSTOMER,
        yearly.withDiscountPeriod(TimeSpan.of(1, ChronoUnit.MONTHS)));
    assertTrue(monthly < undiscounted / 2, "12 months at 10% per month: " + monthly);
  }

  @Test
  void aHorizonThatIsNotAWholeNumberOfStepsIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> terms(1).withHorizon(TimeSpan.of(10, ChronoUnit.WEEKS)));
    assertEquals("LifetimeValueTerms: horizon must be a whole number of steps of 1.0 months"
        + " (at most a million), got 10.0 weeks", e.getMessage());
  }
}
