/**
 * valuex json: the valuex JSON format (a Jackson module, JSON Schemas, NDJSON streaming) and
 * coding-sheet CSV import and export.
 */
module dev.valuex.json {
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

  exports dev.valuex.json;
  exports dev.valuex.json.cjml;

  provides com.fasterxml.jackson.databind.Module with dev.valuex.json.ValuexJsonModule;
}
