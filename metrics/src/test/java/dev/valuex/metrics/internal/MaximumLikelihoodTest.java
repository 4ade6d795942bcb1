package dev.valuex.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MaximumLikelihoodTest {

  @Test
  void exponentialRateAndItsStandardErrorMatchTheClosedForm() {
    // n observations summing to s: the MLE of the rate is n / s, its standard error rate / sqrt(n)
    double n = 400;
    double s = 250;
    MaximumLikelihood.Result result = MaximumLikelihood.fit(
        p -> n * Math.log(p[0]) - p[0] * s, new double[] {1});
    assertEquals(n / s, result.parameters()[0], 1e-6);
    assertEquals(n / s / Math.sqrt(n), result.standardErrors()[0], 1e-5);
    assertEquals(n * Math.log(n / s) - n, result.logLikelihood(), 1e-9);
  }

  @Test
  void aLikelihoodThatNeverSettlesStopsWithTheReason() {
    Random noise = new Random(1);
    MaximumLikelihood.FitFailure e = assertThrows(MaximumLikelihood.FitFailure.class,
        () -> MaximumLikelihood.fit(p -> noise.nextDouble(), new double[] {1, 1}));
    assertEquals("the optimiser did not converge within 20000 likelihood evaluations",
        e.getMessage().substring(0, e.getMessage().indexOf(" (")));
  }

  @Test
  void aLikelihoodThatIsNotFiniteAtTheStartIsRejected() {
    MaximumLikelihood.FitFailure e = assertThrows(MaximumLikelihood.FitFailure.class,
        () -> MaximumLikelihood.fit(p -> Double.NaN, new double[] {1}));
    assertEquals("the log-likelihood is not finite at the starting point", e.getMessage());
  }
}
