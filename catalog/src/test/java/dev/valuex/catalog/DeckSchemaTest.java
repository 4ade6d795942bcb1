package dev.valuex.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks that the JSON Schema shipped with the module agrees with the reader. */
class DeckSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchema SCHEMA = JsonSchemaFactory
      .getInstance(SpecVersion.VersionFlag.V202012).getSchema(DeckFormat.schema());

  @Test
  void schemaAcceptsEveryBundledDeckFile() throws Exception {
    for (String name : new String[] {
        "customer.deck.json", "business-owner.deck.json", "employee.deck.json"}) {
      try (InputStream in = Catalog.class.getResourceAsStream(name)) {
        JsonNode deck = JSON.readTree(in);
        assertEquals(Set.of(), SCHEMA.validate(deck), name);
      }
    }
  }

  @Test
  void schemaAcceptsWhatTheWriterWrites() throws Exception {
    for (Deck deck : Catalog.defaults().decks()) {
      assertEquals(Set.of(), SCHEMA.validate(JSON.readTree(DeckFormat.toJson(deck))));
    }
  }

  @Test
  void schemaRejectsWhatTheReaderRejects() throws Exception {
    Set<ValidationMessage> problems = SCHEMA.validate(JSON.readTree("""
        {"format": "valuex.deck/2", "deck": "Acme", "perspective": "customer", "title": "t",
         "cards": [{"id": "acme.a", "name": " A", "short_phrase": "p", "sentence": "s",
                    "category": "c", "typical_side": "up", "provenance": {"kind": "public_framework"}}]}
        """));
    assertFalse(problems.isEmpty());
    assertEquals(Set.of("$.format", "$.deck", "$.cards[0].name", "$.cards[0].typical_side",
            "$.cards[0].provenance"),
        problems.stream().map(m -> m.getInstanceLocation().toString())
            .collect(java.util.stream.Collectors.toSet()));
  }
}
