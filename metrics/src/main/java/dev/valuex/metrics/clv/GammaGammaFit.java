package dev.valuex.metrics.clv;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * A Gamma-Gamma model fitted by maximum likelihood: the model, each parameter's estimate with
 * its standard error, the log-likelihood, and the check of the model's independence assumption.
 */
@Value.Immutable
public abstract class GammaGammaFit {

  GammaGammaFit() {}

  /**
   * Returns the fitted model.
   *
   * @return the model, never null
   */
  public abstract GammaGammaModel model();

  /**
   * Returns the estimate of p.
   *
   * @return the estimate with its standard error, never null
   */
  public abstract ParameterEstimate p();

  /**
   * Returns the estimate of q.
   *
   * @return the estimate with its standard error, never null
   */
  public abstract ParameterEstimate q();

  /**
   * Returns the estimate of v.
   *
   * @return the estimate with its standard error, never null
   */
  public abstract ParameterEstimate v();

  /**
   * Returns the maximised log-likelihood.
   *
   * @return the log-likelihood
   */
  public abstract double logLikelihood();

  /**
   * Returns the number of customers fitted (those with a repeat purchase).
   *
   * @return the count, positive
   */
  public abstract int customers();

  /**
   * Returns the Pearson correlation between the customers' frequency and mean repeat spend,
   * which the model assumes to be near 0.
   *
   * @return the correlation, in [-1, 1]
   */
  public abstract double spendFrequencyCorrelation();

  /**
   * Returns warnings about the fit, e.g. that spend and frequency correlate
   * ({@code |r| >= }{@link GammaGammaModel#CORRELATION_WARNING}).
   *
   * @return the warnings, empty when there are none
   */
  public abstract ImmutableList<String> warnings();
}
