package dev.valuex.interchange.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.valuex.core.ElementId;
import org.junit.jupiter.api.Test;

/**
 * The fast reader's element ids, looked up by the parser's characters in a table of 4,096
 * slots: ids whose texts share a slot are still each read as themselves.
 */
class ElementIdCharsTest {
  @Test
  void manyDistinctIdsSharingSlotsAreEachReadAsThemselves() {
    // 10,000 texts in 4,096 slots: many share a slot with an id read before them.
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 10_000; i++) {
        String text = "slots-" + i + ".element-" + (i * 7 % 10_000);
        char[] chars = ("[\"" + text + "\"]").toCharArray();
        assertEquals(ElementId.parse(text), ModelCodec.elementId(chars, 2, text.length()),
            text);
      }
    }
  }
}
