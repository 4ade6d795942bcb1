package dev.valuex.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class LedgerEntryTest {
  static final ElementId SAVINGS = ElementId.parse("customer.savings");

  @Test
  void unsetImportanceMeansNotWeighed() {
    assertFalse(LedgerEntry.of(SAVINGS, Side.OUT).importance().isPresent());
  }

  @Test
  void rejectsImportanceOffTheScale() {
    InvalidValueException zero = assertThrows(InvalidValueException.class,
        () -> LedgerEntry.of(SAVINGS, Side.OUT).withImportance(0));
    assertEquals("LedgerEntry customer.savings OUT: importance must be from 1 to 5 (leave it"
        + " unset when not weighed), got 0", zero.getMessage());
    assertThrows(InvalidValueException.class,
        () -> LedgerEntry.of(SAVINGS, Side.OUT).withImportance(6));
  }

  @Test
  void rejectsBlankNote() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> LedgerEntry.of(SAVINGS, Side.IN).withNote(""));
    assertEquals("LedgerEntry customer.savings IN: note must not be blank, got ''",
        e.getMessage());
  }

  @Test
  void plusEvidenceAppendsInOrder() {
    Evidence a = Evidence.quote("a deal");
    Evidence b = Evidence.quote("a bargain");
    LedgerEntry e = LedgerEntry.of(SAVINGS, Side.OUT).withEvidence(a)
        .plusEvidence(ImmutableList.of(b));
    assertEquals(ImmutableList.of(a, b), e.evidence());
  }

  @Test
  void equalityIsByValue() {
    LedgerEntry e = LedgerEntry.of(SAVINGS, Side.OUT);
    new EqualsTester()
        .addEqualityGroup(e, LedgerEntry.builder().element(SAVINGS).side(Side.OUT).build())
        .addEqualityGroup(LedgerEntry.of(SAVINGS, Side.IN))
        .addEqualityGroup(e.withImportance(3))
        .addEqualityGroup(e.withEvidence(Evidence.quote("cheap")))
        .testEquals();
  }
}
