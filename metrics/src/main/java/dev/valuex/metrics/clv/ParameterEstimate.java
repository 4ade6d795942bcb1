package dev.valuex.metrics.clv;

import static dev.valuex.core.internal.Checks.check;

import org.immutables.value.Value;

/**
 * A maximum-likelihood estimate of one model parameter with its standard error, taken from the
 * observed information (the inverse of the negative Hessian of the log-likelihood).
 */
@Value.Immutable
public abstract class ParameterEstimate {

  private static final double Z95 = 1.959963984540054;

  ParameterEstimate() {}

  /**
   * Returns the parameter's name as in the literature, e.g. {@code "alpha"}.
   *
   * @return the name, never null
   */
  public abstract String name();

  /**
   * Returns the estimate.
   *
   * @return the estimate, finite and positive
   */
  public abstract double value();

  /**
   * Returns the standard error of the estimate.
   *
   * @return the standard error, finite and not negative
   */
  public abstract double standardError();

  /**
   * Returns the lower end of the approximate 95% Wald interval, {@code value - 1.96 se}.
   *
   * @return the lower end
   */
  public final double lower95() {
    return value() - Z95 * standardError();
  }

  /**
   * Returns the upper end of the approximate 95% Wald interval, {@code value + 1.96 se}.
   *
   * @return the upper end
   */
  public final double upper95() {
    return value() + Z95 * standardError();
  }

  static ParameterEstimate of(String name, double value, double standardError) {
    return ImmutableParameterEstimate.builder().name(name).value(value)
        .standardError(standardError).build();
  }

  @Override
  public final String toString() {
    return name() + " = " + value() + " (se " + standardError() + ")";
  }

  @Value.Check
  final void validate() {
    check(Double.isFinite(value()) && value() > 0, "ParameterEstimate " + name(), "value",
        "be a finite positive number", value());
    check(Double.isFinite(standardError()) && standardError() >= 0,
        "ParameterEstimate " + name(), "standardError", "be a finite number not below 0",
        standardError());
  }
}
