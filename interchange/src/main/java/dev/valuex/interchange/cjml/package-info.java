/**
 * Import and export of customer journeys in CJML 2.0, the Customer Journey Modelling Language:
 * {@link dev.valuex.interchange.cjml.Cjml} maps organisation functions to service-provider actors,
 * touchpoints to communication points with their channels, and carries what CJML has no place
 * for (stages, characteristics, owned stages, hand-offs) in attributes and elements of a valuex
 * extension namespace.
 */
@NullMarked
package dev.valuex.interchange.cjml;

import org.jspecify.annotations.NullMarked;
