/**
 * valuex core: the immutable value-exchange model of value elements, ledgers, evidence,
 * pairings and balance judgements, the balance rules that assess ledgers and explain why, and
 * measures of value.
 */
// The internals are exported to valuex modules that compile after core, so javac cannot see
// them yet and would warn "module not found" for each.
@SuppressWarnings("module")
module dev.valuex.core {
  requires transitive com.google.common;
  requires transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports dev.valuex.core;
  exports dev.valuex.core.balance;
  exports dev.valuex.core.measure;
  exports dev.valuex.core.analysis;
  exports dev.valuex.core.journey;
  exports dev.valuex.core.agreement;
  exports dev.valuex.core.internal to
      dev.valuex.catalog, dev.valuex.interchange, dev.valuex.metrics, dev.valuex.planning,
      dev.valuex.semantic;
}
