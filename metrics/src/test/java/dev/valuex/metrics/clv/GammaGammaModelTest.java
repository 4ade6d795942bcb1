package dev.valuex.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.InvalidValueException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class GammaGammaModelTest {

  private static final BgNbdModel PURCHASES =
      BgNbdModel.of(2.0, 4.0, 0.5, 4.0, ChronoUnit.WEEKS);
  private static final GammaGammaModel TRUTH = GammaGammaModel.of(6, 4, 15);

  @Test
  void fitRecoversSimulatedParametersWithinTheir99PercentIntervals() {
    ImmutableList<PurchaseHistory> customers =
        new Simulation(1_997).customers(3_000, PURCHASES, TRUTH, 26, 52);
    GammaGammaFit fit = GammaGammaModel.fit(customers);
    Simulation.covers(fit.p(), TRUTH.p());
    Simulation.covers(fit.q(), TRUTH.q());
    Simulation.covers(fit.v(), TRUTH.v());
    assertTrue(fit.warnings().isEmpty(), fit.warnings().toString());
    assertTrue(fit.customers() < customers.size(), "customers without repeats are left out");
  }

  @Test
  void spendThatGrowsWithFrequencyIsFlagged() {
    ImmutableList.Builder<PurchaseHistory> customers = ImmutableList.builder();
    for (int i = 1; i <= 60; i++) {
      int x = 1 + i % 12;
      customers.add(PurchaseHistory.builder().customer("c" + i).frequency(x).recency(x)
          .age(40).meanRepeatSpend(10.0 * x + i % 5).unit(ChronoUnit.WEEKS).build());
    }
    GammaGammaFit fit = GammaGammaModel.fit(customers.build());
    assertTrue(fit.spendFrequencyCorrelation() > 0.9, "correlation "
        + fit.spendFrequencyCorrelation());
    assertEquals(1, fit.warnings().size());
    assertTrue(fit.warnings().get(0).startsWith("mean spend and frequency correlate (Pearson r = "),
        fit.warnings().get(0));
  }

  @Test
  void expectedSpendShrinksACustomersMeanTowardsThePopulationMean() {
    double population = TRUTH.p() * TRUTH.v() / (TRUTH.q() - 1);
    PurchaseHistory big = PurchaseHistory.builder().customer("b").frequency(3).recency(10)
        .age(20).meanRepeatSpend(200).unit(ChronoUnit.WEEKS).build();
    double expected = TRUTH.expectedAverageSpend(big);
    assertTrue(population < expected && expected < 200, population + " < " + expected);
    assertEquals(population, TRUTH.expectedAverageSpend(
        PurchaseHistory.of("n", 0, 0, 20, ChronoUnit.WEEKS)), 1e-12);
  }

  @Test
  void fittingCustomersWithoutRepeatPurchasesIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> GammaGammaModel.fit(List.of(PurchaseHistory.of("1", 0, 0, 3, ChronoUnit.WEEKS))));
    assertEquals("GammaGammaModel: histories must hold at least one customer with a repeat"
        + " purchase, got '1 without'", e.getMessage());
  }

  @Test
  void anInfiniteMeanSpendIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> GammaGammaModel.of(2, 0.5, 3).expectedAverageSpend(
            PurchaseHistory.of("1", 0, 0, 3, ChronoUnit.WEEKS)));
    assertEquals("GammaGammaModel: q must exceed 1 for a finite mean spend, got 0.5",
        e.getMessage());
  }
}
