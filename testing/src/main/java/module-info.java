/**
 * valuex testing: jqwik generators for every valuex model type, valid by construction, for
 * property tests of code that uses valuex.
 */
module dev.valuex.testing {
  requires transitive dev.valuex.core;
  requires transitive dev.valuex.planning;
  requires transitive dev.valuex.metrics;
  requires transitive net.jqwik.api;
  requires static org.jspecify;

  exports dev.valuex.testing;

  provides net.jqwik.api.providers.ArbitraryProvider
      with dev.valuex.testing.ValuexArbitraryProvider;
}
