/**
 * Plumbing of the Spark module that is not part of its API: the Kryo serialization of ledgers
 * through their {@code valuex.ledger/1} JSON and the per-partition line readers.
 */
@NullMarked
package dev.valuex.spark.internal;

import org.jspecify.annotations.NullMarked;
