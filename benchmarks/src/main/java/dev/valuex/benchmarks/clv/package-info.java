/**
 * JMH benchmarks of probabilistic customer lifetime value: fitting the BG/NBD model to a
 * CDNOW-sized cohort and one evaluation of its log-likelihood over a million customers. Never
 * published; see the module's README for how to run them.
 */
package dev.valuex.benchmarks.clv;
