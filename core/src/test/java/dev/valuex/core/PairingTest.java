package dev.valuex.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class PairingTest {
  static final ElementId DATA = ElementId.parse("customer.personal-data");
  static final ElementId PERSONAL = ElementId.parse("customer.personalisation");

  @Test
  void involvesTheNamedEntriesOnTheirSides() {
    Pairing p = Pairing.of(DATA, PERSONAL);
    assertTrue(p.involves(DATA, Side.IN));
    assertTrue(p.involves(PERSONAL, Side.OUT));
    assertFalse(p.involves(DATA, Side.OUT));
  }

  @Test
  void rejectsEmptyGivenOrReceived() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Pairing.builder().addReceived(PERSONAL).build());
    assertEquals("Pairing: given must name at least one IN entry, got []", e.getMessage());
    InvalidValueException r = assertThrows(InvalidValueException.class,
        () -> Pairing.builder().addGiven(DATA).build());
    assertEquals("Pairing: received must name at least one OUT entry, got []", r.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(Pairing.of(DATA, PERSONAL), Pairing.of(DATA, PERSONAL))
        .addEqualityGroup(Pairing.of(PERSONAL, DATA))
        .addEqualityGroup(Pairing.of(DATA, PERSONAL).withNote("data for tailored offers"))
        .testEquals();
  }
}
