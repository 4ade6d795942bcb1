/** A user's module that requires every published valuex module and runs the README samples. */
module consumer.modulepath {
  requires dev.valuex.core;
  requires dev.valuex.planning;
  requires dev.valuex.metrics;
  requires dev.valuex.catalog;
  requires dev.valuex.interchange;
  requires dev.valuex.semantic;
}
