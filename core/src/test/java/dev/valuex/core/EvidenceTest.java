package dev.valuex.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EvidenceTest {
  @Test
  void quoteKeepsTheWordsVerbatim() {
    Evidence q = Evidence.quote("I always look around to get the best deal");
    assertEquals(Evidence.Kind.QUOTE, q.kind());
    assertEquals("I always look around to get the best deal", q.text());
  }

  @Test
  void rejectsBlankText() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Evidence.quote("\t"));
    assertEquals("Evidence: text must not be blank, got '\t'", e.getMessage());
  }

  @Test
  void rejectsBlankSourceAndSpeaker() {
    Evidence q = Evidence.quote("It just works");
    assertThrows(InvalidValueException.class, () -> q.withSource(""));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> q.withSpeaker(" P1"));
    assertEquals("Evidence: speaker must not start or end with white space, got ' P1'",
        e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    Evidence q = Evidence.quote("It just works");
    new EqualsTester()
        .addEqualityGroup(q, Evidence.of(Evidence.Kind.QUOTE, "It just works"))
        .addEqualityGroup(Evidence.of(Evidence.Kind.OBSERVATION, "It just works"))
        .addEqualityGroup(q.withDate(LocalDate.of(2026, 1, 2)))
        .addEqualityGroup(q.withSpeaker("P1"))
        .testEquals();
  }
}
