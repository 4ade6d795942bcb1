package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import dev.valuex.core.analysis.GroupLedger;
import java.io.IOException;
import java.util.Set;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Every generated group ledger survives its document, and the document matches its schema. */
class GroupLedgerJsonProperties {
  static final JsonSchema SCHEMA = GroupLedgerJsonTest.SCHEMAS.getSchema(
      ValuexJson.schema(ValuexJson.GROUP_LEDGER_FORMAT));

  private final ValuexJson json = ValuexJson.create();
  private final ObjectMapper mapper = json.newObjectMapper();

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void everyGeneratedGroupLedgerReadsBackEqualAndMatchesTheSchema(@ForAll GroupLedger group)
      throws IOException {
    String text = json.toJson(group);
    assertEquals(group, json.readGroupLedger(text));
    assertEquals(Set.of(), SCHEMA.validate(new ObjectMapper().readTree(text)));
    assertEquals(text, mapper.writeValueAsString(group));
    assertEquals(group, mapper.readValue(text, GroupLedger.class));
  }
}
