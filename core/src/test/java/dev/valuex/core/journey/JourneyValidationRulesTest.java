package dev.valuex.core.journey;

import static dev.valuex.core.Rejections.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.valuex.core.Evidence;
import dev.valuex.core.InvalidValueException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One test per validation rule of the journey types that no other test breaks: the type, the
 * message a researcher reads, and for list items the path to the bad one.
 */
class JourneyValidationRulesTest {
  private static final JourneyModel FIVE = JourneyModel.fiveStage();

  private static final Touchpoint CHAT = Touchpoint.builder().id("t1").stage("Service")
      .channel("chat").characteristic(Characteristic.FUNCTIONAL).build();

  @Test
  void aTouchpointNeedsATrimmedIdStageDescriptionAndOwner() {
    rejected("Touchpoint: id must not be blank, got ' '", () -> CHAT.withId(" "));
    rejected("Touchpoint t1: stage must not start or end with white space, got 'Service '",
        () -> CHAT.withStage("Service "));
    rejected("Touchpoint t1: description must not be blank, got ''",
        () -> CHAT.withDescription(""));
    rejected("Touchpoint t1: owner must not start or end with white space, got ' Sales'",
        () -> CHAT.withOwner(" Sales"));
  }

  @Test
  void aFunctionNeedsATrimmedNameAndStageAndHandOffNames() {
    rejected("OrganisationFunction: name must not be blank, got ''",
        () -> OrganisationFunction.builder().name("").build());
    InvalidValueException e = rejected(
        "OrganisationFunction Sales: ownedStages must not be blank, got ' '",
        () -> OrganisationFunction.builder().name("Sales").addOwnedStages("Service", " ")
            .build());
    assertEquals("ownedStages/1", e.path().orElseThrow());
    assertEquals("must not be blank, got ' '", e.rule());
    rejected("OrganisationFunction Sales: handsOffTo must not start or end with white space, "
        + "got 'Support '", () -> OrganisationFunction.builder().name("Sales")
            .addHandsOffTo("Support ").build());
  }

  @Test
  void aStageObstacleGapFindingAndJobNeedTrimmedTexts() {
    rejected("Stage: name must not be blank, got ' '", () -> Stage.of(" ", Phase.PRE_PURCHASE));
    rejected("Obstacle: stage must not be blank, got ''",
        () -> Obstacle.of("", Evidence.quote("the form kept timing out")));
    rejected("GapFinding: explanation must not be blank, got ' '",
        () -> GapFinding.of(GapFinding.Kind.values()[0], List.of("Service"), " "));
    rejected("Job: statement must not be blank, got ''",
        () -> Job.builder().statement("").kind(Characteristic.FUNCTIONAL).build());
    InvalidValueException e = rejected(
        "Job 'get to work on time': benefits must not start or end with white space, "
        + "got 'calm '", () -> Job.builder().statement("get to work on time")
            .kind(Characteristic.FUNCTIONAL).addBenefits("no stress", "calm ").build());
    assertEquals("benefits/1", e.path().orElseThrow());
  }

  @Test
  void aJourneyNeedsATrimmedNameAndKnownStagesFunctionsAndUniqueTouchpoints() {
    rejected("Journey: name must not be blank, got ''",
        () -> Journey.builder().name("").model(FIVE).build());
    rejected("Journey commute function Sales: ownedStages must name a stage of model "
        + "five-stage, got 'Checkout'", () -> Journey.builder().name("commute").model(FIVE)
            .addFunctions(OrganisationFunction.builder().name("Sales")
                .addOwnedStages("Checkout").build())
            .build());
    rejected("Journey commute function Sales: handsOffTo must name a function of the journey, "
        + "got 'Billing'", () -> Journey.builder().name("commute").model(FIVE)
            .addFunctions(OrganisationFunction.builder().name("Sales")
                .addHandsOffTo("Billing").build())
            .build());
    rejected("Journey commute: touchpoints must have unique ids, got 't1'",
        () -> Journey.builder().name("commute").model(FIVE)
            .addTouchpoints(CHAT, CHAT.withChannel("phone"))
            .build());
  }

  @Test
  void aJourneyAcceptsAHandOffToAnotherOfItsFunctions() {
    Journey journey = Journey.builder().name("commute").model(FIVE)
        .addFunctions(OrganisationFunction.builder().name("Sales").addHandsOffTo("Support")
            .build(), OrganisationFunction.builder().name("Support").build())
        .build();
    assertEquals(List.of("Support"),
        journey.functions().get(0).handsOffTo().asList());
  }

  @Test
  void aJourneyModelNeedsANameStagesAndPrePurchaseStagesFirst() {
    rejected("JourneyModel: name must not be blank, got ' '",
        () -> JourneyModel.builder().name(" ").addStages(Stage.of("Use", Phase.POST_PURCHASE))
            .build());
    rejected("JourneyModel lean: stages must not be empty, got []",
        () -> JourneyModel.builder().name("lean").build());
    rejected("JourneyModel lean: stages must put every pre-purchase stage before the "
        + "post-purchase stages, got 'Buy'", () -> JourneyModel.builder().name("lean")
            .addStages(Stage.of("Use", Phase.POST_PURCHASE), Stage.of("Buy", Phase.PRE_PURCHASE))
            .build());
  }

  @Test
  void aStageMappingKeepsEachStageInItsPhaseAndReachesEveryTargetStage() {
    JourneyModel two = JourneyModel.builder().name("two").addStages(
        Stage.of("Buy", Phase.PRE_PURCHASE), Stage.of("Use", Phase.POST_PURCHASE)).build();
    JourneyModel three = JourneyModel.builder().name("three").addStages(
        Stage.of("Find", Phase.PRE_PURCHASE), Stage.of("Buy", Phase.PRE_PURCHASE),
        Stage.of("Use", Phase.POST_PURCHASE)).build();
    rejected("StageMapping two->three: targets must keep each stage in its phase, "
        + "got 'Use->Buy'", () -> StageMapping.builder().from(two).to(three)
            .putAllTargets(Map.of("Buy", "Find", "Use", "Buy")).build());
    rejected("StageMapping two->three: targets must reach every stage of three, got 'Find'",
        () -> StageMapping.builder().from(two).to(three)
            .putAllTargets(Map.of("Buy", "Buy", "Use", "Use")).build());
  }
}
