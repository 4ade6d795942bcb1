/**
 * Internals of the metrics module: the standard normal distribution and the counting of
 * answers on rating scales. Not exported from the module.
 */
@NullMarked
package dev.valuex.metrics.internal;

import org.jspecify.annotations.NullMarked;
