package dev.valuex.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class LedgerIdTest {
  @Test
  void parseReadsBackToString() {
    LedgerId id = LedgerId.of("study-2026:P07.current");
    assertEquals(id, LedgerId.parse(id.toString()));
  }

  @Test
  void rejectsSpacesAndLeadingPunctuation() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> LedgerId.of("P 07"));
    assertEquals("LedgerId: value must be 1 to 128 letters, digits or . _ : - starting with a"
        + " letter or digit, got 'P 07'", e.getMessage());
    assertThrows(InvalidValueException.class, () -> LedgerId.of("-p07"));
    assertThrows(InvalidValueException.class, () -> LedgerId.of(""));
    assertThrows(InvalidValueException.class, () -> LedgerId.of("a".repeat(129)));
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(LedgerId.of("p07"), LedgerId.parse("p07"))
        .addEqualityGroup(LedgerId.of("P07"))
        .testEquals();
  }
}
