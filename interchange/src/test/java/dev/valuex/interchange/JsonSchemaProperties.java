package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.valuex.core.Ledger;
import dev.valuex.core.ValueElement;
import dev.valuex.testing.ValuexArbitraries;
import java.io.IOException;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The shipped schemas accept every document the writers produce. */
class JsonSchemaProperties {
  static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  static final JsonSchema LEDGER = FACTORY.getSchema(ValuexJson.schema("valuex.ledger/1"));
  static final JsonSchema ELEMENT = FACTORY.getSchema(ValuexJson.schema("valuex.element/1"));

  private final ValuexJson json = ValuexJson.create();
  private final ObjectMapper mapper = new ObjectMapper();

  static Set<ValidationMessage> validate(JsonSchema schema, String doc) throws IOException {
    JsonNode node = new ObjectMapper().readTree(doc);
    return schema.validate(node);
  }

  @Property(tries = 500)
  void everyWrittenLedgerMatchesTheLedgerSchema(@ForAll("ledgers") Ledger ledger)
      throws IOException {
    assertEquals(Set.of(), LEDGER.validate(mapper.readTree(json.toJson(ledger))));
  }

  @Property(tries = 500)
  void everyWrittenElementMatchesTheElementSchema(@ForAll("elements") ValueElement element)
      throws IOException {
    assertEquals(Set.of(), ELEMENT.validate(mapper.readTree(json.toJson(element))));
  }

  @Provide
  Arbitrary<Ledger> ledgers() {
    return ValuexArbitraries.ledgers();
  }

  @Provide
  Arbitrary<ValueElement> elements() {
    return ValuexArbitraries.valueElements();
  }
}
