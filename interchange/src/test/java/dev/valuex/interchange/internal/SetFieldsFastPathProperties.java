package dev.valuex.interchange.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.core.analysis.GroupLedger;
import dev.valuex.interchange.ValuexJson;
import java.io.IOException;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Set fields whose model keeps a list (a group ledger's members, each group entry's members)
 * are read by the fast path too, and a repeated item still makes it give up to the tree reader,
 * which reports it.
 */
class SetFieldsFastPathProperties {
  private static final ValuexJson JSON = ValuexJson.create();
  private static final JsonFactory FACTORY = new JsonFactory();

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void everyGeneratedGroupLedgerIsReadByTheFastPath(@ForAll GroupLedger group)
      throws IOException {
    String text = JSON.toJson(group);
    assertEquals(group, fast(text));
    String member = group.members().get(0).value();
    String repeated = text.replaceFirst("\"members\"\\s*:\\s*\\[",
        "\"members\":[\"" + member + "\",");
    assertNull(fast(repeated));
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> JSON.readGroupLedger(repeated));
    assertTrue(e.getMessage().contains("/members/1: must not repeat an earlier item, got \""
        + member + "\""), e::getMessage);
  }

  private static GroupLedger fast(String doc) throws IOException {
    try (JsonParser p = FACTORY.createParser(doc)) {
      return ModelCodec.GROUP_LEDGER.readFast(p);
    }
  }
}
