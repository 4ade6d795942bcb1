package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Each read limit must be at least 1: 1 is accepted, 0 refused by name, value and rule. */
class ReadLimitsRulesTest {
  @Test
  void aDocumentLengthOfOneIsTheSmallestLimit() {
    assertEquals(1, ReadLimits.builder().maxDocumentLength(1).build().maxDocumentLength());
    assertEquals("ReadLimits: maxDocumentLength must be at least 1, got 0", assertThrows(
        InvalidValueException.class, () -> ReadLimits.builder().maxDocumentLength(0).build())
        .getMessage());
  }

  @Test
  void aNestingDepthOfOneIsTheSmallestLimit() {
    assertEquals(1, ReadLimits.builder().maxNestingDepth(1).build().maxNestingDepth());
    assertEquals("ReadLimits: maxNestingDepth must be at least 1, got 0", assertThrows(
        InvalidValueException.class, () -> ReadLimits.builder().maxNestingDepth(0).build())
        .getMessage());
  }

  @Test
  void aStringLengthOfOneIsTheSmallestLimit() {
    assertEquals(1, ReadLimits.builder().maxStringLength(1).build().maxStringLength());
    assertEquals("ReadLimits: maxStringLength must be at least 1, got 0", assertThrows(
        InvalidValueException.class, () -> ReadLimits.builder().maxStringLength(0).build())
        .getMessage());
  }
}
