package dev.valuex.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Opportunity algorithm after Ulwick ("What Customers Want", 2005). */
class OpportunityScoreTest {
  static final String OUTCOME = "minimise the time it takes to reorder";

  @Test
  void topBoxSharesBecomeTenPointRatings() {
    // 81% rate it important, 30% are satisfied: 8.1 + (8.1 - 3.0) = 13.2
    OpportunityScore s =
        OpportunityScore.fromTopBoxShares(OUTCOME, Rate.ofPercent(81), Rate.ofPercent(30));
    assertEquals(8.1, s.importance(), 1e-12);
    assertEquals(3.0, s.satisfaction(), 1e-12);
    assertEquals(13.2, s.score(), 1e-12);
    assertTrue(s.isUnderServed());
    assertFalse(s.isOverServed());
  }

  @Test
  void satisfactionAboveImportanceAddsNothing() {
    OpportunityScore s = OpportunityScore.of(OUTCOME, 4, 9);
    assertEquals(4.0, s.score());
    assertTrue(s.isOverServed());
    assertFalse(s.isUnderServed());
  }

  @Test
  void rawAnswersCountFourAndFiveAsTopBox() {
    // importance 3 of 5 answered 4-5 (6.0), satisfaction 1 of 5 (2.0): 6 + 4 = 10
    OpportunityScore s = OpportunityScore.fromAnswers(OUTCOME,
        ImmutableList.of(5, 4, 4, 2, 1), ImmutableList.of(5, 1, 2, 3, 3));
    assertEquals(10.0, s.score(), 1e-12);
    assertFalse(s.isUnderServed());
  }

  @Test
  void rejectsRatingsOutsideZeroToTen() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> OpportunityScore.of("o", 81, 3));
    assertEquals("OpportunityScore o: importance must be a finite number in [0, 10], got 81.0",
        e.getMessage());
    e = assertThrows(InvalidValueException.class, () -> OpportunityScore.of("o", 8, Double.NaN));
    assertEquals("OpportunityScore o: satisfaction must be a finite number in [0, 10], got NaN",
        e.getMessage());
  }

  @Test
  void rejectsAnswersOffTheOneToFiveScaleAndEmptySamples() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> OpportunityScore.fromAnswers("o", ImmutableList.of(6), ImmutableList.of(1)));
    assertEquals("OpportunityScore o: importance (answer 1) must lie on the scale 1 to 5, got 6",
        e.getMessage());
    e = assertThrows(InvalidValueException.class,
        () -> OpportunityScore.fromAnswers("o", ImmutableList.of(5), ImmutableList.of()));
    assertEquals("OpportunityScore o: satisfaction must hold at least one answer (the sample is"
        + " empty), got 0", e.getMessage());
  }
}
