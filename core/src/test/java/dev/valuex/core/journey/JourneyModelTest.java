package dev.valuex.core.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.InvalidValueException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JourneyModelTest {

  static List<String> names(JourneyModel m) {
    return m.stages().stream().map(Stage::name).collect(Collectors.toList());
  }

  @Test
  void theFiveStageModelRunsFromAwarenessToLoyalty() {
    assertEquals(List.of("Awareness", "Consideration", "Acquisition", "Service", "Loyalty"),
        names(JourneyModel.fiveStage()));
    assertEquals(Phase.PRE_PURCHASE, JourneyModel.fiveStage().stage("Acquisition").get().phase());
    assertEquals(Phase.POST_PURCHASE, JourneyModel.fiveStage().stage("Service").get().phase());
  }

  @Test
  void theEightStageModelRunsFromSolutionsToDispose() {
    assertEquals(List.of("Solutions", "Evaluation", "Selection", "Purchase", "Take Home/Deliver",
        "Use", "Maintain", "Dispose"), names(JourneyModel.eightStage()));
    assertEquals(Phase.PRE_PURCHASE, JourneyModel.eightStage().stage("Purchase").get().phase());
    assertEquals(Phase.POST_PURCHASE,
        JourneyModel.eightStage().stage("Take Home/Deliver").get().phase());
  }

  @Test
  void theBuiltInMappingSendsSelectionToConsiderationAndDeliveryToService() {
    StageMapping m = StageMapping.eightToFive();
    assertEquals("Consideration",
        m.apply(JourneyModel.eightStage().stage("Selection").get()).name());
    assertEquals("Service",
        m.apply(JourneyModel.eightStage().stage("Take Home/Deliver").get()).name());
    assertEquals(List.of("Take Home/Deliver", "Use", "Maintain"),
        m.inverse().get(JourneyModel.fiveStage().stage("Service").get()).stream()
            .map(Stage::name).collect(Collectors.toList()));
  }

  @Test
  void aPostPurchaseStageBeforeAPrePurchaseStageIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () ->
        JourneyModel.builder().name("odd").addStages(Stage.of("Use", Phase.POST_PURCHASE),
            Stage.of("Buy", Phase.PRE_PURCHASE)).build());
    assertEquals("JourneyModel odd: stages must put every pre-purchase stage before the"
        + " post-purchase stages, got 'Buy'", e.getMessage());
  }

  @Test
  void aRenewalLoopToAnUnknownStageIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () ->
        JourneyModel.fiveStage().withRenewsAt("Purchase"));
    assertEquals("JourneyModel five-stage: renewsAt must name a stage of the model,"
        + " got 'Purchase'", e.getMessage());
  }

  @Test
  void aMappingThatLeavesAStageOutIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () ->
        StageMapping.builder().from(JourneyModel.fiveStage()).to(JourneyModel.fiveStage())
            .putTarget("Awareness", "Awareness").build());
    assertEquals("StageMapping five-stage->five-stage: targets must map every stage of"
        + " five-stage, got 'Consideration'", e.getMessage());
  }

  @Test
  void aMappingAcrossPhasesIsRejected() {
    JourneyModel two = JourneyModel.builder().name("two").addStages(
        Stage.of("Buy", Phase.PRE_PURCHASE), Stage.of("Use", Phase.POST_PURCHASE)).build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () ->
        StageMapping.builder().from(two).to(two).putTarget("Buy", "Use")
            .putTarget("Use", "Use").build());
    assertEquals("StageMapping two->two: targets must keep each stage in its phase,"
        + " got 'Buy->Use'", e.getMessage());
  }
}
