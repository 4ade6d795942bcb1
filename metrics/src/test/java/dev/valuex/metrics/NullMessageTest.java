package dev.valuex.metrics;

import dev.valuex.core.testkit.NullSweep;
import dev.valuex.metrics.clv.BgNbdModel;
import dev.valuex.metrics.clv.GammaGammaModel;
import dev.valuex.metrics.clv.LifetimeValueTerms;
import dev.valuex.metrics.clv.PurchaseHistory;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sweeps every public static factory of the metrics' exported packages, the copy methods of
 * the sampled types and every builder setter, passing null for one parameter at a time: each
 * must throw a NullPointerException whose message names that parameter (STYLE.md); see
 * {@link NullSweep} for what is swept and why collection adders are not.
 */
class NullMessageTest {
  private static final Map<Class<?>, Object> SAMPLES = NullSweep.commonSamples()
      .put(int[].class, new int[] {9, 10, 3})
      .put(long[].class, new long[] {1, 2})
      .put(double[].class, new double[] {0.5})
      .put(RatingScale.class, RatingScale.of(1, 5))
      .put(ChronoUnit.class, ChronoUnit.WEEKS)
      .put(Rate.class, Rate.ofPercent(10))
      .put(TimeSpan.class, TimeSpan.of(1, ChronoUnit.YEARS))
      .put(PurchaseFrequency.class, PurchaseFrequency.of(2, ChronoUnit.YEARS))
      .put(NetPromoterScore.class, NetPromoterScore.of(5, 3, 2))
      .put(AttributeRating[].class, new AttributeRating[] {AttributeRating.of("taste", 50, 8, 7)})
      .put(AttributeProfile.class, AttributeProfile.of(AttributeRating.of("taste", 100, 8, 7)))
      .put(BgNbdModel.class, BgNbdModel.of(0.25, 4, 0.8, 2.4, ChronoUnit.WEEKS))
      .put(GammaGammaModel.class, GammaGammaModel.of(6, 4, 15))
      .put(PurchaseHistory.class, PurchaseHistory.of("c1", 2, 10, 20, ChronoUnit.WEEKS))
      .put(LifetimeValueTerms.class, LifetimeValueTerms.builder()
          .horizon(TimeSpan.of(3, ChronoUnit.YEARS)).step(TimeSpan.of(1, ChronoUnit.MONTHS))
          .discountRate(Rate.ofPercent(10)).discountPeriod(TimeSpan.of(1, ChronoUnit.YEARS))
          .margin(Rate.ofPercent(30)).build())
      .buildKeepingLast();

  @Test
  void everyFactoryAndCopyMethodNamesTheNullParameter() throws Exception {
    NullSweep.of(NetPromoterScore.class, SAMPLES).factoriesAndCopies().assertEveryNullNamed(15);
  }

  @Test
  void everyBuilderSetterNamesTheNullParameter() throws Exception {
    NullSweep.of(NetPromoterScore.class, SAMPLES).builderSetters().assertEveryNullNamed(5);
  }
}
