/**
 * valuex metrics: customer value metrics computed with their uncertainty and with units that
 * cannot be confused, ready to feed the measures of a value creation plan.
 */
module dev.valuex.metrics {
  requires transitive dev.valuex.core;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  requires hipparchus.core;
  requires hipparchus.optim;

  exports dev.valuex.metrics;
  exports dev.valuex.metrics.clv;
}
