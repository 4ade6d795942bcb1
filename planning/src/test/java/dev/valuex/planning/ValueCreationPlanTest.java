package dev.valuex.planning;

import static dev.valuex.planning.MethodExamples.APRIL;
import static dev.valuex.planning.MethodExamples.SIMPLIFICATION;
import static dev.valuex.planning.MethodExamples.STATUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import dev.valuex.core.ElementId;
import dev.valuex.core.Evidence;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Perspective;
import dev.valuex.core.Provenance;
import dev.valuex.core.Side;
import dev.valuex.core.Subject;
import dev.valuex.core.ValueElement;
import dev.valuex.core.View;
import dev.valuex.core.measure.Observation;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class ValueCreationPlanTest {
  static final LocalDate JUNE = LocalDate.of(2026, 6, 30);

  static Review review(LocalDate date, Observation... observations) {
    return Review.builder().date(date).reviewer("service design team")
        .addObservations(observations).build();
  }

  @Test
  void completenessListsWhatEachRowLacks() {
    ValueCreationPlan plan = MethodExamples.plan().withRow(PlanRow.of(
        ElementId.parse("customer.peace-of-mind")).withSentence(
            "I can relax, knowing things will be looked after"));
    CompletenessReport report = plan.completeness();
    assertFalse(report.isComplete());
    assertEquals(3, report.rowCount());
    assertEquals(2, report.gaps().size());
    assertEquals(ImmutableList.of(Question.HOW_CREATED, Question.HOW_MEASURED),
        report.gapsFor(ElementId.parse("customer.peace-of-mind"), Side.OUT).stream()
            .map(Gap::question).collect(ImmutableList.toImmutableList()));
    assertTrue(report.gapsFor(SIMPLIFICATION, Side.OUT).isEmpty());
    assertEquals(1, report.gapsFor(Question.HOW_MEASURED).size());
    assertTrue(MethodExamples.plan().completeness().isComplete());
  }

  @Test
  void aPlanWithoutRowsIsNotComplete() {
    assertFalse(MethodExamples.plan().withRows().completeness().isComplete());
  }

  @Test
  void reviewsAreAppendedAndObservationsKeepTheirOrder() {
    Observation a = Observation.of("steps to ready", APRIL.plusDays(10), 5);
    Observation b = Observation.of("favourable comments", APRIL.plusDays(20), 4);
    Observation c = Observation.of("steps to ready", JUNE, 4);
    ValueCreationPlan plan = MethodExamples.plan()
        .withReview(review(APRIL.plusDays(30), a, b))
        .withReview(review(JUNE, c));
    assertEquals(ImmutableList.of(a, b, c), plan.observations());
    assertEquals(ImmutableList.of(a, c), plan.observationsOf("steps to ready"));
  }

  @Test
  void rejectsReviewsOutOfDateOrder() {
    ValueCreationPlan plan = MethodExamples.plan().withReview(review(JUNE));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> plan.withReview(review(JUNE.minusDays(1))));
    assertEquals("ValueCreationPlan method-example: reviews must be in date order, on or after"
        + " 2026-06-30, got 2026-06-29", e.getMessage());
  }

  @Test
  void rejectsReviewBeforeThePlanWasCreated() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> MethodExamples.plan().withReview(review(APRIL.minusDays(1))));
    assertEquals("ValueCreationPlan method-example: reviews must be in date order, on or after"
        + " 2026-04-01, got 2026-03-31", e.getMessage());
  }

  @Test
  void rejectsObservationOfAnUnknownMeasure() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> MethodExamples.plan().withReview(review(JUNE, Observation.of("wait", JUNE, 3))));
    assertEquals("ValueCreationPlan method-example: review 2026-06-30 observations must name"
        + " measures of the plan, got 'wait'", e.getMessage());
  }

  @Test
  void rejectsObservationDatedAfterItsReview() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> review(JUNE, Observation.of("steps to ready", JUNE.plusDays(1), 3)));
    assertEquals("Review 2026-06-30: observations must be dated on or before the review, got"
        + " 'steps to ready on 2026-07-01'", e.getMessage());
  }

  @Test
  void rejectsTwoRowsForOneElementAndSide() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> MethodExamples.plan().withRow(PlanRow.of(SIMPLIFICATION)));
    assertEquals("ValueCreationPlan method-example: rows must hold one row per element and"
        + " side, got 'customer.simplification OUT'", e.getMessage());
    MethodExamples.plan().withRow(PlanRow.of(SIMPLIFICATION).withSide(Side.IN));
  }

  @Test
  void rejectsMeasureNamesSharedAcrossRows() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> MethodExamples.plan().withRow(PlanRow.of(SIMPLIFICATION).withSide(Side.IN)
            .withMeasures(MethodExamples.steps())));
    assertEquals("ValueCreationPlan method-example: measures must have names unique across the"
        + " plan, got 'steps to ready'", e.getMessage());
  }

  @Test
  void rejectsReviewCadenceThatIsNotPositive() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> MethodExamples.plan().withReviewCadence(Period.ZERO));
    assertEquals("ValueCreationPlan method-example: reviewCadence must be a positive period,"
        + " got P0D", e.getMessage());
  }

  @Test
  void nextReviewIsDueOneCadenceAfterTheLastReview() {
    ValueCreationPlan plan = MethodExamples.plan().withReviewCadence(Period.ofMonths(3));
    assertEquals(LocalDate.of(2026, 7, 1), plan.nextReviewDue().orElseThrow());
    assertEquals(LocalDate.of(2026, 9, 30),
        plan.withReview(review(JUNE)).nextReviewDue().orElseThrow());
    assertTrue(MethodExamples.plan().nextReviewDue().isEmpty());
  }

  @Test
  void seedingDraftsOneRowPerElementWithItsSentenceAndSources() {
    ValueElement simplification = ValueElement.builder().id(SIMPLIFICATION)
        .name("SIMPLIFICATION").shortPhrase("Fewer, simpler actions")
        .sentence("I get what I came for by taking only a few simple actions")
        .perspective(Perspective.CUSTOMER).category("functional").typicalSide(Side.OUT)
        .provenance(Provenance.custom()).build();
    ValueElement feedback = ValueElement.blankCard(Perspective.CUSTOMER, "Feedback",
        "I tell the company what would make it better for me");
    Evidence tooMany = Evidence.quote("It took me an evening and far too many steps");
    Evidence wantToSay = Evidence.quote("I would happily tell them what went wrong");
    Ledger p07 = ledger("p07").withEvidence(SIMPLIFICATION, Side.OUT, tooMany)
        .withEvidence(feedback.id(), Side.IN, wantToSay);
    Ledger p08 = ledger("p08").withEvidence(feedback.id(), Side.IN, Evidence.quote("Ask me"));
    Ledger p09 = ledger("p09").withEvidence(STATUS, Side.OUT, Evidence.quote("Badges"));

    ValueCreationPlan plan = ValueCreationPlan.seededFrom(PlanId.of("seeded"), "Seeded plan",
        APRIL, ImmutableList.of(simplification, feedback), ImmutableList.of(p07, p08, p09));

    assertEquals(2, plan.rows().size());
    PlanRow first = plan.rows().get(0);
    assertEquals(SIMPLIFICATION, first.element());
    assertEquals(Side.OUT, first.side());
    assertEquals("SIMPLIFICATION", first.name().orElseThrow());
    assertEquals(simplification.sentence(), first.sentence().orElseThrow());
    assertEquals(ImmutableList.of(LedgerId.of("p07")), first.sourceLedgers());
    assertEquals(ImmutableList.of(tooMany), first.evidence());
    PlanRow second = plan.rows().get(1);
    assertEquals(Side.IN, second.side());
    assertEquals(ImmutableList.of(LedgerId.of("p07"), LedgerId.of("p08")),
        second.sourceLedgers());
    assertEquals(2, second.evidence().size());
    assertEquals(ImmutableList.of(LedgerId.of("p07"), LedgerId.of("p08")),
        plan.sourceLedgers());
    assertEquals(ImmutableList.of(Question.HOW_CREATED, Question.HOW_MEASURED),
        plan.completeness().gapsFor(SIMPLIFICATION, Side.OUT).stream().map(Gap::question)
            .collect(ImmutableList.toImmutableList()));
  }

  @Test
  void seedingWithoutLedgersUsesTheTypicalSideOrOut() {
    ValueElement given = ValueElement.blankCard(Perspective.CUSTOMER, "Feedback",
        "I tell the company what would make it better for me").withTypicalSide(Side.IN);
    ValueElement plain = ValueElement.blankCard(Perspective.CUSTOMER, "Calm",
        "I feel calm when dealing with them");
    ValueCreationPlan plan = ValueCreationPlan.seededFrom(PlanId.of("seeded"), "Seeded plan",
        APRIL, ImmutableList.of(given, plain), ImmutableList.of());
    assertEquals(Side.IN, plan.rows().get(0).side());
    assertEquals(Side.OUT, plan.rows().get(1).side());
    assertTrue(plan.sourceLedgers().isEmpty());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(MethodExamples.plan(), MethodExamples.plan())
        .addEqualityGroup(MethodExamples.plan().withTitle("Other"))
        .addEqualityGroup(MethodExamples.plan().withReview(review(JUNE)))
        .testEquals();
  }

  private static Ledger ledger(String id) {
    return Ledger.builder().id(LedgerId.of(id)).subject(Subject.of(Subject.Kind.INDIVIDUAL,
            id.toUpperCase(java.util.Locale.ROOT))).owner(id).author("researcher-1")
        .perspective(Perspective.CUSTOMER).view(View.CURRENT).asOf(APRIL).build();
  }
}
