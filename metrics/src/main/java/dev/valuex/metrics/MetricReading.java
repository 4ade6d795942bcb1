package dev.valuex.metrics;

import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;

import dev.valuex.core.measure.Measure;
import dev.valuex.core.measure.Observation;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A dated metric value, the plain number a measure of a value creation plan observes: the
 * bridge from a metric result to an observation.
 *
 * <p>Recording one against a measure takes the value and the date; the unit is there to check
 * that it matches the measure's unit. Results that are not a {@link MetricResult}, such as a
 * lifetime value, are dated with the builder.
 *
 * <pre>{@code
 * MetricReading reading = NetPromoterScore.fromAnswers(answers)
 *     .readingOn(LocalDate.of(2026, 3, 31));
 * // reading.value() is the score in points, reading.asOf() the day it describes
 * }</pre>
 */
@Value.Immutable
public abstract class MetricReading implements WithMetricReading {

  MetricReading() {}

  /**
   * Returns the name of the metric.
   *
   * @return the name, never null or blank
   */
  public abstract String metric();

  /**
   * Returns the value.
   *
   * @return the value, finite
   */
  public abstract double value();

  /**
   * Returns the unit of the value.
   *
   * @return the unit, never null or blank
   */
  public abstract String unit();

  /**
   * Returns the day the value describes.
   *
   * @return the day, never null
   */
  public abstract LocalDate asOf();

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Records this reading as an observation of a plan's measure, so a metric feeds the review
   * of a value creation plan: the observation carries the measure's name, this reading's date
   * and value, and a note naming the metric.
   *
   * <pre>{@code
   * Observation o = nps.readingOn(LocalDate.of(2026, 6, 30)).observe(npsMeasure);
   * plan = plan.withReview(Review.builder().date(o.date()).reviewer("cx team")
   *     .addObservations(o).build());
   * }</pre>
   *
   * @param measure the measure observed, not null
   * @return the observation, never null
   * @throws dev.valuex.core.InvalidValueException if the measure's unit differs from this
   *     reading's unit (ignoring case), since a number in another unit would be misread
   */
  public final Observation observe(Measure measure) {
    check(measure.unit().equalsIgnoreCase(unit()), "MetricReading " + metric(), "unit",
        "match the unit of measure '" + measure.name() + "' (" + measure.unit() + ")", unit());
    return Observation.of(measure.name(), asOf(), value()).withNote("from " + metric());
  }

  @Value.Check
  final void validate() {
    trimmedText(metric(), "MetricReading", "metric");
    String who = "MetricReading " + metric();
    check(Double.isFinite(value()), who, "value", "be a finite number", value());
    trimmedText(unit(), who, "unit");
  }

  /** Builds {@link MetricReading}s; every attribute may be set once. */
  public static final class Builder extends ImmutableMetricReading.Builder {
    Builder() {}
  }
}
