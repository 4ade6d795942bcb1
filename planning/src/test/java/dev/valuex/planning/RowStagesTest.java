package dev.valuex.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSet;
import dev.valuex.core.ElementId;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Side;
import dev.valuex.core.journey.JourneyModel;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RowStagesTest {
  static final ElementId SIMPLE = ElementId.parse("customer.simplification");

  @Test
  void aRowNamesTheStagesWhereItCreatesValueInTheOrderGiven() {
    RowStages stages = RowStages.of(JourneyModel.eightStage())
        .with(SIMPLE, Side.OUT, "Use", "Purchase");
    assertEquals(ImmutableSet.of("Use", "Purchase"), stages.stagesOf(PlanRow.of(SIMPLE)));
    assertEquals(ImmutableSet.of(),
        stages.stagesOf(PlanRow.of(ElementId.parse("customer.savings"))));
  }

  @Test
  void aStageTheModelLacksIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> RowStages.of(JourneyModel.fiveStage()).with(SIMPLE, Side.OUT, "Use"));
    assertEquals("RowStages: stages must name a stage of model five-stage, got 'Use'",
        e.getMessage());
  }

  @Test
  void stagesForARowThePlanLacksAreRejectedAgainstThePlan() {
    ValueCreationPlan plan = ValueCreationPlan.builder().id(PlanId.of("p1")).title("Plan")
        .createdOn(LocalDate.of(2026, 4, 1)).addRows(PlanRow.of(SIMPLE)).build();
    RowStages ok = RowStages.of(JourneyModel.fiveStage()).with(SIMPLE, Side.OUT, "Service");
    ok.checkAgainst(plan);
    RowStages bad = ok.with(SIMPLE, Side.IN, "Awareness");
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> bad.checkAgainst(plan));
    assertEquals("RowStages: stages must name rows of plan p1, got"
        + " 'customer.simplification IN'", e.getMessage());
  }

  @Test
  void aKeyThatNamesNoRowIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> RowStages.builder().model(JourneyModel.fiveStage())
            .putStages("customer.simplification SIDEWAYS", "Service").build());
    assertEquals("RowStages: stages must be keyed by '<element> <IN|OUT>', got"
        + " 'customer.simplification SIDEWAYS'", e.getMessage());
  }
}
