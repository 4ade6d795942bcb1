package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.ValidationMessage;
import dev.valuex.core.ValuexFormatException;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonSchemaTest {
  @Test
  void shippedSchemasAreValidDraft202012Schemas() throws IOException {
    JsonSchema meta = JsonSchemaProperties.FACTORY.getSchema(
        SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    for (String format : ValuexJson.SCHEMA_FORMATS) {
      assertEquals(Set.of(), JsonSchemaProperties.validate(meta, ValuexJson.schema(format)),
          format);
    }
  }

  @Test
  void documentedSamplesMatchTheirSchemas() throws IOException {
    assertEquals(Set.of(),
        JsonSchemaProperties.validate(JsonSchemaProperties.LEDGER, Samples.LEDGER_JSON));
    assertEquals(Set.of(),
        JsonSchemaProperties.validate(JsonSchemaProperties.ELEMENT, Samples.ELEMENT_JSON));
  }

  @Test
  void validationReportWithEveryLocationKindMatchesItsSchema() throws IOException {
    JsonSchema schema = JsonSchemaProperties.FACTORY.getSchema(
        ValuexJson.schema(ValuexJson.VALIDATION_FORMAT));
    String report = "{\"format\":\"valuex.validation/1\",\"valid\":false,\"files\":["
        + "{\"file\":\"a.json\",\"valid\":false,\"content\":\"\",\"problems\":["
        + "{\"pointer\":\"/as_of\",\"line\":1,\"column\":174,\"rule\":\"must be"
        + " well-formed JSON\",\"message\":\"must be well-formed JSON, got x\",\"text\":"
        + "\"/as_of (line 1, column 174): must be well-formed JSON, got x\"},"
        + "{\"row\":2,\"rule\":\"must be one of in, out\",\"message\":\"side must be one"
        + " of in, out, got 'up'\",\"text\":\"row 2: side must be one of in, out, got 'up'\"}]}]}";
    assertEquals(Set.of(), JsonSchemaProperties.validate(schema, report));
    assertFalse(JsonSchemaProperties.validate(schema, report.replace("\"row\":2",
        "\"row\":0")).isEmpty());
  }

  @Test
  void schemaAndReaderBothRejectShapeErrors() throws IOException {
    String[] bad = {
        Samples.LEDGER_JSON.replace("\"side\":\"out\"", "\"side\":\"OUT\""),
        Samples.LEDGER_JSON.replace("\"importance\":4", "\"importance\":6"),
        Samples.LEDGER_JSON.replace("\"owner\":\"P07\"", "\"owner\":\" P07\""),
        Samples.LEDGER_JSON.replace("\"owner\":\"P07\",", ""),
        Samples.LEDGER_JSON.replace("\"owner\":\"P07\"", "\"owner\":\"P07\",\"colour\":1"),
        Samples.LEDGER_JSON.replace("valuex.ledger/1", "valuex.ledger/2"),
        Samples.LEDGER_JSON.replace("\"as_of\":\"2026-03-14\"", "\"as_of\":\"2026-3-14\""),
        Samples.LEDGER_JSON.replace("\"segments\":[\"frequent-flyer\"]",
            "\"segments\":[\"a\",\"a\"]"),
        Samples.LEDGER_JSON.replace("\"element\":\"customer.savings\"",
            "\"element\":\"Customer.Savings\""),
    };
    for (String doc : bad) {
      Set<ValidationMessage> messages =
          JsonSchemaProperties.validate(JsonSchemaProperties.LEDGER, doc);
      assertFalse(messages.isEmpty(), doc);
      assertThrows(ValuexFormatException.class, () -> ValuexJson.create().readLedger(doc));
    }
  }

  @Test
  void schemaOfUnknownFormatIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ValuexJson.schema("valuex.deck/1"));
    assertEquals("ValuexJson: format must be valuex.ledger/1, valuex.element/1, valuex.plan/1,"
        + " valuex.program/1, valuex.journey/1, valuex.stage-tags/1, valuex.row-stages/1,"
        + " valuex.group-ledger/1, valuex.proposition/1, valuex.policy/1, valuex.agreement/1,"
        + " valuex.validation/1, valuex.assessment/1, valuex.analysis/1, valuex.suggestions/1,"
        + " valuex.groups/1, valuex.catalog/1, valuex.card-search/1, valuex.plan-status/1,"
        + " valuex.import/1, valuex.demo/1 or valuex.error/1, got 'valuex.deck/1'",
        e.getMessage());
    assertTrue(ValuexJson.schema(ValuexJson.LEDGER_FORMAT).contains("2020-12"));
  }
}
