package dev.valuex.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class SubjectTest {
  @Test
  void rejectsBlankLabel() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Subject.of(Subject.Kind.PERSONA, ""));
    assertEquals("Subject: label must not be blank, got ''", e.getMessage());
  }

  @Test
  void rejectsBlankSegmentTag() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Subject.of(Subject.Kind.INDIVIDUAL, "P07").withSegments("loyal", " "));
    assertEquals("Subject P07: segments must not be blank, got ' '", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    Subject p07 = Subject.of(Subject.Kind.INDIVIDUAL, "P07");
    new EqualsTester()
        .addEqualityGroup(p07, Subject.builder().kind(Subject.Kind.INDIVIDUAL).label("P07")
            .build())
        .addEqualityGroup(p07.withSegments("new-customer"))
        .addEqualityGroup(Subject.of(Subject.Kind.PERSONA, "P07"))
        .testEquals();
  }
}
