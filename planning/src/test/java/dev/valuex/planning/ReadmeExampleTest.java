package dev.valuex.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.ElementId;
import dev.valuex.core.Side;
import dev.valuex.core.measure.Measure;
import dev.valuex.core.measure.Observation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's planning sample, verbatim between the markers, so it cannot rot. */
class ReadmeExampleTest {
  @Test
  void readmePlanningSampleComputesTheWorkedRow() {
    // README-SAMPLE-START
    Measure steps = Measure.builder()
        .name("steps to ready").unit("steps").kind(Measure.Kind.COUNT)
        .direction(Measure.Direction.AT_MOST).target(3).baseline(7)
        .definedBy(Measure.DefinedBy.CUSTOMERS).build();
    PlanRow simplification = PlanRow.of(ElementId.parse("customer.simplification"))
        .withName("SIMPLIFICATION")
        .withSentence("I get what I came for by taking only a few simple actions")
        .withApproaches(CreationApproach.of("Pre-make parts so customers only assemble them")
            .withActions(Action.of("Ship the frame pre-assembled")
                .withWhen(When.milestone("next release")).withWho("product team")))
        .withMeasures(steps);
    ValueCreationPlan plan = ValueCreationPlan.builder()
        .id(PlanId.of("assembly-2026")).title("Easier assembly")
        .createdOn(LocalDate.of(2026, 4, 1))
        .addRows(simplification)
        .build()
        .withReview(Review.builder().date(LocalDate.of(2026, 6, 30)).reviewer("design team")
            .addObservations(Observation.of("steps to ready", LocalDate.of(2026, 6, 28), 4))
            .build());
    System.out.println(plan.status().rows().get(0).explanation()); // 75% achieved, not met
    System.out.println(PlanExport.toMarkdown(plan));
    // README-SAMPLE-END
    assertTrue(plan.completeness().isComplete());
    MeasureStatus ms = plan.status().measure("steps to ready").orElseThrow();
    assertEquals(75.0, ms.latest().orElseThrow().percentage());
    assertEquals(RowStatus.State.ON_TRACK,
        plan.status().row(simplification.element(), Side.OUT).orElseThrow().state());
  }
}
