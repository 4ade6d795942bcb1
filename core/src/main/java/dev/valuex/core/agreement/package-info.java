/**
 * Agreement between coders: how far two or more researchers (or the card suggester) coded the
 * same customer statements alike, and which statements to reconcile. It lives in core, beside
 * the model it measures, because the measures need nothing but the codes ({@link
 * dev.valuex.core.ElementId} and {@link dev.valuex.core.Side}) and plain arithmetic: no new
 * dependency, and the interchange module's coding-sheet reader and the command line build on it.
 *
 * <p>Two layers. {@link dev.valuex.core.agreement.ReliabilityData} is the general one: units
 * rated by coders, any value type, missing ratings allowed, with percent agreement, Cohen's
 * kappa, Fleiss' kappa and Krippendorff's alpha (nominal, or with any {@link
 * dev.valuex.core.agreement.Distance} such as MASI for sets), each an {@link
 * dev.valuex.core.agreement.Estimate} with a 95% percentile interval from a seeded {@link
 * dev.valuex.core.agreement.Bootstrap} over units, so the same data always gives the same
 * interval. {@link dev.valuex.core.agreement.AgreementReport} is the researcher's one: {@link
 * dev.valuex.core.agreement.Coding}s of statements (one per coder) are matched by statement id
 * or by subject and text, and compared code by code ({@link dev.valuex.core.agreement.Code}:
 * element and side), with per-element presence kappas, a disagreement list and a confusion
 * table.
 */
@NullMarked
@ValuexStyle
package dev.valuex.core.agreement;

import dev.valuex.core.internal.ValuexStyle;
import org.jspecify.annotations.NullMarked;
