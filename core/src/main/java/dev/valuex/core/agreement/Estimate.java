package dev.valuex.core.agreement;

import static dev.valuex.core.internal.Checks.check;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * An agreement coefficient with its 95% interval: the value computed on all units, and the 2.5th
 * and 97.5th percentiles of the same coefficient over bootstrap resamples of the units (percentile
 * interval, Efron and Tibshirani 1993, chapter 13). Percentiles are interpolated linearly between
 * order statistics, the {@code p}th at position {@code p * (replicates - 1)} of the sorted
 * replicates counted from 0 (Hyndman and Fan's type 7, R's default). Resamples on which the
 * coefficient is undefined (every value the same, so no agreement beyond chance can be told) are
 * left out; {@link #replicates()} says how many counted, and when none did the interval is the
 * value itself.
 */
@Value.Immutable
public abstract class Estimate {
  /** The confidence level of every interval. */
  public static final double LEVEL = 0.95;

  Estimate() {}

  /**
   * Returns the coefficient computed on all units.
   *
   * @return the value, a finite number at most 1
   */
  public abstract double value();

  /**
   * Returns the lower end of the 95% interval.
   *
   * @return the lower end, at most {@link #upper()}
   */
  public abstract double lower();

  /**
   * Returns the upper end of the 95% interval.
   *
   * @return the upper end
   */
  public abstract double upper();

  /**
   * Returns how many units (statements) the value rests on.
   *
   * @return the count, at least 1
   */
  public abstract int units();

  /**
   * Returns how many bootstrap resamples gave a defined coefficient and so form the interval.
   *
   * @return the count, 0 when none did and the interval is the value itself
   */
  public abstract int replicates();

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the value and interval to three decimals, e.g. {@code 0.743 [0.512, 0.901]}.
   *
   * @return the estimate as text, never null
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", value(), lower(), upper());
  }

  @Value.Check
  final void validate() {
    check(Double.isFinite(value()) && value() <= 1 + 1e-9, "Estimate", "value",
        "be a finite number at most 1", value());
    check(Double.isFinite(lower()) && lower() <= upper(), "Estimate", "lower",
        "be finite and at most upper " + upper(), lower());
    check(Double.isFinite(upper()), "Estimate", "upper", "be finite", upper());
    check(units() >= 1, "Estimate", "units", "be at least 1", units());
    check(replicates() >= 0, "Estimate", "replicates", "be at least 0", replicates());
  }

  /** Builds {@link Estimate}s; every attribute must be set once. */
  public static final class Builder extends ImmutableEstimate.Builder {
    Builder() {}
  }
}
