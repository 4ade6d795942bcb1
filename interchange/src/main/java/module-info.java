/**
 * valuex interchange: the valuex documents in JSON (a Jackson module, JSON Schemas, NDJSON
 * streaming), coding sheets (CSV and TSV) and CJML journeys (XML).
 */
module dev.valuex.interchange {
  requires transitive dev.valuex.core;
  requires transitive dev.valuex.planning;
  // Optional: deck and metric support registers when these modules are present (resolved).
  requires static dev.valuex.catalog;
  requires static dev.valuex.metrics;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.core;
  requires org.apache.commons.csv;
  requires java.xml;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports dev.valuex.interchange;
  exports dev.valuex.interchange.cjml;

  provides com.fasterxml.jackson.databind.Module with dev.valuex.interchange.ValuexJsonModule;
}
