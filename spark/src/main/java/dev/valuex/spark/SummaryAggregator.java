package dev.valuex.spark;

import dev.valuex.core.Ledger;
import dev.valuex.core.analysis.LedgerSummary;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * Summarises the ledgers of a dataset, or of each group of one, into a {@link LedgerSummary}:
 * coverage, associations, comparisons and the summary-set proposal then run on the result as
 * on any summary. Use it through {@link ValuexSpark#summary()}.
 *
 * <p>The buffer is a {@link LedgerSummary.Builder}, the mutable counterpart of a summary:
 * Spark calls {@link #reduce} once per ledger, and an immutable summary as buffer would be
 * copied whole on every call. Between stages the buffer travels in Java serialization, which
 * for a builder is the compact serialized form of its summary (counters per segment set, view
 * and month, element ids once as text), so a shuffle carries one summary per partition and
 * group, never ledgers; its size depends on the elements and strata seen, not on how many
 * ledgers were counted.
 */
public final class SummaryAggregator
    extends Aggregator<Ledger, LedgerSummary.Builder, LedgerSummary> {
  private static final long serialVersionUID = 1L;

  /** Creates the aggregator. */
  public SummaryAggregator() {}

  /**
   * Returns an empty builder.
   *
   * @return the buffer of no ledgers, never null
   */
  @Override
  public LedgerSummary.Builder zero() {
    return LedgerSummary.builder();
  }

  /**
   * Counts one ledger into the buffer, in place.
   *
   * @param buffer the buffer, not null
   * @param ledger the ledger, not null
   * @return the same buffer, never null
   */
  @Override
  public LedgerSummary.Builder reduce(LedgerSummary.Builder buffer, Ledger ledger) {
    return buffer.add(ledger);
  }

  /**
   * Adds the counts of one buffer to another, in place.
   *
   * @param first the buffer that receives the counts, not null
   * @param second the buffer whose counts are added, not null
   * @return the first buffer, never null
   */
  @Override
  public LedgerSummary.Builder merge(LedgerSummary.Builder first, LedgerSummary.Builder second) {
    return first.addAll(second);
  }

  /**
   * Builds the summary of everything counted.
   *
   * @param buffer the buffer, not null
   * @return the summary, never null
   */
  @Override
  public LedgerSummary finish(LedgerSummary.Builder buffer) {
    return buffer.build();
  }

  /**
   * Returns the buffer's encoder: Java serialization through the summary's serialized form.
   *
   * @return the encoder, never null
   */
  @Override
  public Encoder<LedgerSummary.Builder> bufferEncoder() {
    return Encoders.javaSerialization(LedgerSummary.Builder.class);
  }

  /**
   * Returns the result's encoder: Java serialization through the summary's serialized form.
   *
   * @return the encoder, never null
   */
  @Override
  public Encoder<LedgerSummary> outputEncoder() {
    return Encoders.javaSerialization(LedgerSummary.class);
  }
}
