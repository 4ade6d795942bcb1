package dev.valuex.core.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.Evidence;
import dev.valuex.core.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapsTest {

  static OrganisationFunction fn(String name, List<String> stages, List<String> handsOff) {
    return OrganisationFunction.builder().name(name).addAllOwnedStages(stages)
        .addAllHandsOffTo(handsOff).build();
  }

  static Touchpoint tp(String id, String stage, String owner) {
    return Touchpoint.builder().id(id).stage(stage).channel("web")
        .characteristic(Characteristic.FUNCTIONAL).owner(owner).build();
  }

  /** A connected five-stage journey: every stage owned, every transition handed off. */
  static Journey connected() {
    return Journey.builder().name("broadband").model(JourneyModel.fiveStage())
        .addFunctions(
            fn("Marketing", List.of("Awareness"), List.of("Sales")),
            fn("Sales", List.of("Consideration", "Acquisition"), List.of("Service Desk")),
            fn("Service Desk", List.of("Service", "Loyalty"), List.of()))
        .addTouchpoints(
            tp("ads", "Awareness", "Marketing"),
            tp("shop", "Consideration", "Sales"),
            tp("checkout", "Acquisition", "Sales"),
            tp("chat", "Service", "Service Desk"),
            tp("renewal-mail", "Loyalty", "Service Desk"))
        .build();
  }

  @Test
  void aConnectedJourneyHasNoGaps() {
    assertEquals(List.of(), Gaps.find(connected(), List.of()));
  }

  @Test
  void aStageNoFunctionOwnsIsAnUnownedStageGap() {
    Journey j = connected().withFunctions(
        fn("Marketing", List.of("Awareness"), List.of("Sales")),
        fn("Sales", List.of("Consideration", "Acquisition"), List.of("Service Desk")),
        fn("Service Desk", List.of("Service"), List.of()));
    ImmutableList<GapFinding> gaps = Gaps.find(j, List.of());
    assertEquals(1, gaps.size());
    assertEquals(GapFinding.Kind.UNOWNED_STAGE, gaps.get(0).kind());
    assertEquals(List.of("Loyalty"), gaps.get(0).stages());
    assertEquals("No function owns stage Loyalty, so nobody is answerable for the hurdles to"
        + " satisfaction the customer meets there.", gaps.get(0).explanation());
  }

  @Test
  void ownersWithoutAHandOffBetweenConsecutiveStagesAreAMissingHandOffGap() {
    Journey j = connected().withFunctions(
        fn("Marketing", List.of("Awareness"), List.of()),
        fn("Sales", List.of("Consideration", "Acquisition"), List.of("Service Desk")),
        fn("Service Desk", List.of("Service", "Loyalty"), List.of()));
    ImmutableList<GapFinding> gaps = Gaps.find(j, List.of());
    assertEquals(1, gaps.size());
    assertEquals(GapFinding.Kind.MISSING_HAND_OFF, gaps.get(0).kind());
    assertEquals(List.of("Awareness", "Consideration"), gaps.get(0).stages());
    assertTrue(gaps.get(0).explanation().startsWith(
        "Stage Awareness is owned by Marketing and stage Consideration by Sales"));
  }

  @Test
  void theRenewalLoopNeedsAHandOffFromTheLastStageBackToTheRenewalStage() {
    Journey j = connected().withModel(JourneyModel.fiveStage().withRenewsAt("Consideration"));
    ImmutableList<GapFinding> gaps = Gaps.find(j, List.of());
    assertEquals(1, gaps.size());
    assertEquals(List.of("Loyalty", "Consideration"), gaps.get(0).stages());
    Journey fixed = j.withFunctions(
        fn("Marketing", List.of("Awareness"), List.of("Sales")),
        fn("Sales", List.of("Consideration", "Acquisition"), List.of("Service Desk")),
        fn("Service Desk", List.of("Service", "Loyalty"), List.of("Sales")));
    assertEquals(List.of(), Gaps.find(fixed, List.of()));
  }

  @Test
  void aTouchpointWithoutOwnerIsAnUnownedTouchpointGap() {
    Journey j = connected().withTouchpoints(ImmutableList.<Touchpoint>builder()
        .addAll(connected().touchpoints())
        .add(Touchpoint.builder().id("forum").stage("Service").channel("community")
            .characteristic(Characteristic.SOCIAL).build())
        .build());
    ImmutableList<GapFinding> gaps = Gaps.find(j, List.of());
    assertEquals(List.of(GapFinding.of(GapFinding.Kind.UNOWNED_TOUCHPOINT, List.of("Service"),
        "Touchpoint forum (community) at stage Service has no owning function, so nobody keeps"
            + " it working.")), gaps);
  }

  @Test
  void aBarrierNamedAtAStageWithoutTouchpointIsAnUnservedObstacleGap() {
    Journey j = connected().withTouchpoints(tp("ads", "Awareness", "Marketing"),
        tp("shop", "Consideration", "Sales"), tp("chat", "Service", "Service Desk"),
        tp("renewal-mail", "Loyalty", "Service Desk"));
    Obstacle served = Obstacle.of("Service", Evidence.quote("the router never arrived"));
    Obstacle unserved = Obstacle.of("Acquisition", Evidence.quote("the form timed out"));
    ImmutableList<GapFinding> gaps = Gaps.find(j, List.of(served, unserved));
    assertEquals(List.of(GapFinding.of(GapFinding.Kind.UNSERVED_OBSTACLE,
        List.of("Acquisition"), "Evidence names a barrier to consumption at stage Acquisition"
            + " (\"the form timed out\"), but the journey has no touchpoint there to remove it.")),
        gaps);
  }

  @Test
  void anObstacleAtAStageTheModelLacksIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Gaps.find(
        connected(), List.of(Obstacle.of("Use", Evidence.quote("it broke")))));
    assertEquals("Obstacle: stage must name a stage of model five-stage, got 'Use'",
        e.getMessage());
  }

  @Test
  void aTouchpointOwnedByAnUnknownFunctionIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> connected()
        .withTouchpoints(tp("ads", "Awareness", "PR")));
    assertEquals("Journey broadband touchpoint ads: owner must name a function of the journey,"
        + " got 'PR'", e.getMessage());
  }

  @Test
  void aFunctionOwningAStageTheModelLacksIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> connected()
        .withFunctions(fn("Ops", List.of("Dispose"), List.of())));
    assertEquals("Journey broadband function Ops: ownedStages must name a stage of model"
        + " five-stage, got 'Dispose'", e.getMessage());
  }
}
