/**
 * Measures of value: numbers a team can count, sum and turn into a percentage achieved against
 * the minimum value a customer seeks. A {@link dev.valuex.core.measure.Measure} names a unit, a
 * direction (at least or at most), a target and an optional baseline, and says who defined it;
 * {@link dev.valuex.core.measure.Observation}s are dated actual values; an {@link
 * dev.valuex.core.measure.Achievement} is the percentage achieved and whether the target is met,
 * computed by the formulas documented on that type. Value creation plans in {@code
 * dev.valuex.planning} attach measures to the value elements of the core model and review
 * their observations over time.
 */
@NullMarked
@ValuexStyle
package dev.valuex.core.measure;

import dev.valuex.core.internal.ValuexStyle;
import org.jspecify.annotations.NullMarked;
