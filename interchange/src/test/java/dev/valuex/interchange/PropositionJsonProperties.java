package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import dev.valuex.planning.ValueProposition;
import java.io.IOException;
import java.util.Set;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Every generated proposition survives its document, and the document matches its schema. */
class PropositionJsonProperties {
  static final JsonSchema SCHEMA = GroupLedgerJsonTest.SCHEMAS.getSchema(
      ValuexJson.schema(ValuexJson.PROPOSITION_FORMAT));

  private final ValuexJson json = ValuexJson.create();
  private final ObjectMapper mapper = json.newObjectMapper();

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void everyGeneratedPropositionReadsBackEqualAndMatchesTheSchema(
      @ForAll ValueProposition proposition) throws IOException {
    String text = json.toJson(proposition);
    assertEquals(proposition, json.readProposition(text));
    assertEquals(Set.of(), SCHEMA.validate(new ObjectMapper().readTree(text)));
    assertEquals(text, mapper.writeValueAsString(proposition));
    assertEquals(proposition, mapper.readValue(text, ValueProposition.class));
  }
}
