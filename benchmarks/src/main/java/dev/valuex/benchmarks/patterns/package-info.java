/**
 * JMH benchmarks of {@link dev.valuex.core.analysis.LedgerSummary}: one and two threads against a
 * floor that counts the same data from flat int arrays and a naive streams baseline, plus a
 * CPU-time companion for loaded machines; the cost of merging and serializing summaries, and
 * ledgers per second from NDJSON on one JVM against Spark in local mode.
 */
@NullMarked
package dev.valuex.benchmarks.patterns;

import org.jspecify.annotations.NullMarked;
