package dev.valuex.planning;

import static dev.valuex.planning.MethodExamples.APRIL;
import static dev.valuex.planning.MethodExamples.SIMPLIFICATION;
import static dev.valuex.planning.MethodExamples.STATUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Side;
import dev.valuex.core.measure.Achievement;
import dev.valuex.core.measure.Observation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanStatusTest {
  static final LocalDate MAY = LocalDate.of(2026, 5, 31);
  static final LocalDate JUNE = LocalDate.of(2026, 6, 30);

  static Review review(LocalDate date, Observation... observations) {
    return Review.builder().date(date).reviewer("service design team")
        .addObservations(observations).build();
  }

  static Observation steps(LocalDate on, double value) {
    return Observation.of("steps to ready", on, value);
  }

  static Observation comments(LocalDate on, double value) {
    return Observation.of("favourable comments", on, value);
  }

  @Test
  void simplificationFromSevenToFourStepsIsSeventyFivePercentImprovingAndOnTrack() {
    ValueCreationPlan plan = MethodExamples.plan()
        .withReview(review(MAY, steps(MAY, 5)))
        .withReview(review(JUNE, steps(JUNE, 4)));
    PlanStatus status = plan.status();
    MeasureStatus ms = status.measure("steps to ready").orElseThrow();
    assertEquals(2, ms.history().size());
    assertEquals(50.0, ms.history().get(0).percentage());
    Achievement latest = ms.latest().orElseThrow();
    assertEquals(75.0, latest.percentage());
    assertFalse(latest.met());
    assertEquals(Trend.IMPROVING, ms.trend());
    RowStatus row = status.row(SIMPLIFICATION, Side.OUT).orElseThrow();
    assertEquals(RowStatus.State.ON_TRACK, row.state());
    assertEquals("'steps to ready' 75% achieved, not met, improving", row.explanation());
    assertEquals(JUNE, status.asOf().orElseThrow());
  }

  @Test
  void favourableCommentsAddUpAcrossReviewsUntilMet() {
    ValueCreationPlan plan = MethodExamples.plan()
        .withReview(review(MAY, comments(MAY, 12)))
        .withReview(review(JUNE, comments(JUNE, 9)));
    MeasureStatus ms = plan.status().measure("favourable comments").orElseThrow();
    assertEquals(60.0, ms.history().get(0).percentage());
    assertEquals(21.0, ms.latest().orElseThrow().actual());
    assertTrue(ms.latest().orElseThrow().met());
    RowStatus row = plan.status().row(STATUS, Side.OUT).orElseThrow();
    assertEquals(RowStatus.State.MET, row.state());
    assertEquals("'favourable comments' 105% achieved, met, improving", row.explanation());
  }

  @Test
  void aMeasureThatFallsPutsItsRowAtRisk() {
    ValueCreationPlan plan = MethodExamples.plan()
        .withReview(review(MAY, steps(MAY, 4)))
        .withReview(review(JUNE, steps(JUNE, 5)));
    RowStatus row = plan.status().row(SIMPLIFICATION, Side.OUT).orElseThrow();
    assertEquals(RowStatus.State.AT_RISK, row.state());
    assertEquals("'steps to ready' 50% achieved, not met, worsening (at risk when falling or"
        + " below 50%)", row.explanation());
    assertEquals(Trend.WORSENING, plan.status().measure("steps to ready").orElseThrow().trend());
  }

  @Test
  void aMeasureBelowTheThresholdPutsItsRowAtRisk() {
    ValueCreationPlan plan = MethodExamples.plan().withReview(review(MAY, steps(MAY, 6)));
    assertEquals(RowStatus.State.AT_RISK,
        plan.status().row(SIMPLIFICATION, Side.OUT).orElseThrow().state());
    assertEquals(RowStatus.State.ON_TRACK,
        PlanStatus.of(plan, 20).row(SIMPLIFICATION, Side.OUT).orElseThrow().state());
  }

  @Test
  void rowsWithoutMeasuresOrObservationsAreNotMeasured() {
    ValueCreationPlan plan = MethodExamples.plan()
        .withRow(PlanRow.of(SIMPLIFICATION).withSide(Side.IN));
    PlanStatus status = plan.status();
    assertEquals(RowStatus.State.NOT_MEASURED,
        status.row(SIMPLIFICATION, Side.OUT).orElseThrow().state());
    assertEquals("no observations yet for 'steps to ready'",
        status.row(SIMPLIFICATION, Side.OUT).orElseThrow().explanation());
    assertEquals("the row has no measure",
        status.row(SIMPLIFICATION, Side.IN).orElseThrow().explanation());
    assertEquals(Trend.UNKNOWN, status.measure("steps to ready").orElseThrow().trend());
    assertTrue(status.asOf().isEmpty());
  }

  @Test
  void rejectsNegativeCountObservedInAReview() {
    ValueCreationPlan plan = MethodExamples.plan().withReview(review(MAY, steps(MAY, -1)));
    InvalidValueException e = assertThrows(InvalidValueException.class, plan::status);
    assertEquals("Measure 'steps to ready': actual must not be negative for a COUNT, got -1.0",
        e.getMessage());
  }

  @Test
  void rejectsThresholdThatIsNotFinite() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> PlanStatus.of(MethodExamples.plan(), Double.NaN));
    assertEquals("PlanStatus of method-example: atRiskBelow must be a finite number, got NaN",
        e.getMessage());
  }

  @Test
  void reviewsBeforeAnyObservationLeaveHistoryEmpty() {
    ValueCreationPlan plan = MethodExamples.plan().withReview(review(APRIL));
    assertTrue(plan.status().measure("steps to ready").orElseThrow().history().isEmpty());
  }
}
