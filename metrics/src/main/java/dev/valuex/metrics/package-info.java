/**
 * Customer value metrics, computed correctly and with their uncertainty: the Net Promoter
 * Score with its standard error, interval and a test of the difference of two scores
 * ({@link dev.valuex.metrics.NetPromoterScore}), satisfaction and effort scores, retention,
 * purchase frequency, order value and acquisition cost, customer lifetime value, Kano
 * classification, outcome-driven opportunity scores, and Gale's customer value analysis. Rates
 * are a {@link dev.valuex.metrics.Rate} holding a fraction, so 5 can never be read as 5%, and
 * periods carry their unit. Each headline result is a {@link dev.valuex.metrics.MetricResult}
 * that turns into a dated {@link dev.valuex.metrics.MetricReading}, the plain number a measure
 * of a value creation plan observes. Everything here depends on the core module only; results
 * are immutable and invalid input is rejected with a {@link dev.valuex.core.InvalidValueException}
 * whose message names the field, the rule and the bad value.
 */
@NullMarked
@ValuexStyle
package dev.valuex.metrics;

import dev.valuex.core.internal.ValuexStyle;
import org.jspecify.annotations.NullMarked;
