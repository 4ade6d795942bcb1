package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.ValuexFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a writer of a document is told when a field that holds a list is given something else:
 * a ledger's lists must be arrays; the people and the notes of a plan may be one text or an
 * array of texts.
 */
class ListFieldsTest {
  private static final ValuexJson JSON = ValuexJson.create();

  private static List<String> problems(org.junit.jupiter.api.function.Executable read) {
    return assertThrows(ValuexFormatException.class, read).problems();
  }

  @Test
  void aListOfALedgerGivenATextOrAnObjectMustBeAnArray() {
    String doc = Samples.LEDGER_JSON
        .replace("\"segments\":[\"frequent-flyer\"]", "\"segments\":{\"0\":\"frequent-flyer\"}")
        .replace("\"notes\":[\"Second interview planned\"]",
            "\"notes\":\"Second interview planned\"");
    assertEquals(List.of("/subject/segments: must be an array, got an object",
            "/notes: must be an array, got \"Second interview planned\""),
        problems(() -> JSON.readLedger(doc)));
  }

  @Test
  void whoDoesAnActionIsOneNameOrAListOfNames() {
    assertEquals(List.of("/rows/0/approaches/1/actions/0/who: must be a string or an array of"
            + " strings, got 3"),
        problems(() -> JSON.readPlan(PlanJsonTest.PLAN.replace("\"who\": \"researcher-2\"",
            "\"who\": 3"), PlanJsonTest.CARDS)));
    assertEquals(List.of("/rows/0/approaches/1/actions/0/who: must be a string or an array of"
            + " strings, got an object"),
        problems(() -> JSON.readPlan(PlanJsonTest.PLAN.replace("\"who\": \"researcher-2\"",
            "\"who\": {\"name\": \"researcher-2\"}"), PlanJsonTest.CARDS)));
  }
}
