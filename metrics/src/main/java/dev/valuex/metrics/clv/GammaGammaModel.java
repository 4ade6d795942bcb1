package dev.valuex.metrics.clv;

import static dev.valuex.core.internal.Checks.check;

import com.google.common.collect.ImmutableList;
import dev.valuex.metrics.internal.MaximumLikelihood;
import java.util.List;
import org.hipparchus.special.Gamma;
import org.immutables.value.Value;

/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie and Lee 2005, "RFM and CLV"):
 * a customer's transaction values are gamma-distributed with shape {@link #p()} and a rate ν
 * that is itself gamma-distributed across customers with shape {@link #q()} and rate
 * {@link #v()}. It assumes that how much a customer spends is independent of how often they
 * buy; {@link GammaGammaFit#warnings()} flags data where the two correlate.
 *
 * <pre>{@code
 * GammaGammaFit spend = GammaGammaModel.fit(histories);
 * double expected = spend.model().expectedAverageSpend(histories.get(0));
 * }</pre>
 */
@Value.Immutable
public abstract class GammaGammaModel {

  /** The absolute spend-frequency correlation from which a fit warns. */
  public static final double CORRELATION_WARNING = 0.3;

  GammaGammaModel() {}

  /**
   * Returns the shape of the gamma distribution of one customer's transaction values.
   *
   * @return p, positive
   */
  public abstract double p();

  /**
   * Returns the shape of the gamma distribution of the rate ν across customers.
   *
   * @return q, positive
   */
  public abstract double q();

  /**
   * Returns the rate of the gamma distribution of ν across customers, in currency units.
   *
   * @return v, positive
   */
  public abstract double v();

  /**
   * Returns a model with given parameters.
   *
   * @param p the transaction-value shape, positive
   * @param q the shape of ν, positive
   * @param v the rate of ν, positive
   * @return the model, never null
   * @throws dev.valuex.core.InvalidValueException if a parameter is not finite and positive
   */
  public static GammaGammaModel of(double p, double q, double v) {
    return ImmutableGammaGammaModel.builder().p(p).q(q).v(v).build();
  }

  /**
   * Fits the model by maximum likelihood to the customers with at least one repeat purchase
   * (the others carry no spend information and are left out).
   *
   * @param histories the customers' summaries with their mean repeat spend
   * @return the fitted model with standard errors, the log-likelihood and warnings, never null
   * @throws dev.valuex.core.InvalidValueException if no customer has a repeat purchase with a
   *     positive mean spend
   * @throws ModelFitException if the likelihood cannot be maximised; the message says why
   */
  public static GammaGammaFit fit(List<PurchaseHistory> histories) {
    int n = 0;
    for (PurchaseHistory h : histories) {
      if (h.frequency() > 0) {
        check(h.meanRepeatSpend() > 0, "GammaGammaModel", "meanRepeatSpend of customer "
            + h.customer(), "be positive for a customer with repeat purchases",
            h.meanRepeatSpend());
        n++;
      }
    }
    check(n > 0, "GammaGammaModel", "histories",
        "hold at least one customer with a repeat purchase", histories.size() + " without");
    int[] x = new int[n];
    double[] m = new double[n];
    int i = 0;
    for (PurchaseHistory h : histories) {
      if (h.frequency() > 0) {
        x[i] = h.frequency();
        m[i] = h.meanRepeatSpend();
        i++;
      }
    }
    double mean = 0;
    for (double value : m) {
      mean += value / n;
    }
    MaximumLikelihood.Result result;
    try {
      result = MaximumLikelihood.fit(p -> logLikelihood(p[0], p[1], p[2], x, m),
          new double[] {1, 1, Math.max(mean, 1e-3)});
    } catch (MaximumLikelihood.FitFailure e) {
      throw new ModelFitException("GammaGammaModel fit on " + n + " customers: "
          + e.getMessage());
    }
    double correlation = correlation(x, m);
    ImmutableList<String> warnings = Math.abs(correlation) >= CORRELATION_WARNING
        ? ImmutableList.of(String.format(java.util.Locale.ROOT,
            "mean spend and frequency correlate (Pearson r = %.3f, |r| >= %.1f): the"
                + " Gamma-Gamma model assumes they are independent", correlation,
            CORRELATION_WARNING))
        : ImmutableList.of();
    double[] p = result.parameters();
    double[] se = result.standardErrors();
    return ImmutableGammaGammaFit.builder()
        .model(of(p[0], p[1], p[2]))
        .p(ParameterEstimate.of("p", p[0], se[0]))
        .q(ParameterEstimate.of("q", p[1], se[1]))
        .v(ParameterEstimate.of("v", p[2], se[2]))
        .logLikelihood(result.logLikelihood())
        .customers(n)
        .spendFrequencyCorrelation(correlation)
        .addAllWarnings(warnings)
        .build();
  }

  /**
   * Returns the expected mean transaction value of a customer given the history (FHL 2005,
   * equation 5): a weighted mean of the population mean {@code p v / (q - 1)} and the
   * customer's own mean repeat spend, weighted by the number of repeat purchases. A customer
   * without repeat purchases gets the population mean.
   *
   * @param history the customer's summary
   * @return the expected spend per transaction
   * @throws dev.valuex.core.InvalidValueException if {@code q <= 1} (the population mean is
   *     then infinite)
   */
  public final double expectedAverageSpend(PurchaseHistory history) {
    check(q() > 1, "GammaGammaModel", "q", "exceed 1 for a finite mean spend", q());
    double px = p() * history.frequency();
    double populationMean = p() * v() / (q() - 1);
    return (q() - 1) / (px + q() - 1) * populationMean
        + px / (px + q() - 1) * history.meanRepeatSpend();
  }

  static double logLikelihood(double p, double q, double v, int[] x, double[] m) {
    double total = 0;
    double constant = -Gamma.logGamma(q) + q * Math.log(v);
    for (int i = 0; i < x.length; i++) {
      double px = p * x[i];
      total += Gamma.logGamma(px + q) - Gamma.logGamma(px) + constant
          + (px - 1) * Math.log(m[i]) + px * Math.log(x[i]) - (px + q) * Math.log(x[i] * m[i] + v);
    }
    return total;
  }

  private static double correlation(int[] x, double[] m) {
    int n = x.length;
    double mx = 0;
    double mm = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i] / (double) n;
      mm += m[i] / n;
    }
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (m[i] - mm);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (m[i] - mm) * (m[i] - mm);
    }
    return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
  }

  @Value.Check
  final void validate() {
    check(Double.isFinite(p()) && p() > 0, "GammaGammaModel", "p", "be a finite positive number",
        p());
    check(Double.isFinite(q()) && q() > 0, "GammaGammaModel", "q", "be a finite positive number",
        q());
    check(Double.isFinite(v()) && v() > 0, "GammaGammaModel", "v", "be a finite positive number",
        v());
  }
}
