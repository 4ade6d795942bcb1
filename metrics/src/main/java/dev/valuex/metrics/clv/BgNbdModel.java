package dev.valuex.metrics.clv;

import static dev.valuex.core.internal.Checks.check;

import dev.valuex.metrics.TimeSpan;
import dev.valuex.metrics.internal.Hypergeometric;
import dev.valuex.metrics.internal.MaximumLikelihood;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.immutables.value.Value;

/**
 * The BG/NBD model of repeat buying (Fader, Hardie and Lee 2005, "Counting your customers the
 * easy way"): while active, a customer buys at a Poisson rate λ, gamma-distributed across
 * customers with shape {@link #r()} and rate {@link #alpha()}; after each purchase the
 * customer drops out for good with probability p, beta-distributed with {@link #a()} and
 * {@link #b()}. Times are in {@link #unit()}s: α is a time and λ a rate per unit, so a model
 * fitted on weeks answers in weeks, and horizons given in other units are converted.
 *
 * <pre>{@code
 * BgNbdFit fit = BgNbdModel.fit(histories);
 * double alive = fit.model().probabilityAlive(histories.get(0));
 * double next = fit.model().expectedRepeatPurchases(histories.get(0),
 *     TimeSpan.of(52, ChronoUnit.WEEKS));
 * }</pre>
 */
@Value.Immutable
public abstract class BgNbdModel {

  BgNbdModel() {}

  /**
   * Returns the shape of the gamma distribution of purchase rates.
   *
   * @return r, positive
   */
  public abstract double r();

  /**
   * Returns the rate (inverse scale) of the gamma distribution of purchase rates, a time in
   * {@link #unit()}s.
   *
   * @return alpha, positive
   */
  public abstract double alpha();

  /**
   * Returns the first shape of the beta distribution of dropout probabilities.
   *
   * @return a, positive
   */
  public abstract double a();

  /**
   * Returns the second shape of the beta distribution of dropout probabilities.
   *
   * @return b, positive
   */
  public abstract double b();

  /**
   * Returns the unit in which the model counts time.
   *
   * @return days, weeks, months or years, never null
   */
  public abstract ChronoUnit unit();

  /**
   * Returns a model with given parameters.
   *
   * @param r the gamma shape, positive
   * @param alpha the gamma rate, positive
   * @param a the first beta shape, positive
   * @param b the second beta shape, positive
   * @param unit the unit of time
   * @return the model, never null
   * @throws dev.valuex.core.InvalidValueException if a parameter is not finite and positive
   */
  public static BgNbdModel of(double r, double alpha, double a, double b, ChronoUnit unit) {
    return ImmutableBgNbdModel.builder().r(r).alpha(alpha).a(a).b(b).unit(unit).build();
  }

  /**
   * Fits the model to purchase histories by maximum likelihood.
   *
   * @param histories the customers' summaries, at least one, all in the same unit
   * @return the fitted model with standard errors and the log-likelihood, never null
   * @throws dev.valuex.core.InvalidValueException if {@code histories} is empty or mixes units
   * @throws ModelFitException if the likelihood cannot be maximised; the message says why
   */
  public static BgNbdFit fit(List<PurchaseHistory> histories) {
    ChronoUnit unit = commonUnit(histories, "BgNbdModel");
    Columns columns = Columns.of(histories);
    double meanAge = 0;
    for (double t : columns.age) {
      meanAge += t / columns.size;
    }
    MaximumLikelihood.Result result;
    try {
      result = MaximumLikelihood.fit(
          p -> logLikelihood(p[0], p[1], p[2], p[3], columns),
          new double[] {1, Math.max(meanAge, 1e-3), 1, 1});
    } catch (MaximumLikelihood.FitFailure e) {
      throw new ModelFitException("BgNbdModel fit on " + histories.size() + " customers: "
          + e.getMessage());
    }
    double[] p = result.parameters();
    double[] se = result.standardErrors();
    return BgNbdFit.builder()
        .model(of(p[0], p[1], p[2], p[3], unit))
        .r(ParameterEstimate.of("r", p[0], se[0]))
        .alpha(ParameterEstimate.of("alpha", p[1], se[1]))
        .a(ParameterEstimate.of("a", p[2], se[2]))
        .b(ParameterEstimate.of("b", p[3], se[3]))
        .logLikelihood(result.logLikelihood())
        .customers(histories.size())
        .evaluations(result.evaluations())
        .build();
  }

  /**
   * Returns the log-likelihood of the histories under this model (FHL 2005, equation 6).
   *
   * @param histories the customers' summaries, at least one, in this model's unit
   * @return the sum of the customers' log-likelihoods
   * @throws dev.valuex.core.InvalidValueException if {@code histories} is empty or in another
   *     unit
   */
  public final double logLikelihood(List<PurchaseHistory> histories) {
    ChronoUnit unit = commonUnit(histories, "BgNbdModel");
    check(unit == unit(), "BgNbdModel", "histories",
        "be counted in the model's unit " + unit(), unit);
    int maxX = 0;
    for (PurchaseHistory h : histories) {
      maxX = Math.max(maxX, h.frequency());
    }
    double[] common = new double[maxX + 1];
    double[] dropout = new double[maxX + 1];
    tabulate(r(), a(), b(), common, dropout);
    double logAlpha = Math.log(alpha());
    double total = 0;
    for (PurchaseHistory h : histories) {
      total += customerTerm(r(), alpha(), logAlpha, h.frequency(), h.recency(), h.age(), common,
          dropout);
    }
    return total;
  }

