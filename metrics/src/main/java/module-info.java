/**
 * valuex metrics: customer value metrics computed with their uncertainty and with units that
 * cannot be confused, ready to feed the measures of a value creation plan.
 */
module dev.valuex.metrics {
  requires transitive dev.valuex.core;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  // Hipparchus (no stable module name of its own) is compiled in from the class path and
  // relocated into dev.valuex.metrics.internal.hipparchus by the shade plugin: a package of this
  // module that is not exported. See metrics/pom.xml.

  exports dev.valuex.metrics;
  exports dev.valuex.metrics.clv;
}
