package dev.valuex.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Side;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import dev.valuex.planning.program.ProgramScope;
import dev.valuex.planning.program.ProgramType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What a team looks up in a plan and a proposition (a row, a measure, an offering by name), when
 * a row counts as complete, and the rules on plan ids and action dates. Written to kill the
 * mutants PIT found surviving or uncovered in planning (MUTATION.md).
 */
class PlanLookupsTest {
  private static final ValueCreationPlan PLAN = MethodExamples.plan();

  @Test
  void aRowIsFoundByElementAndSideAndOnlyThere() {
    PlanRow row = MethodExamples.simplification();
    assertEquals(Optional.of(row), PLAN.row(row.element(), row.side()));
    assertEquals(Optional.empty(), PLAN.row(row.element(), row.side() == Side.OUT ? Side.IN
        : Side.OUT));
    assertEquals(Optional.empty(), PLAN.row(MethodExamples.STATUS, Side.IN));
  }

  @Test
  void measuresAreEveryRowsInOrderAndFoundByName() {
    assertEquals(List.of(MethodExamples.steps(), MethodExamples.comments()), PLAN.measures());
    assertEquals(Optional.of(MethodExamples.comments()), PLAN.measure("favourable comments"));
    assertEquals(Optional.empty(), PLAN.measure("Favourable comments"));
  }

  @Test
  void aRowWithoutMeasuresIsIncompleteAndARowWithAllThreeAnswersIsComplete() {
    assertTrue(MethodExamples.simplification().isComplete());
    PlanRow unmeasured = MethodExamples.simplification().withMeasures(List.of());
    assertFalse(unmeasured.isComplete());
    assertEquals(List.of(Question.HOW_MEASURED), unmeasured.gaps().stream()
        .map(Gap::question).toList());
  }

  @Test
  void anOfferingIsFoundByItsExactName() {
    ValueProposition offer = PropositionFitTest.OFFER;
    assertEquals("Student pass", offer.offering("Student pass").orElseThrow().name());
    assertEquals(Optional.empty(), offer.offering("student pass"));
  }

  @Test
  void aPlanIdMustStartWithALetterOrDigit() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> PlanId.of("-spring"));
    assertEquals("PlanId: value must be 1 to 128 letters, digits or . _ : - starting with a"
        + " letter or digit, got '-spring'", e.getMessage());
  }

  @Test
  void anActionIsDueOnADayOrAtAMilestoneNotBothOrNeither() {
    InvalidValueException both = assertThrows(InvalidValueException.class,
        () -> ImmutableWhen.builder().date(LocalDate.of(2026, 9, 1)).milestone("launch")
            .build());
    assertEquals("When: date and milestone must have exactly one of the two set, got 'both'",
        both.getMessage());
    InvalidValueException blank = assertThrows(InvalidValueException.class,
        () -> When.milestone(" "));
    assertTrue(blank.getMessage().startsWith("When: milestone must"), blank.getMessage());
  }

  @Test
  void blankTextsInPlansAndPropositionsAreRejectedByName() {
    assertRejected("CreationApproach: description must not be blank, got ' '",
        () -> CreationApproach.of(" "));
    assertRejected("ValueCreationPlan method-example: title must not be blank, got ''",
        () -> PLAN.withTitle(""));
    assertRejected("ValueCreationPlan method-example: scope must not start or end with white"
        + " space, got ' riders'", () -> PLAN.withScope(" riders"));
    assertRejected("Offering: name must not be blank, got ' '",
        () -> Offering.builder().name(" ").kind(Offering.Kind.PRODUCT).build());
    assertRejected("ProgramScope: name must not be blank, got ''",
        () -> ProgramScope.of("", ProgramType.values()[0]));
    assertRejected("Review 2026-06-01: reviewer must not be blank, got ' '",
        () -> Review.builder().date(LocalDate.of(2026, 6, 1)).reviewer(" ").build());
  }

  private static void assertRejected(String message, Executable build) {
    assertEquals(message, assertThrows(InvalidValueException.class, build).getMessage());
  }
}
