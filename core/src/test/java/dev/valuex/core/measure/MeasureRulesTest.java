package dev.valuex.core.measure;

import static dev.valuex.core.Rejections.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of a measure that no other test breaks, and the boundaries a team's dashboard
 * depends on: a target hit exactly is met, a count of 0 against an at-most target, which kinds
 * may go negative.
 */
class MeasureRulesTest {
  private static final LocalDate MAY = LocalDate.of(2026, 5, 1);

  private static Measure.Builder measure(Measure.Kind kind, Measure.Direction direction) {
    return Measure.builder().name("wait").unit("minutes").kind(kind).direction(direction)
        .target(5).definedBy(Measure.DefinedBy.CUSTOMERS);
  }

  @Test
  void aMeasureNeedsATrimmedNameUnitAndDescription() {
    rejected("Measure: name must not be blank, got ' '",
        () -> measure(Measure.Kind.DURATION, Measure.Direction.AT_MOST).build().withName(" "));
    rejected("Measure 'wait': unit must not start or end with white space, got 'minutes '",
        () -> measure(Measure.Kind.DURATION, Measure.Direction.AT_MOST).build()
            .withUnit("minutes "));
    rejected("Measure 'wait': description must not be blank, got ''",
        () -> measure(Measure.Kind.DURATION, Measure.Direction.AT_MOST).build()
            .withDescription(""));
  }

  @Test
  void aBaselineMustBeFiniteAndMayBeZeroForACount() {
    rejected("Measure 'wait': baseline must be a finite number, got NaN",
        () -> measure(Measure.Kind.DURATION, Measure.Direction.AT_MOST).baseline(Double.NaN)
            .build());
    Measure fromNothing = measure(Measure.Kind.COUNT, Measure.Direction.AT_LEAST).baseline(0)
        .build();
    assertEquals(100.0, fromNothing.percentageAchieved(5));
  }

  @Test
  void onlyCountsAndDurationsRefuseNegativeValues() {
    rejected("Measure 'wait': baseline must not be negative for a DURATION, got -1.0",
        () -> measure(Measure.Kind.DURATION, Measure.Direction.AT_MOST).baseline(-1).build());
    rejected("Measure 'wait': target must not be negative for a COUNT, got -1.0",
        () -> measure(Measure.Kind.COUNT, Measure.Direction.AT_LEAST).build()
            .withTarget(-1));
    Measure balance = measure(Measure.Kind.AMOUNT, Measure.Direction.AT_LEAST).build()
        .withBaseline(-10).withTarget(-2);
    assertEquals(50.0, balance.percentageAchieved(-6));
    Measure net = measure(Measure.Kind.SUM, Measure.Direction.AT_LEAST).baseline(-4).build();
    assertTrue(net.isMet(6));
  }

  @Test
  void aTargetHitExactlyIsMetInEitherDirection() {
    assertTrue(measure(Measure.Kind.DURATION, Measure.Direction.AT_MOST).build().isMet(5));
    assertFalse(measure(Measure.Kind.DURATION, Measure.Direction.AT_MOST).build().isMet(5.5));
    assertTrue(measure(Measure.Kind.COUNT, Measure.Direction.AT_LEAST).build().isMet(5));
    assertFalse(measure(Measure.Kind.COUNT, Measure.Direction.AT_LEAST).build().isMet(4.5));
  }

  @Test
  void isMetChecksTheActualValueLikeEveryOtherReading() {
    rejected("Measure 'wait': actual must be a finite number, got NaN",
        () -> measure(Measure.Kind.DURATION, Measure.Direction.AT_MOST).build()
            .isMet(Double.NaN));
    rejected("Measure 'wait': actual must not be negative for a DURATION, got -1.0",
        () -> measure(Measure.Kind.DURATION, Measure.Direction.AT_MOST).build().isMet(-1));
  }

  @Test
  void aggregatingObservationsChecksEachValue() {
    Measure wait = measure(Measure.Kind.DURATION, Measure.Direction.AT_MOST).build();
    rejected("Measure 'wait': actual must not be negative for a DURATION, got -2.0",
        () -> wait.aggregate(List.of(Observation.of("wait", MAY, 3),
            Observation.of("wait", MAY.plusDays(1), -2))));
  }

  @Test
  void anActualOfZeroAgainstAnAtMostTargetWithoutBaselineIsInfinitelyAchieved() {
    Measure wait = measure(Measure.Kind.DURATION, Measure.Direction.AT_MOST).build();
    assertEquals(Double.POSITIVE_INFINITY, wait.percentageAchieved(0));
    assertEquals(500.0, wait.percentageAchieved(1));
  }

  @Test
  void numbersBelowAQuadrillionAreWrittenWithoutADecimalPoint() {
    assertEquals("999999999999999", Measure.number(999_999_999_999_999.0));
    assertEquals("1.0E15", Measure.number(1e15));
    assertEquals("-3", Measure.number(-3));
    assertEquals("2.5", Measure.number(2.5));
  }
}
