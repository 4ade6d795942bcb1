package dev.valuex.metrics.clv;

import org.immutables.value.Value;

/**
 * A BG/NBD model fitted by maximum likelihood: the model, each parameter's estimate with its
 * standard error, and the maximised log-likelihood.
 */
@Value.Immutable
public abstract class BgNbdFit {

  BgNbdFit() {}

  /**
   * Returns the fitted model.
   *
   * @return the model, never null
   */
  public abstract BgNbdModel model();

  /**
   * Returns the estimate of r.
   *
   * @return the estimate with its standard error, never null
   */
  public abstract ParameterEstimate r();

  /**
   * Returns the estimate of alpha.
   *
   * @return the estimate with its standard error, never null
   */
  public abstract ParameterEstimate alpha();

  /**
   * Returns the estimate of a.
   *
   * @return the estimate with its standard error, never null
   */
  public abstract ParameterEstimate a();

  /**
   * Returns the estimate of b.
   *
   * @return the estimate with its standard error, never null
   */
  public abstract ParameterEstimate b();

  /**
   * Returns the maximised log-likelihood.
   *
   * @return the log-likelihood
   */
  public abstract double logLikelihood();

  /**
   * Returns the number of customers fitted.
   *
   * @return the count, positive
   */
  public abstract int customers();

  /**
   * Returns the number of likelihood evaluations the optimiser spent.
   *
   * @return the count
   */
  public abstract int evaluations();

  static ImmutableBgNbdFit.Builder builder() {
    return ImmutableBgNbdFit.builder();
  }
}
