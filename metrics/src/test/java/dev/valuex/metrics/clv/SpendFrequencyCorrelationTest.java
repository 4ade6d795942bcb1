package dev.valuex.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The Pearson correlation a Gamma-Gamma fit reports between repeat purchases and mean spend,
 * and the warning it raises, checked against the textbook one-pass formula (issue 22: a wrong
 * mean or sum of squares in the fit's own two-pass formula went unnoticed).
 */
class SpendFrequencyCorrelationTest {

  private static List<PurchaseHistory> customers(boolean spendFalls) {
    ImmutableList.Builder<PurchaseHistory> customers = ImmutableList.builder();
    for (int i = 1; i <= 60; i++) {
      int x = 1 + i % 12;
      double spend = spendFalls ? 200.0 - 10 * x + i % 7 : 50.0 + 3 * x + (i * 37) % 40;
      customers.add(PurchaseHistory.builder().customer("c" + i).frequency(x).recency(x)
          .age(40).meanRepeatSpend(spend).unit(ChronoUnit.WEEKS).build());
    }
    return customers.build();
  }

  private static double pearson(List<PurchaseHistory> customers) {
    double n = customers.size();
    double sx = 0;
    double sy = 0;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (PurchaseHistory h : customers) {
      double x = h.frequency();
      double y = h.meanRepeatSpend();
      sx += x;
      sy += y;
      sxy += x * y;
      sxx += x * x;
      syy += y * y;
    }
    return (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
  }

  @Test
  void theFitReportsThePearsonCorrelationOfFrequencyAndMeanSpend() {
    List<PurchaseHistory> customers = customers(false);
    GammaGammaFit fit = GammaGammaModel.fit(customers);
    assertEquals(pearson(customers), fit.spendFrequencyCorrelation(), 1e-9);
  }

  @Test
  void spendThatFallsWithFrequencyIsFlaggedWithItsNegativeCorrelation() {
    List<PurchaseHistory> customers = customers(true);
    double r = pearson(customers);
    GammaGammaFit fit = GammaGammaModel.fit(customers);
    assertEquals(r, fit.spendFrequencyCorrelation(), 1e-9);
    assertEquals(List.of(String.format(Locale.ROOT, "mean spend and frequency correlate "
        + "(Pearson r = %.3f, |r| >= 0.3): the Gamma-Gamma model assumes they are independent",
        r)), fit.warnings());
  }
}
