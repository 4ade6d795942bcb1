/**
 * Jobs and customer journeys: the job a customer is trying to get done ({@link
 * dev.valuex.core.journey.Job}), journey models of ordered stages in a pre-purchase or
 * post-purchase phase ({@link dev.valuex.core.journey.JourneyModel}), the touchpoints and
 * organisation functions along a journey ({@link dev.valuex.core.journey.Journey}), the gaps
 * where the customer is left stranded ({@link dev.valuex.core.journey.Gaps}), and stage tags on ledger entries
 * ({@link dev.valuex.core.journey.StageTags}) with a per-stage breakdown of the elements sought
 * and given ({@link dev.valuex.core.journey.StageBreakdown}), kept beside the ledgers so that
 * ledgers stay unchanged. The organisation's departments and teams are called {@link
 * dev.valuex.core.journey.OrganisationFunction} so the name does not clash with {@code
 * java.util.function.Function}.
 */
@NullMarked
@ValuexStyle
package dev.valuex.core.journey;

import dev.valuex.core.internal.ValuexStyle;
import org.jspecify.annotations.NullMarked;
