package dev.valuex.metrics;

import java.time.LocalDate;

/**
 * A metric result with one headline number, such as a Net Promoter Score of 32 points or a
 * retention rate of 80%, that a measure of a value creation plan can observe.
 *
 * <p>{@link #readingOn(LocalDate)} dates the number, giving the plain
 * {@link MetricReading} that becomes an observation of a plan measure.
 */
public interface MetricResult {

  /**
   * Returns the name of the metric, e.g. {@code "Net Promoter Score"}.
   *
   * @return the name, never null or blank
   */
  String metric();

  /**
   * Returns the headline number, in {@link #unit()}.
   *
   * @return the value, finite
   */
  double value();

  /**
   * Returns the unit of {@link #value()}, e.g. {@code "points"} or {@code "%"}.
   *
   * @return the unit, never null or blank
   */
  String unit();

  /**
   * Returns the headline number dated as of a day, ready to record against a plan measure.
   *
   * @param asOf the day the result describes, not null
   * @return the reading, never null
   */
  default MetricReading readingOn(LocalDate asOf) {
    return MetricReading.builder().metric(metric()).value(value()).unit(unit()).asOf(asOf)
        .build();
  }
}
