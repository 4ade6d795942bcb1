package dev.valuex.metrics.clv;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.random.RandomDataGenerator;

/** Draws customers from the BG/NBD and Gamma-Gamma generative stories, with a fixed seed. */
final class Simulation {
  private final RandomDataGenerator random;

  /** Asserts that the estimate's 99% Wald interval covers the true value. */
  static void covers(ParameterEstimate estimate, double truth) {
    double lower = estimate.value() - 2.5758 * estimate.standardError();
    double upper = estimate.value() + 2.5758 * estimate.standardError();
    assertTrue(lower <= truth && truth <= upper,
        estimate + ": 99% interval [" + lower + ", " + upper + "] misses " + truth);
  }

  Simulation(long seed) {
    this.random = new RandomDataGenerator(seed);
  }

  /**
   * Simulates customers observed for an age drawn uniformly in [minAge, maxAge] weeks: a
   * purchase rate from Gamma(r, rate alpha), a dropout probability from Beta(a, b), Poisson
   * purchases while active and a coin toss for dropout after each repeat purchase; each
   * purchase's value from Gamma(p, rate nu) with nu from Gamma(q, rate v).
   */
  ImmutableList<PurchaseHistory> customers(int n, BgNbdModel purchases, GammaGammaModel spend,
      double minAge, double maxAge) {
    ImmutableList.Builder<PurchaseHistory> result = ImmutableList.builder();
    for (int i = 0; i < n; i++) {
      double age = minAge == maxAge ? minAge : random.nextUniform(minAge, maxAge);
      double lambda = random.nextGamma(purchases.r(), 1 / purchases.alpha());
      double dropout = random.nextBeta(purchases.a(), purchases.b());
      double nu = random.nextGamma(spend.q(), 1 / spend.v());
      int x = 0;
      double t = 0;
      double last = 0;
      double total = 0;
      while (true) {
        t += random.nextExponential(1 / lambda);
        if (t > age) {
          break;
        }
        x++;
        last = t;
        total += random.nextGamma(spend.p(), 1 / nu);
        if (random.nextDouble() < dropout) {
          break;
        }
      }
      result.add(PurchaseHistory.builder().customer("c" + i).frequency(x).recency(last)
          .age(age).meanRepeatSpend(x == 0 ? 0 : total / x).unit(ChronoUnit.WEEKS).build());
    }
    return result.build();
  }

  /** Counts a new customer's repeat purchases in the first t weeks, averaged over n draws. */
  double meanRepeatPurchases(int n, BgNbdModel purchases, double t) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += customers(1, purchases, GammaGammaModel.of(1, 2, 1), t, t).get(0).frequency();
    }
    return sum / n;
  }

  /**
   * Simulates purchases ending on {@code end}: each customer's first purchase falls 26 to 52
   * weeks before it, repeat purchases follow the BG/NBD story, each worth a Gamma-Gamma draw.
   */
  List<Purchase> purchases(int n, BgNbdModel model, GammaGammaModel spend, LocalDate end) {
    List<Purchase> result = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double age = random.nextUniform(26, 52);
      double lambda = random.nextGamma(model.r(), 1 / model.alpha());
      double dropout = random.nextBeta(model.a(), model.b());
      double nu = random.nextGamma(spend.q(), 1 / spend.v());
      LocalDate first = end.minusDays(Math.round(age * 7));
      result.add(Purchase.of("c" + i, first, random.nextGamma(spend.p(), 1 / nu)));
      for (double t = random.nextExponential(1 / lambda); t <= age;
          t += random.nextExponential(1 / lambda)) {
        LocalDate day = first.plusDays(Math.round(t * 7));
        if (!day.isAfter(end)) {
          result.add(Purchase.of("c" + i, day, random.nextGamma(spend.p(), 1 / nu)));
        }
        if (random.nextDouble() < dropout) {
          break;
        }
      }
    }
    return result;
  }
}
