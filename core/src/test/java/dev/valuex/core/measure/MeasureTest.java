package dev.valuex.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import dev.valuex.core.InvalidValueException;
import java.time.LocalDate;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class MeasureTest {
  static final LocalDate MAY = LocalDate.of(2026, 5, 1);

  static Measure steps() {
    return Measure.builder().name("steps to ready").unit("steps").kind(Measure.Kind.COUNT)
        .direction(Measure.Direction.AT_MOST).target(3).baseline(7)
        .definedBy(Measure.DefinedBy.CUSTOMERS).build();
  }

  static Measure comments(int target) {
    return Measure.builder().name("favourable comments").unit("comments")
        .kind(Measure.Kind.COUNT).direction(Measure.Direction.AT_LEAST).target(target)
        .definedBy(Measure.DefinedBy.REPRESENTATIVES).aggregation(Measure.Aggregation.COUNT)
        .build();
  }

  @Test
  void simplificationInAtMostThreeStepsFromSevenWithFourIsSeventyFivePercentNotMet() {
    Achievement a = steps().achievement(4);
    assertEquals(75.0, a.percentage());
    assertFalse(a.met());
    assertEquals(4.0, a.actual());
    assertEquals("steps to ready", a.measure());
    assertEquals("75% achieved, not met", a.inWords());
  }

  @Test
  void simplificationReachingThreeStepsIsOneHundredPercentAndMet() {
    assertEquals(100.0, steps().percentageAchieved(3));
    assertTrue(steps().isMet(3));
    assertEquals(125.0, steps().percentageAchieved(2));
    assertEquals("at most 3 steps", steps().targetInWords());
  }

  @Test
  void favourableCommentsCountOneObservationPerComment() {
    Measure m = comments(20);
    ImmutableList.Builder<Observation> seen = ImmutableList.builder();
    for (int i = 0; i < 15; i++) {
      seen.add(Observation.of("favourable comments", MAY.plusDays(i), 1));
    }
    Achievement a = m.achievement(seen.build()).orElseThrow();
    assertEquals(15.0, a.actual());
    assertEquals(75.0, a.percentage());
    assertFalse(a.met());
    assertTrue(m.achievement(24).met());
    assertEquals(120.0, m.percentageAchieved(24));
    assertEquals("at least 20 comments", m.targetInWords());
  }

  @Test
  void atMostWithoutBaselineDividesTargetByActual() {
    Measure wait = Measure.builder().name("wait").unit("minutes").kind(Measure.Kind.DURATION)
        .direction(Measure.Direction.AT_MOST).target(10)
        .definedBy(Measure.DefinedBy.CUSTOMERS).build();
    assertEquals(125.0, wait.percentageAchieved(8));
    assertTrue(wait.isMet(8));
    assertEquals(50.0, wait.percentageAchieved(20));
    assertFalse(wait.isMet(20));
    assertEquals(Double.POSITIVE_INFINITY, wait.percentageAchieved(0));
    assertEquals("fully achieved, met", wait.achievement(0).inWords());
  }

  @Test
  void atLeastWithBaselineMeasuresProgressFromTheBaseline() {
    Measure score = Measure.builder().name("ease").unit("points").kind(Measure.Kind.SCORE)
        .direction(Measure.Direction.AT_LEAST).target(8).baseline(4)
        .definedBy(Measure.DefinedBy.ORGANISATION).build();
    assertEquals(50.0, score.percentageAchieved(6));
    assertEquals(-25.0, score.percentageAchieved(3));
  }

  @Test
  void aggregationsCombineObservations() {
    ImmutableList<Observation> obs = ImmutableList.of(
        Observation.of("ease", MAY.plusDays(2), 6),
        Observation.of("ease", MAY, 2),
        Observation.of("ease", MAY.plusDays(2), 7));
    Measure latest = Measure.builder().name("ease").unit("points").kind(Measure.Kind.SCORE)
        .direction(Measure.Direction.AT_LEAST).target(8)
        .definedBy(Measure.DefinedBy.CUSTOMERS).build();
    assertEquals(OptionalDouble.of(7), latest.aggregate(obs));
    assertEquals(OptionalDouble.of(15),
        latest.withAggregation(Measure.Aggregation.SUM).aggregate(obs));
    assertEquals(OptionalDouble.of(5),
        latest.withAggregation(Measure.Aggregation.MEAN).aggregate(obs));
    assertEquals(OptionalDouble.of(3),
        latest.withAggregation(Measure.Aggregation.COUNT).aggregate(obs));
    assertEquals(OptionalDouble.empty(), latest.aggregate(ImmutableList.of()));
    assertTrue(latest.achievement(ImmutableList.of()).isEmpty());
  }

  @Test
  void rejectsTargetThatIsNotFinite() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> comments(20).withTarget(Double.NaN));
    assertEquals("Measure 'favourable comments': target must be a finite number, got NaN",
        e.getMessage());
  }

  @Test
  void rejectsBaselineThatIsNotFinite() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> steps().withBaseline(Double.POSITIVE_INFINITY));
    assertEquals("Measure 'steps to ready': baseline must be a finite number, got Infinity",
        e.getMessage());
  }

  @Test
  void rejectsTargetEqualToBaseline() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> steps().withBaseline(3));
    assertEquals("Measure 'steps to ready': target must be below the baseline 3 for AT_MOST,"
        + " got 3.0", e.getMessage());
    InvalidValueException up = assertThrows(InvalidValueException.class,
        () -> comments(20).withBaseline(20));
    assertEquals("Measure 'favourable comments': target must be above the baseline 20 for"
        + " AT_LEAST, got 20.0", up.getMessage());
  }

  @Test
  void rejectsZeroTargetWithoutBaseline() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> comments(0));
    assertEquals("Measure 'favourable comments': target must be above 0 for AT_LEAST without a"
        + " baseline (the baseline counts as 0), got 0.0", e.getMessage());
    InvalidValueException most = assertThrows(InvalidValueException.class,
        () -> steps().withBaseline(OptionalDouble.empty()).withTarget(0));
    assertEquals("Measure 'steps to ready': target must be above 0 for AT_MOST without a"
        + " baseline (percentage achieved is 100 * target / actual), got 0.0", most.getMessage());
  }

  @Test
  void rejectsNegativeCounts() {
    InvalidValueException target = assertThrows(InvalidValueException.class,
        () -> steps().withBaseline(OptionalDouble.empty()).withTarget(-4));
    assertEquals("Measure 'steps to ready': target must not be negative for a COUNT, got -4.0",
        target.getMessage());
    InvalidValueException actual = assertThrows(InvalidValueException.class,
        () -> steps().achievement(-1));
    assertEquals("Measure 'steps to ready': actual must not be negative for a COUNT, got -1.0",
        actual.getMessage());
  }

  @Test
  void rejectsNegativeBaselineForCounts() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> comments(20).withBaseline(-2));
    assertEquals("Measure 'favourable comments': baseline must not be negative for a COUNT,"
        + " got -2.0", e.getMessage());
  }

  @Test
  void rejectsActualThatIsNotFinite() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> steps().percentageAchieved(Double.NaN));
    assertEquals("Measure 'steps to ready': actual must be a finite number, got NaN",
        e.getMessage());
  }

  @Test
  void rejectsObservationsOfAnotherMeasure() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> steps().aggregate(ImmutableList.of(Observation.of("wait", MAY, 3))));
    assertEquals("Measure 'steps to ready': observations must be observations of this measure,"
        + " got 'wait'", e.getMessage());
  }

  @Test
  void rejectsBlankUnit() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> steps().withUnit(" "));
    assertEquals("Measure 'steps to ready': unit must not be blank, got ' '", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(steps(), steps())
        .addEqualityGroup(steps().withTarget(2))
        .addEqualityGroup(steps().withAggregation(Measure.Aggregation.MEAN))
        .addEqualityGroup(comments(20))
        .testEquals();
  }
}
