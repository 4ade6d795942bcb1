package dev.valuex.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import dev.valuex.core.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActionTest {

  @Test
  void anActionIsCompleteWhenItSaysWhatWhenAndWho() {
    Action a = Action.of("Ship the frame pre-assembled");
    assertFalse(a.isComplete());
    assertFalse(a.withWho("product team").isComplete());
    assertFalse(a.withWhen(When.milestone("next release")).isComplete());
    assertTrue(a.withWhen(When.milestone("next release")).withWho("product team").isComplete());
    assertEquals(Action.Status.PLANNED, a.status());
  }

  @Test
  void whenIsADateOrAMilestone() {
    assertEquals("2026-09-01", When.on(LocalDate.of(2026, 9, 1)).toString());
    assertEquals("after the pilot", When.milestone("after the pilot").toString());
  }

  @Test
  void rejectsBlankMilestone() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> When.milestone(""));
    assertEquals("When: milestone must not be blank, got ''", e.getMessage());
  }

  @Test
  void rejectsBlankWho() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Action.of("Ship it").withWho("team", ""));
    assertEquals("Action 'Ship it': who must not be blank, got ''", e.getMessage());
  }

  @Test
  void rejectsBlankWhat() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Action.of(" "));
    assertEquals("Action: what must not be blank, got ' '", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    Action a = Action.of("Ship it");
    new EqualsTester()
        .addEqualityGroup(a, Action.of("Ship it"))
        .addEqualityGroup(a.withStatus(Action.Status.DONE))
        .addEqualityGroup(a.withWhen(When.milestone("soon")))
        .addEqualityGroup(a.withWho("team"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(When.milestone("soon"), When.milestone("soon"))
        .addEqualityGroup(When.on(LocalDate.of(2026, 1, 1)))
        .testEquals();
  }
}
