package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.ValuexFormatException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a reader of one JSON document is told when the text holds no document at all, or more
 * after the first one: as text and as bytes, for a ledger (read straight from the tokens when
 * valid) and for the documents read through the tree.
 */
class WholeDocumentTest {
  private static final ValuexJson JSON = ValuexJson.create();

  private static List<String> problems(org.junit.jupiter.api.function.Executable read) {
    return assertThrows(ValuexFormatException.class, read).problems();
  }

  @Test
  void aTextWithoutADocumentIsRefused() {
    List<String> nothing = List.of("(root): must be a JSON document, got nothing");
    assertEquals(nothing, problems(() -> JSON.readLedger("")));
    assertEquals(nothing, problems(() -> JSON.readLedger(" \r\n\t")));
    assertEquals(nothing, problems(() -> JSON.readJourney("")));
    assertEquals(nothing, problems(() -> JSON.readLedger(new ByteArrayInputStream(new byte[0]))));
  }

  @Test
  void contentAfterTheDocumentIsRefusedAtWhereItStarts() {
    assertEquals(List.of("(root) (line 2, column 1): must end after the document, got more"
            + " content"),
        problems(() -> JSON.readLedger(Samples.LEDGER_JSON + "\n{}")));
    assertEquals(List.of("(root) (line 1, column 4): must end after the document, got more"
            + " content"),
        problems(() -> JSON.readElement("{} 7")));
    assertEquals(List.of("(root) (line 2, column 3): must end after the document, got more"
            + " content"),
        problems(() -> JSON.readLedger(new ByteArrayInputStream((Samples.LEDGER_JSON + "\n  []")
            .getBytes(StandardCharsets.UTF_8)))));
  }

  @Test
  void whiteSpaceAroundTheDocumentIsNoContent() {
    assertEquals(Samples.ledger(), JSON.readLedger("\n  " + Samples.LEDGER_JSON + " \r\n\t"));
    assertEquals(Samples.ledger(), JSON.readLedger(new ByteArrayInputStream(
        (Samples.LEDGER_JSON + "\n\n").getBytes(StandardCharsets.UTF_8))));
  }
}
