package dev.valuex.core.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.valuex.core.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's journey sample, verbatim, so it cannot rot. */
class JourneyReadmeExampleTest {
  @Test
  void readmeJourneySampleFindsTheBrokenHandOffAndTheUnservedBarrier() {
    Journey journey = Journey.builder()
        .name("home broadband")
        .model(JourneyModel.fiveStage())
        .addFunctions(
            OrganisationFunction.builder().name("Marketing").addOwnedStages("Awareness").build(),
            OrganisationFunction.builder().name("Sales")
                .addOwnedStages("Consideration", "Acquisition").addHandsOffTo("Support").build(),
            OrganisationFunction.builder().name("Support")
                .addOwnedStages("Service", "Loyalty").build())
        .addTouchpoints(Touchpoint.builder().id("shop").stage("Consideration")
            .channel("store").characteristic(Characteristic.SOCIAL).owner("Sales").build())
        .build();
    List<GapFinding> gaps = Gaps.find(journey,
        List.of(Obstacle.of("Acquisition", Evidence.quote("the sign-up form timed out"))));
    gaps.forEach(g -> System.out.println(g.kind() + ": " + g.explanation()));
    // MISSING_HAND_OFF: Stage Awareness is owned by Marketing and stage Consideration by Sales, ...
    // UNSERVED_OBSTACLE: Evidence names a barrier to consumption at stage Acquisition (...) ...
    assertEquals(List.of(GapFinding.Kind.MISSING_HAND_OFF, GapFinding.Kind.UNSERVED_OBSTACLE),
        gaps.stream().map(GapFinding::kind).toList());
  }
}
