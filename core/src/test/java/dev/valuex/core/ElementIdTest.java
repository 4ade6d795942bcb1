package dev.valuex.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class ElementIdTest {
  @Test
  void parseReadsBackToString() {
    ElementId id = ElementId.of("business-owner", "financial-capital");
    assertEquals("business-owner.financial-capital", id.toString());
    assertEquals(id, ElementId.parse(id.toString()));
  }

  @Test
  void rejectsTextWithoutExactlyOneDot() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> ElementId.parse("customer.a.b"));
    assertEquals(
        "ElementId: text must be <deck>.<slug> with exactly one dot, got 'customer.a.b'",
        e.getMessage());
    assertThrows(InvalidValueException.class, () -> ElementId.parse("savings"));
    assertThrows(InvalidValueException.class, () -> ElementId.parse(".savings"));
  }

  @Test
  void rejectsUpperCaseDeck() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> ElementId.of("Customer", "savings"));
    assertEquals("ElementId: deck must be lower-case letters or digits in words joined by"
        + " single hyphens, got 'Customer'", e.getMessage());
  }

  @Test
  void rejectsSlugWithDoubleHyphenOrSpace() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> ElementId.of("customer", "peace--of"));
    assertEquals("ElementId: slug must be lower-case letters or digits in words joined by"
        + " single hyphens, got 'peace--of'", e.getMessage());
    assertThrows(InvalidValueException.class, () -> ElementId.of("customer", "peace of mind"));
    assertThrows(InvalidValueException.class, () -> ElementId.of("customer", ""));
  }

  @Test
  void rejectsNullWithParameterName() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> ElementId.of(null, "savings"));
    assertTrue(e.getMessage().contains("deck"), e.getMessage());
  }

  @Test
  void ordersByDeckThenSlug() {
    assertTrue(ElementId.parse("customer.time").compareTo(ElementId.parse("employee.a")) < 0);
    assertTrue(ElementId.parse("customer.b").compareTo(ElementId.parse("customer.a")) > 0);
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(ElementId.of("customer", "savings"), ElementId.parse("customer.savings"))
        .addEqualityGroup(ElementId.of("employee", "savings"))
        .addEqualityGroup(ElementId.of("customer", "time"))
        .testEquals();
  }
}
