package dev.valuex.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.InvalidValueException;
import dev.valuex.metrics.TimeSpan;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class BgNbdModelTest {

  private static final BgNbdModel TRUTH = BgNbdModel.of(0.25, 4.0, 0.8, 2.5, ChronoUnit.WEEKS);
  private static final GammaGammaModel SPEND = GammaGammaModel.of(6, 4, 15);
  private static final BgNbdModel PUBLISHED =
      BgNbdModel.of(0.2426, 4.4135, 0.7929, 2.4258, ChronoUnit.WEEKS);

  @Test
  void fitRecoversSimulatedParametersWithinTheir99PercentIntervals() {
    ImmutableList<PurchaseHistory> customers =
        new Simulation(20_051_105).customers(5_000, TRUTH, SPEND, 26, 52);
    BgNbdFit fit = BgNbdModel.fit(customers);
    Simulation.covers(fit.r(), TRUTH.r());
    Simulation.covers(fit.alpha(), TRUTH.alpha());
    Simulation.covers(fit.a(), TRUTH.a());
    Simulation.covers(fit.b(), TRUTH.b());
    assertEquals(fit.logLikelihood(), fit.model().logLikelihood(customers), 1e-9);
    assertTrue(fit.model().logLikelihood(customers) > TRUTH.logLikelihood(customers),
        "the fitted model is at least as likely as the truth");
  }

  @Test
  void conditionalExpectationMatchesThePublishedWorkedExample() {
    // FHL (2005): a customer with 2 repeat purchases, the last at week 30.43 of 38.86, is
    // expected to make 1.226 purchases in the next 39 weeks.
    PurchaseHistory h = PurchaseHistory.of("1", 2, 30.43, 38.86, ChronoUnit.WEEKS);
    assertEquals(1.226, PUBLISHED.expectedRepeatPurchases(h, TimeSpan.of(39, ChronoUnit.WEEKS)),
        0.0005);
  }

  @Test
  void newCustomerExpectationAgreesWithSimulation() {
    int n = 40_000;
    double simulated = new Simulation(7).meanRepeatPurchases(n, TRUTH, 39);
    double expected = TRUTH.expectedPurchases(TimeSpan.of(39, ChronoUnit.WEEKS));
    // The count's standard deviation is below 4 here, so 4 standard errors is 4 * 4 / 200.
    assertEquals(expected, simulated, 0.08);
  }

  @Test
  void horizonsInOtherUnitsAreConvertedToTheModelsUnit() {
    PurchaseHistory h = PurchaseHistory.of("1", 3, 20, 30, ChronoUnit.WEEKS);
    double year = TRUTH.expectedRepeatPurchases(h, TimeSpan.of(1, ChronoUnit.YEARS));
    double weeks = TRUTH.expectedRepeatPurchases(h,
        TimeSpan.of(365.2425 / 7, ChronoUnit.WEEKS));
    assertEquals(weeks, year, 1e-12);
  }

  @Test
  void aCustomerWithoutRepeatPurchasesIsCertainlyAlive() {
    assertEquals(1.0, PUBLISHED.probabilityAlive(
        PurchaseHistory.of("1", 0, 0, 38.86, ChronoUnit.WEEKS)));
  }

  @Test
  void longerSilenceSinceTheLastPurchaseLowersTheProbabilityOfBeingAlive() {
    double recent = PUBLISHED.probabilityAlive(
        PurchaseHistory.of("1", 5, 38, 38.86, ChronoUnit.WEEKS));
    double silent = PUBLISHED.probabilityAlive(
        PurchaseHistory.of("1", 5, 10, 38.86, ChronoUnit.WEEKS));
    assertTrue(recent > silent, recent + " vs " + silent);
  }

  @Test
  void fittingNothingIsRejected() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> BgNbdModel.fit(List.of()));
    assertEquals("BgNbdModel: histories must hold at least one customer, got 'none'",
        e.getMessage());
  }

  @Test
  void fittingMixedUnitsIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> BgNbdModel.fit(
        List.of(PurchaseHistory.of("1", 0, 0, 3, ChronoUnit.WEEKS),
            PurchaseHistory.of("2", 0, 0, 3, ChronoUnit.DAYS))));
    assertEquals("BgNbdModel: histories must all be counted in one unit (Weeks), but customer 2"
        + " is in, got Days", e.getMessage());
  }

  @Test
  void dataWithoutAnyRepeatPurchaseCannotBeFittedAndTheReasonIsGiven() {
    List<PurchaseHistory> noRepeats = List.of(
        PurchaseHistory.of("1", 0, 0, 10, ChronoUnit.WEEKS),
        PurchaseHistory.of("2", 0, 0, 20, ChronoUnit.WEEKS),
        PurchaseHistory.of("3", 0, 0, 30, ChronoUnit.WEEKS));
    ModelFitException e =
        assertThrows(ModelFitException.class, () -> BgNbdModel.fit(noRepeats));
    assertTrue(e.getMessage().startsWith("BgNbdModel fit on 3 customers: a parameter ran off to ")
        && e.getMessage().endsWith(" (the data do not pin the model down)"), e.getMessage());
  }

  @Test
  void historiesInAnotherUnitThanTheModelAreRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> PUBLISHED.probabilityAlive(PurchaseHistory.of("7", 1, 1, 3, ChronoUnit.DAYS)));
    assertEquals("BgNbdModel: history 7 must be counted in the model's unit Weeks, got Days",
        e.getMessage());
  }

  @Test
  void nonPositiveParametersAreRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> BgNbdModel.of(0.2, -1, 0.8, 2.4, ChronoUnit.WEEKS));
    assertEquals("BgNbdModel: alpha must be a finite positive number, got -1.0", e.getMessage());
  }
}
