/**
 * valuex on Apache Spark, for ledgers that live in a data lake. {@link
 * dev.valuex.spark.ValuexSpark} reads {@code valuex.ledger/1} NDJSON from any path Spark can
 * read into a {@code Dataset<Ledger>}, keeping every line that is not a valid ledger as a
 * rejected line with its file, line number and problems ({@link dev.valuex.spark.LedgerLines});
 * summarises ledgers with a typed {@link dev.valuex.spark.SummaryAggregator} whose buffer is a
 * mergeable {@link dev.valuex.core.analysis.LedgerSummary}, overall or per group; and flattens
 * ledgers into a table of entries for Spark SQL and Parquet ({@link
 * dev.valuex.spark.EntryTable}). {@link dev.valuex.spark.AnalyzeJob} is the same analysis as
 * {@code valuex analyze} as a {@code spark-submit} job. Spark itself is provided by the
 * cluster.
 */
@NullMarked
package dev.valuex.spark;

import org.jspecify.annotations.NullMarked;
