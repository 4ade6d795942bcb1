/**
 * Patterns across many ledgers: which value elements recur on each side, which go together,
 * how segments differ and what changed between periods. A {@link
 * dev.valuex.core.analysis.LedgerSummary} counts any number of {@link dev.valuex.core.Ledger}s
 * into compact state that merges associatively and commutatively, so it runs on parallel
 * streams and as the combine step of a distributed engine; its queries return ranked coverage,
 * associations, comparisons with confidence intervals, and the evidence behind an element. A
 * {@link dev.valuex.core.analysis.SummarySetProposal} proposes the few elements a team might act
 * on, with the counts behind each pick; people choose. A {@link
 * dev.valuex.core.analysis.PatternAnalysis} puts these together as {@code valuex analyze}
 * reports them (coverage per slice, owners' verdicts, strongest pairs, the proposal) from
 * counts that a single machine or a cluster gathers and merges alike. A {@link
 * dev.valuex.core.analysis.GroupLedger} composes a segment's or persona's ledger from its
 * members' ledgers, each entry traced to the member entries behind it.
 */
@NullMarked
@ValuexStyle
package dev.valuex.core.analysis;

import dev.valuex.core.internal.ValuexStyle;
import org.jspecify.annotations.NullMarked;
