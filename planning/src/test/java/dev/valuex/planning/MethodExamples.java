package dev.valuex.planning;

import dev.valuex.core.ElementId;
import dev.valuex.core.measure.Measure;
import java.time.LocalDate;

/** The two worked rows of the value creation planning method, in our own words. */
final class MethodExamples {
  static final ElementId SIMPLIFICATION = ElementId.parse("customer.simplification");
  static final ElementId STATUS = ElementId.parse("customer.status-recognition");
  static final LocalDate APRIL = LocalDate.of(2026, 4, 1);

  private MethodExamples() {}

  static Measure steps() {
    return Measure.builder().name("steps to ready").unit("steps").kind(Measure.Kind.COUNT)
        .direction(Measure.Direction.AT_MOST).target(3).baseline(7)
        .definedBy(Measure.DefinedBy.CUSTOMERS).build();
  }

  static Measure comments() {
    return Measure.builder().name("favourable comments").unit("comments")
        .kind(Measure.Kind.COUNT).direction(Measure.Direction.AT_LEAST).target(20)
        .definedBy(Measure.DefinedBy.CUSTOMERS).aggregation(Measure.Aggregation.SUM).build();
  }

  static PlanRow simplification() {
    return PlanRow.of(SIMPLIFICATION)
        .withName("SIMPLIFICATION")
        .withSentence("I get what I came for by taking only a few simple actions")
        .withApproaches(CreationApproach.of(
                "Pre-make parts of the product so the customer only assembles them")
            .withActions(Action.of("Ship the frame pre-assembled")
                .withWhen(When.milestone("next product release"))
                .withWho("product team")))
        .withMeasures(steps());
  }

  static PlanRow status() {
    return PlanRow.of(STATUS)
        .withName("STATUS/RECOGNITION")
        .withSentence("Others notice what I achieved and think well of me for it")
        .withApproaches(CreationApproach.of(
                "Give a distinctive marker that shows the achievement in public")
            .withActions(Action.of("Design a badge for completed courses")
                .withWhen(When.on(LocalDate.of(2026, 9, 1)))
                .withWho("marketing", "three course graduates")
                .withStatus(Action.Status.IN_PROGRESS)))
        .withMeasures(comments());
  }

  static ValueCreationPlan plan() {
    return ValueCreationPlan.builder()
        .id(PlanId.of("method-example"))
        .title("Worked rows of the method")
        .createdOn(APRIL)
        .addRows(simplification(), status())
        .build();
  }
}
