package dev.valuex.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class SatisfactionAndEffortTest {

  @Test
  void csatReportsTopTwoBoxShareAndMean() {
    CustomerSatisfaction csat = CustomerSatisfaction.fromAnswers(RatingScale.oneToFive(),
        5, 4, 4, 3, 2, 5, 5, 1);
    assertEquals(8, csat.respondents());
    assertEquals(Rate.ofPercent(62.5), csat.topTwoBoxShare());
    assertEquals(29.0 / 8, csat.mean(), 1e-12);
    assertEquals(62.5, csat.value(), 1e-12);
    assertEquals("%", csat.unit());
  }

  @Test
  void csatTopTwoBoxFollowsTheChosenScale() {
    // On 0-10 the top two boxes are 9 and 10.
    CustomerSatisfaction csat = CustomerSatisfaction.fromAnswers(RatingScale.of(0, 10),
        10, 9, 8, 0);
    assertEquals(Rate.ofPercent(50), csat.topTwoBoxShare());
    assertEquals(6.75, csat.mean(), 1e-12);
  }

  @Test
  void csatFromCountsEqualsCsatFromAnswers() {
    assertEquals(CustomerSatisfaction.fromAnswers(RatingScale.oneToFive(), 1, 5, 5, 4),
        CustomerSatisfaction.fromCounts(RatingScale.oneToFive(), 1, 0, 0, 1, 2));
  }

  @Test
  void csatRejectsAnswersOffTheScale() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CustomerSatisfaction.fromAnswers(RatingScale.oneToFive(), 4, 0));
    assertEquals("CustomerSatisfaction: answers (answer 2) must lie on the scale 1 to 5, got 0",
        e.getMessage());
  }

  @Test
  void csatRejectsAnEmptySample() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CustomerSatisfaction.fromAnswers(RatingScale.oneToFive(), ImmutableList.of()));
    assertEquals("CustomerSatisfaction: counts must hold at least one answer (the sample is"
        + " empty), got 0", e.getMessage());
  }

  @Test
  void csatRejectsCountsThatDoNotMatchTheScale() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CustomerSatisfaction.fromCounts(RatingScale.oneToFive(), 1, 2, 3));
    assertEquals("CustomerSatisfaction: counts must hold one count per point of the scale 1-5,"
        + " got 3", e.getMessage());
    e = assertThrows(InvalidValueException.class,
        () -> CustomerSatisfaction.fromCounts(RatingScale.oneToFive(), 1, 2, 3, -4, 5));
    assertEquals("CustomerSatisfaction: counts must not be negative, got -4", e.getMessage());
  }

  @Test
  void scaleNeedsThreePointsOrMore() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> RatingScale.of(1, 2));
    assertEquals("RatingScale 1-2: max must be at least min + 2 (a top-two box needs three"
        + " points), got 2", e.getMessage());
    e = assertThrows(InvalidValueException.class, () -> RatingScale.of(-1, 5));
    assertEquals("RatingScale: min must not be negative, got -1", e.getMessage());
  }

  @Test
  void cesAgreementFormCountsFiveToSevenAsAgreeing() {
    // CES 2.0 (Dixon, Toman and DeLisi 2013): 1 strongly disagree .. 7 strongly agree
    CustomerEffortScore ces =
        CustomerEffortScore.fromAnswers(CustomerEffortScore.Form.AGREEMENT_7, 7, 6, 5, 4, 2);
    assertEquals(4.8, ces.mean(), 1e-12);
    assertEquals(Rate.ofPercent(60), ces.favourableShare());
    assertEquals("points on 1-7", ces.unit());
    assertTrue(ces.form().higherIsBetter());
  }

  @Test
  void cesEffortFormCountsOneAndTwoAsLowEffort() {
    CustomerEffortScore ces =
        CustomerEffortScore.fromAnswers(CustomerEffortScore.Form.EFFORT_5, 1, 2, 2, 4, 5);
    assertEquals(2.8, ces.mean(), 1e-12);
    assertEquals(Rate.ofPercent(60), ces.favourableShare());
    assertFalse(ces.form().higherIsBetter());
  }

  @Test
  void cesRejectsAnswersOffTheFormsScale() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CustomerEffortScore.fromAnswers(CustomerEffortScore.Form.EFFORT_5, 6));
    assertEquals("CustomerEffortScore: answers (answer 1) must lie on the scale 1 to 5, got 6",
        e.getMessage());
  }

  @Test
  void cesFromCountsEqualsCesFromAnswers() {
    assertEquals(CustomerEffortScore.fromAnswers(CustomerEffortScore.Form.EFFORT_5, 1, 1, 4, 5),
        CustomerEffortScore.fromCounts(CustomerEffortScore.Form.EFFORT_5,
            java.util.List.of(2L, 0L, 0L, 1L, 1L)));
  }

  @Test
  void cesRejectsCountsThatDoNotMatchTheForm() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CustomerEffortScore.fromCounts(CustomerEffortScore.Form.AGREEMENT_7,
            java.util.List.of(1L, 2L, 3L)));
    assertEquals("CustomerEffortScore: counts must hold one count per point of the scale,"
        + " got 3", e.getMessage());
  }

  @Test
  void cesRejectsAnEmptySample() {
    assertThrows(InvalidValueException.class,
        () -> CustomerEffortScore.fromAnswers(CustomerEffortScore.Form.AGREEMENT_7));
  }
}
