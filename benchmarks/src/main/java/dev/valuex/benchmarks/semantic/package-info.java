/**
 * JMH benchmarks of semantic suggestion: hybrid statements per second on one thread, the model
 * alone (the ceiling it puts on them), card vectors for the default catalog, and loading the
 * embedding model. Never published; see the module's README for how to run them.
 */
package dev.valuex.benchmarks.semantic;
