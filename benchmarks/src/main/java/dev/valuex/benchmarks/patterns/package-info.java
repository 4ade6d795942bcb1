/**
 * JMH benchmarks of {@link dev.valuex.core.analysis.LedgerSummary}: one and two threads against a
 * floor that counts the same data from flat int arrays and a naive streams baseline.
 */
package dev.valuex.benchmarks.patterns;
