package dev.valuex.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import dev.valuex.core.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ObservationTest {
  static final LocalDate JUNE = LocalDate.of(2026, 6, 30);

  @Test
  void rejectsValueThatIsNotFinite() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Observation.of("steps to ready", JUNE, Double.NaN));
    assertEquals("Observation of 'steps to ready' on 2026-06-30: value must be a finite number,"
        + " got NaN", e.getMessage());
  }

  @Test
  void rejectsBlankMeasureName() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Observation.of("", JUNE, 1));
    assertEquals("Observation: measure must not be blank, got ''", e.getMessage());
  }

  @Test
  void rejectsUntrimmedNote() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Observation.of("steps to ready", JUNE, 4).withNote(" median "));
    assertEquals("Observation of 'steps to ready' on 2026-06-30: note must not start or end with"
        + " white space, got ' median '", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    Observation o = Observation.of("steps to ready", JUNE, 4);
    new EqualsTester()
        .addEqualityGroup(o, Observation.of("steps to ready", JUNE, 4))
        .addEqualityGroup(o.withValue(5))
        .addEqualityGroup(o.withDate(JUNE.plusDays(1)))
        .addEqualityGroup(o.withNote("median of 8"))
        .testEquals();
  }
}
