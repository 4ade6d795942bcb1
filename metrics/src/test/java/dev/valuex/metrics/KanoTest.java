package dev.valuex.metrics;

import static dev.valuex.metrics.KanoAnswer.DISLIKE;
import static dev.valuex.metrics.KanoAnswer.LIKE;
import static dev.valuex.metrics.KanoAnswer.LIVE_WITH;
import static dev.valuex.metrics.KanoAnswer.MUST_BE;
import static dev.valuex.metrics.KanoAnswer.NEUTRAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.valuex.core.InvalidValueException;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Evaluation table after Kano et al. (1984); coefficients after Berger et al. (1993). */
class KanoTest {

  @Test
  void evaluationTableMatchesKanoRowByRow() {
    // Rows functional, columns dysfunctional: Like, Must-be, Neutral, Live-with, Dislike.
    String[] expected = {"QAAAO", "RIIIM", "RIIIM", "RIIIM", "RRRRQ"};
    KanoAnswer[] answers = KanoAnswer.values();
    for (int f = 0; f < answers.length; f++) {
      StringBuilder row = new StringBuilder();
      for (KanoAnswer d : answers) {
        row.append(letter(KanoCategory.of(answers[f], d)));
      }
      assertEquals(expected[f], row.toString(), "functional " + answers[f]);
    }
  }

  private static char letter(KanoCategory c) {
    return c == KanoCategory.ONE_DIMENSIONAL ? 'O' : c.name().charAt(0);
  }

  @Test
  void likingPresenceAndDislikingAbsenceIsOneDimensional() {
    assertEquals(KanoCategory.ONE_DIMENSIONAL, KanoCategory.of(LIKE, DISLIKE));
    assertEquals(KanoCategory.ATTRACTIVE, KanoCategory.of(LIKE, NEUTRAL));
    assertEquals(KanoCategory.MUST_BE, KanoCategory.of(NEUTRAL, DISLIKE));
    assertEquals(KanoCategory.INDIFFERENT, KanoCategory.of(LIVE_WITH, MUST_BE));
  }

  @Test
  void profileCountsTheCategoriesOfEachAnswerPair() {
    KanoProfile p = KanoProfile.fromAnswers("one-click reorder",
        ImmutableList.of(LIKE, LIKE, LIKE, NEUTRAL, DISLIKE, LIKE),
        ImmutableList.of(NEUTRAL, DISLIKE, LIVE_WITH, DISLIKE, LIKE, LIKE));
    assertEquals(KanoProfile.builder().feature("one-click reorder").attractive(2)
        .oneDimensional(1).mustBe(1).reverse(1).questionable(1).build(), p);
    assertEquals(6, p.respondents());
    assertEquals(KanoCategory.ATTRACTIVE, p.category());
  }

  @Test
  void betterAndWorseFollowBerger() {
    // A 12, O 5, M 2, I 6 (Q 1 ignored): better 17/25, worse -7/25
    KanoProfile p = KanoProfile.builder().feature("one-click reorder")
        .attractive(12).oneDimensional(5).mustBe(2).indifferent(6).questionable(1).build();
    assertEquals(0.68, p.better().getAsDouble(), 1e-12);
    assertEquals(-0.28, p.worse().getAsDouble(), 1e-12);
    assertEquals(KanoCategory.ATTRACTIVE, p.category());
  }

  @Test
  void coefficientsAreUndefinedWhenEveryAnswerIsReverseOrQuestionable() {
    KanoProfile p = KanoProfile.builder().feature("ads").reverse(3).questionable(1).build();
    assertEquals(OptionalDouble.empty(), p.better());
    assertEquals(OptionalDouble.empty(), p.worse());
    assertEquals(KanoCategory.REVERSE, p.category());
  }

  @Test
  void tiesGoToMustBeBeforeOneDimensionalBeforeAttractiveBeforeIndifferent() {
    KanoProfile p = KanoProfile.builder().feature("receipt by e-mail")
        .attractive(4).mustBe(4).indifferent(4).oneDimensional(1).build();
    assertEquals(ImmutableSet.of(KanoCategory.ATTRACTIVE, KanoCategory.MUST_BE,
        KanoCategory.INDIFFERENT), p.modalCategories());
    assertEquals(KanoCategory.MUST_BE, p.category());
    assertEquals(KanoCategory.ATTRACTIVE, p.withMustBe(3).category());
  }

  @Test
  void rejectsAnswerListsOfDifferentLength() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> KanoProfile.fromAnswers("f", ImmutableList.of(LIKE, LIKE), ImmutableList.of(LIKE)));
    assertEquals("KanoProfile f: dysfunctional must hold one answer per functional answer (2),"
        + " got 1", e.getMessage());
  }

  @Test
  void rejectsAnEmptySampleAndNegativeCounts() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> KanoProfile.fromAnswers("f", ImmutableList.of(), ImmutableList.of()));
    assertEquals("KanoProfile f: answers must hold at least one answer (the sample is empty),"
        + " got 0", e.getMessage());
    e = assertThrows(InvalidValueException.class,
        () -> KanoProfile.builder().feature("f").attractive(3).mustBe(-1).build());
    assertEquals("KanoProfile f: count of MUST_BE must not be negative, got -1", e.getMessage());
  }

  @Test
  void rejectsABlankFeature() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> KanoProfile.builder().feature(" ").attractive(1).build());
    assertEquals("KanoProfile: feature must not be blank, got ' '", e.getMessage());
  }
}
