/**
 * valuex core: the immutable value-exchange model of value elements, ledgers, evidence,
 * pairings and balance judgements.
 */
module dev.valuex.core {
  requires transitive com.google.common;
  requires transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports dev.valuex.core;
  exports dev.valuex.core.internal to dev.valuex.json;
}