  /**
   * Returns the probability that the customer is still active at the end of the calibration
   * period, given the history.
   *
   * @param history the customer's summary, in this model's unit
   * @return the probability, in [0, 1]
   */
  public final double probabilityAlive(PurchaseHistory history) {
    checkUnit(history);
    int x = history.frequency();
    if (x == 0) {
      return 1;
    }
    double logRatio = Math.log(a()) - Math.log(b() + x - 1)
        + (r() + x) * (Math.log(alpha() + history.age()) - Math.log(alpha() + history.recency()));
    return 1 / (1 + Math.exp(logRatio));
  }

  /**
   * Returns the expected number of purchases a customer with this history makes in the
   * {@code horizon} after the end of the calibration period (FHL 2005, equation 10).
   *
   * @param history the customer's summary, in this model's unit
   * @param horizon the future period, converted to this model's unit
   * @return the expected count, not negative
   */
  public final double expectedRepeatPurchases(PurchaseHistory history, TimeSpan horizon) {
    checkUnit(history);
    double t = horizon.amountIn(unit());
    if (t == 0) {
      return 0;
    }
    int x = history.frequency();
    double r = r();
    double alpha = alpha();
    double a = awayFromOne(a());
    double b = b();
    double big = alpha + history.age();
    double z = t / (big + t);
    double hyper = Hypergeometric.f21(r + x, b + x, a + b + x - 1, z);
    double numerator = (a + b + x - 1) / (a - 1)
        * -Math.expm1((r + x) * Math.log(big / (big + t)) + Math.log(hyper));
    double denominator = x == 0 ? 1
        : 1 + a / (b + x - 1) * Math.exp((r + x) * Math.log(big / (alpha + history.recency())));
    return Math.max(0, numerator / denominator);
  }

  /**
   * Returns the expected number of repeat purchases of a new customer in the first {@code t}
   * after the first purchase (FHL 2005, equation 9).
   *
   * @param t the time since the first purchase, converted to this model's unit
   * @return the expected count, not negative
   */
  public final double expectedPurchases(TimeSpan t) {
    double time = t.amountIn(unit());
    if (time == 0) {
      return 0;
    }
    double a = awayFromOne(a());
    double hyper = Hypergeometric.f21(r(), b(), a + b() - 1, time / (alpha() + time));
    return Math.max(0, (a + b() - 1) / (a - 1)
        * -Math.expm1(r() * Math.log(alpha() / (alpha() + time)) + Math.log(hyper)));
  }

  /**
   * The expectations divide by {@code a - 1}; their limit at a = 1 is finite, and is taken as
   * the value at a distance of 1e-7, which changes the result by about that relative amount.
   */
  private static double awayFromOne(double a) {
    return Math.abs(a - 1) < 1e-7 ? (a < 1 ? 1 - 1e-7 : 1 + 1e-7) : a;
  }

  private void checkUnit(PurchaseHistory history) {
    check(history.unit() == unit(), "BgNbdModel", "history " + history.customer(),
        "be counted in the model's unit " + unit(), history.unit());
  }

  static ChronoUnit commonUnit(List<PurchaseHistory> histories, String subject) {
    check(!histories.isEmpty(), subject, "histories", "hold at least one customer", "none");
    ChronoUnit unit = histories.get(0).unit();
    for (PurchaseHistory h : histories) {
      check(h.unit() == unit, subject, "histories",
          "all be counted in one unit (" + unit + "), but customer " + h.customer() + " is in",
          h.unit());
    }
    return unit;
  }

  /**
   * The log-likelihood over columns. For integer x, {@code lnΓ(r+x) - lnΓ(r)} and the beta
   * ratio {@code B(a, b+x) / B(a, b)} are sums of logarithms, tabulated once per call for x up
   * to the largest frequency, so no log-gamma is evaluated per customer.
   */
  static double logLikelihood(double r, double alpha, double a, double b, Columns c) {
    double[] common = new double[c.maxFrequency + 1];
    double[] dropout = new double[c.maxFrequency + 1];
    tabulate(r, a, b, common, dropout);
    double logAlpha = Math.log(alpha);
    double total = 0;
    for (int i = 0; i < c.size; i++) {
      total += customerTerm(r, alpha, logAlpha, c.frequency[i], c.recency[i], c.age[i], common,
          dropout);
    }
    return total;
  }

  private static void tabulate(double r, double a, double b, double[] common, double[] dropout) {
    double sum = 0;
    for (int x = 0; x < common.length; x++) {
      common[x] = sum;
      dropout[x] = x == 0 ? Double.NEGATIVE_INFINITY : Math.log(a) - Math.log(b + x - 1);
      sum += Math.log(r + x) + Math.log(b + x) - Math.log(a + b + x);
    }
  }

  /** One customer's log-likelihood, FHL (2005) equation 6, with the tabulated sums. */
  private static double customerTerm(double r, double alpha, double logAlpha, int x,
      double recency, double age, double[] common, double[] dropout) {
    double rx = r + x;
    double a3 = -rx * Math.log(alpha + age);
    double term;
    if (x == 0) {
      term = a3;
    } else {
      double a4 = dropout[x] - rx * Math.log(alpha + recency);
      term = a3 > a4 ? a3 + Math.log1p(Math.exp(a4 - a3)) : a4 + Math.log1p(Math.exp(a3 - a4));
    }
    return r * logAlpha + common[x] + term;
  }

  @Value.Check
  final void validate() {
    positive(r(), "r");
    positive(alpha(), "alpha");
    positive(a(), "a");
    positive(b(), "b");
    PurchaseHistory.checkUnit(unit());
  }

  static void positive(double value, String field) {
    check(Double.isFinite(value) && value > 0, "BgNbdModel", field,
        "be a finite positive number", value);
  }
}
