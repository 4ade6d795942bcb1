/**
 * JMH benchmarks of the catalog: statement suggestion throughput on one thread and cold loading
 * of the bundled decks. Never published; see the module's README for how to run them.
 */
package dev.valuex.benchmarks.catalog;
