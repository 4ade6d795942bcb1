package dev.valuex.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueElementTest {
  static ValueElement peaceOfMind() {
    return ValueElement.builder()
        .id(ElementId.parse("customer.peace-of-mind"))
        .name("PEACE OF MIND")
        .shortPhrase("Free of worry")
        .sentence("I can relax, knowing things will be looked after")
        .perspective(Perspective.CUSTOMER)
        .category("emotional")
        .typicalSide(Side.OUT)
        .addKeyword("relax")
        .provenance(Provenance.of(Provenance.Kind.SOURCE_DOCUMENTS))
        .build();
  }

  @Test
  void blankCardIsWrittenInOwnWords() {
    ValueElement early = ValueElement.blankCard(
        Perspective.CUSTOMER, "Early Access!", "I get to try new things before anyone else");
    assertEquals(ElementId.parse("custom.early-access"), early.id());
    assertEquals("Early Access!", early.name());
    assertEquals("custom", early.category());
    assertFalse(early.provenance().isBundled());
    assertEquals(Optional.empty(), early.typicalSide());
    assertEquals(Optional.of(Side.OUT), early.withTypicalSide(Side.OUT).typicalSide());
  }

  @Test
  void blankCardNeedsALetterOrDigitInItsName() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ValueElement.blankCard(Perspective.EMPLOYEE, "???", "I am heard"));
    assertEquals("Blank card: name must contain a letter or digit, got '???'", e.getMessage());
  }

  @Test
  void slugFoldsPunctuationAndCase() {
    assertEquals("safety-security", ValueElement.slug("Safety & Security"));
    assertEquals("status-recognition", ValueElement.slug("STATUS/RECOGNITION"));
  }

  @Test
  void rejectsBlankName() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> peaceOfMind().withName("  "));
    assertEquals("ValueElement customer.peace-of-mind: name must not be blank, got '  '",
        e.getMessage());
  }

  @Test
  void rejectsSentenceWithSurroundingWhiteSpace() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> peaceOfMind().withSentence(" I relax"));
    assertEquals("ValueElement customer.peace-of-mind: sentence must not start or end with"
        + " white space, got ' I relax'", e.getMessage());
  }

  @Test
  void rejectsBlankShortPhraseCategoryKeywordStatementAndMeasure() {
    ValueElement e = peaceOfMind();
    assertThrows(InvalidValueException.class, () -> e.withShortPhrase(""));
    assertThrows(InvalidValueException.class, () -> e.withCategory(""));
    InvalidValueException k =
        assertThrows(InvalidValueException.class, () -> e.withKeywords("calm", " "));
    assertEquals("ValueElement customer.peace-of-mind: keywords must not be blank, got ' '",
        k.getMessage());
    assertThrows(InvalidValueException.class, () -> e.withExampleStatements(""));
    assertThrows(InvalidValueException.class, () -> e.withExampleMeasures(" x"));
  }

  @Test
  void builderNamesMissingAttributes() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ValueElement.builder().id(ElementId.parse("customer.x")).build());
    assertTrue(e.getMessage().contains("name"), e.getMessage());
    assertTrue(e.getMessage().contains("sentence"), e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(peaceOfMind(), peaceOfMind())
        .addEqualityGroup(peaceOfMind().withName("CALM"))
        .addEqualityGroup(peaceOfMind().withTypicalSide(Side.IN))
        .addEqualityGroup(peaceOfMind().withKeywords("calm"))
        .testEquals();
  }
}
