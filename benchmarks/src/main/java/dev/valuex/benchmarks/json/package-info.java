/**
 * JMH benchmarks of {@code valuex-interchange}: writing and reading ledgers against plain Jackson
 * data binding of equivalent plain Java objects, and NDJSON reading in constant memory.
 */
@NullMarked
package dev.valuex.benchmarks.json;

import org.jspecify.annotations.NullMarked;
