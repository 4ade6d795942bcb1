package dev.valuex.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class ProvenanceTest {
  @Test
  void publicFrameworkMustBeNamed() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Provenance.of(Provenance.Kind.PUBLIC_FRAMEWORK));
    assertEquals("Provenance: source must name the framework when the kind is"
        + " PUBLIC_FRAMEWORK, got 'nothing'", e.getMessage());
  }

  @Test
  void rejectsBlankSource() {
    assertThrows(InvalidValueException.class,
        () -> Provenance.of(Provenance.Kind.OWN_ADDITION, " "));
  }

  @Test
  void onlyCustomIsNotBundled() {
    assertFalse(Provenance.custom().isBundled());
    assertTrue(Provenance.of(Provenance.Kind.OWN_ADDITION).isBundled());
    assertTrue(Provenance.of(Provenance.Kind.PUBLIC_FRAMEWORK, "Bain Elements of Value")
        .isBundled());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(Provenance.custom(), Provenance.of(Provenance.Kind.CUSTOM))
        .addEqualityGroup(Provenance.of(Provenance.Kind.CUSTOM, "workshop 3"))
        .addEqualityGroup(Provenance.of(Provenance.Kind.SOURCE_DOCUMENTS))
        .testEquals();
  }
}
