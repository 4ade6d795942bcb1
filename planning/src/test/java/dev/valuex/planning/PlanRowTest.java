package dev.valuex.planning;

import static dev.valuex.planning.MethodExamples.SIMPLIFICATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Side;
import org.junit.jupiter.api.Test;

class PlanRowTest {

  @Test
  void theMethodsWorkedRowsAreComplete() {
    assertTrue(MethodExamples.simplification().isComplete());
    assertTrue(MethodExamples.status().isComplete());
  }

  @Test
  void rowsAreAboutValueSoughtUnlessSetToIn() {
    assertEquals(Side.OUT, PlanRow.of(SIMPLIFICATION).side());
    assertEquals(Side.IN, PlanRow.of(SIMPLIFICATION).withSide(Side.IN).side());
  }

  @Test
  void aBareRowLacksAnAnswerToEachQuestion() {
    ImmutableList<Gap> gaps = PlanRow.of(SIMPLIFICATION).gaps();
    assertEquals(ImmutableList.of(Question.WHAT_IS_VALUE, Question.HOW_CREATED,
        Question.HOW_MEASURED), gaps.stream().map(Gap::question)
        .collect(ImmutableList.toImmutableList()));
    assertEquals("no first-person sentence expands the element", gaps.get(0).explanation());
    assertEquals("no approach says how the value is created", gaps.get(1).explanation());
    assertEquals("no measure with a target", gaps.get(2).explanation());
  }

  @Test
  void anApproachWithoutACompleteActionLeavesHowCreatedOpen() {
    PlanRow noActions = MethodExamples.simplification()
        .withApproaches(CreationApproach.of("Pre-make parts"));
    assertEquals("no action says what is done", noActions.gaps().get(0).explanation());
    PlanRow noWho = MethodExamples.simplification().withApproaches(
        CreationApproach.of("Pre-make parts").withActions(
            Action.of("Ship the frame pre-assembled").withWhen(When.milestone("next release"))));
    assertEquals("no action says what, when and who (e.g. 'Ship the frame pre-assembled'"
        + " lacks who)", noWho.gaps().get(0).explanation());
    assertEquals(Question.HOW_CREATED, noWho.gaps().get(0).question());
    PlanRow neither = MethodExamples.simplification().withApproaches(
        CreationApproach.of("Pre-make parts").withActions(Action.of("Ship pre-assembled")));
    assertEquals("no action says what, when and who (e.g. 'Ship pre-assembled' lacks when and"
        + " who)", neither.gaps().get(0).explanation());
  }

  @Test
  void rejectsTwoMeasuresWithOneName() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> MethodExamples.simplification().withMeasures(MethodExamples.steps(),
            MethodExamples.steps().withTarget(2)));
    assertEquals("PlanRow customer.simplification OUT: measures must have distinct names, got"
        + " 'steps to ready'", e.getMessage());
  }

  @Test
  void rejectsBlankSentence() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> PlanRow.of(SIMPLIFICATION).withSentence(" "));
    assertEquals("PlanRow customer.simplification OUT: sentence must not be blank, got ' '",
        e.getMessage());
  }

  @Test
  void labelIsTheCardNameOrTheId() {
    assertEquals("SIMPLIFICATION", MethodExamples.simplification().label());
    assertEquals("customer.simplification", PlanRow.of(SIMPLIFICATION).label());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(MethodExamples.simplification(), MethodExamples.simplification())
        .addEqualityGroup(MethodExamples.simplification().withSide(Side.IN))
        .addEqualityGroup(MethodExamples.status())
        .testEquals();
  }
}
