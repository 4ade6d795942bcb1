package dev.valuex.benchmarks.clv;

import com.google.common.collect.ImmutableList;
import dev.valuex.metrics.clv.BgNbdModel;
import dev.valuex.metrics.clv.PurchaseHistory;
import java.time.temporal.ChronoUnit;
import org.hipparchus.random.RandomDataGenerator;

/**
 * A synthetic cohort drawn from the BG/NBD story with the published CDNOW estimates, observed
 * for 27 to 39 weeks like the CDNOW customers, so the benchmarks need no external data.
 */
final class Cohort {
  static final BgNbdModel CDNOW = BgNbdModel.of(0.2426, 4.4135, 0.7929, 2.4258, ChronoUnit.WEEKS);

  private Cohort() {}

  static ImmutableList<PurchaseHistory> draw(int customers, long seed) {
    RandomDataGenerator random = new RandomDataGenerator(seed);
    ImmutableList.Builder<PurchaseHistory> result = ImmutableList.builder();
    for (int i = 0; i < customers; i++) {
      double age = random.nextUniform(27, 39);
      double rate = random.nextGamma(CDNOW.r(), 1 / CDNOW.alpha());
      double dropout = random.nextBeta(CDNOW.a(), CDNOW.b());
      int repeats = 0;
      double last = 0;
      for (double t = random.nextExponential(1 / rate); t <= age;
          t += random.nextExponential(1 / rate)) {
        repeats++;
        last = t;
        if (random.nextDouble() < dropout) {
          break;
        }
      }
      result.add(PurchaseHistory.of("c" + i, repeats, last, age, ChronoUnit.WEEKS));
    }
    return result.build();
  }
}
