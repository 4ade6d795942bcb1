package dev.valuex.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import dev.valuex.core.InvalidValueException;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Categories and score after Reichheld (2003); variance as a difference of multinomial shares. */
class NetPromoterScoreTest {
  static final double Z95 = 1.9599639845400536;

  @Test
  void answersNineAndTenPromoteSevenAndEightArePassiveTheRestDetract() {
    for (int a = 0; a <= 6; a++) {
      assertEquals(NpsCategory.DETRACTOR, NpsCategory.of(a));
    }
    assertEquals(NpsCategory.PASSIVE, NpsCategory.of(7));
    assertEquals(NpsCategory.PASSIVE, NpsCategory.of(8));
    assertEquals(NpsCategory.PROMOTER, NpsCategory.of(9));
    assertEquals(NpsCategory.PROMOTER, NpsCategory.of(10));
  }

  @Test
  void scoreIsPromoterShareMinusDetractorShareInPoints() {
    NetPromoterScore nps = NetPromoterScore.fromAnswers(10, 9, 9, 8, 7, 6, 3, 0, 10, 5);
    // 4 promoters, 2 passives, 4 detractors of 10
    assertEquals(NetPromoterScore.of(4, 2, 4), nps);
    assertEquals(0.0, nps.score());
    assertEquals(Rate.ofPercent(40), nps.promoterShare());
    assertEquals(Rate.ofPercent(20), nps.passiveShare());
    assertEquals(Rate.ofPercent(40), nps.detractorShare());
  }

  @Test
  void varianceAndStandardErrorFollowTheMultinomialFormula() {
    // pP = 0.5, pD = 0.2, n = 100: 100^2 (0.7 - 0.3^2) / 100 = 61
    NetPromoterScore nps = NetPromoterScore.of(50, 30, 20);
    assertEquals(30.0, nps.score(), 1e-12);
    assertEquals(61.0, nps.variance(), 1e-9);
    assertEquals(Math.sqrt(61), nps.standardError(), 1e-12);
  }

  @Test
  void waldIntervalIsScorePlusOrMinusZTimesStandardError() {
    Interval ci = NetPromoterScore.of(50, 30, 20).confidenceInterval(0.95);
    assertEquals(30 - Z95 * Math.sqrt(61), ci.lower(), 1e-9);
    assertEquals(30 + Z95 * Math.sqrt(61), ci.upper(), 1e-9);
    assertEquals(14.6922, ci.lower(), 1e-4);
    assertEquals(0.95, ci.level());
  }

  @Test
  void adjustedWaldIntervalAddsThreeQuartersToPromotersAndDetractorsAndThreeToTheSample() {
    // Rocks (2016): 50.75 promoters, 20.75 detractors, n = 103
    Interval ci = NetPromoterScore.of(50, 30, 20)
        .confidenceInterval(0.95, NpsIntervalMethod.ADJUSTED_WALD);
    assertEquals(14.0511, ci.lower(), 1e-4);
    assertEquals(44.2013, ci.upper(), 1e-4);
  }

  @Test
  void intervalIsCutAtTheEndsOfTheScale() {
    Interval ci = NetPromoterScore.of(9, 0, 1).confidenceInterval(0.99);
    assertEquals(100.0, ci.upper());
    Interval adjusted = NetPromoterScore.of(1, 0, 0)
        .confidenceInterval(0.95, NpsIntervalMethod.ADJUSTED_WALD);
    assertTrue(adjusted.lower() >= -100);
    // With one answer the adjusted interval is centred at 25 and misses the observed 100.
    assertFalse(adjusted.contains(100));
  }

  @Test
  void aSampleInOneGroupHasNoSamplingVariance() {
    NetPromoterScore all = NetPromoterScore.of(0, 0, 12);
    assertEquals(-100.0, all.score());
    assertEquals(0.0, all.variance());
    assertEquals(Interval.of(-100, -100, 0.95), all.confidenceInterval(0.95));
  }

  @Test
  void rejectsAnswersOffTheScale() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> NetPromoterScore.fromAnswers(9, 11));
    assertEquals("NetPromoterScore: answers (answer 2) must lie on the scale 0 to 10, got 11",
        e.getMessage());
    e = assertThrows(InvalidValueException.class, () -> NpsCategory.of(-1));
    assertEquals("NetPromoterScore: answer must lie on the scale 0 to 10, got -1",
        e.getMessage());
  }

  @Test
  void aNullAnswerIsNamedByItsPosition() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> NetPromoterScore.fromAnswers(Arrays.asList(10, null)));
    assertEquals("answers (answer 2) is null", e.getMessage());
    e = assertThrows(NullPointerException.class,
        () -> NetPromoterScore.fromAnswers((Iterable<Integer>) null));
    assertEquals("answers", e.getMessage());
  }

  @Test
  void rejectsAnEmptySample() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> NetPromoterScore.fromAnswers(ImmutableList.of()));
    assertEquals("NetPromoterScore: answers must hold at least one answer (the sample is empty),"
        + " got 0", e.getMessage());
  }

  @Test
  void rejectsNegativeCounts() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> NetPromoterScore.of(5, -1, 2));
    assertEquals("NetPromoterScore: passives must not be negative, got -1", e.getMessage());
  }

  @Test
  void rejectsConfidenceLevelsOutsideTheOpenUnitInterval() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> NetPromoterScore.of(5, 1, 2).confidenceInterval(95));
    assertEquals("NetPromoterScore: level must be strictly between 0 and 1, got 95.0",
        e.getMessage());
  }

  @Test
  void differenceOfIndependentScoresHasTheRootSumOfSquaredStandardErrors() {
    // 30 (variance 61) against 10 (variance 69): SE = sqrt(130), z = 20 / sqrt(130)
    NpsDifference d = NetPromoterScore.of(50, 30, 20).difference(NetPromoterScore.of(40, 30, 30));
    assertEquals(20.0, d.difference(), 1e-12);
    assertEquals(Math.sqrt(130), d.standardError(), 1e-12);
    assertEquals(1.7541160386140586, d.z(), 1e-12);
    assertEquals(0.07941062599894225, d.pValue(), 1e-9);
    assertTrue(d.isSignificant(0.10));
    assertFalse(d.isSignificant(0.05));
    Interval ci = d.confidenceInterval(0.95);
    assertEquals(20 - Z95 * Math.sqrt(130), ci.lower(), 1e-9);
    assertEquals(20 + Z95 * Math.sqrt(130), ci.upper(), 1e-9);
    assertTrue(ci.contains(0));
  }

  @Test
  void differenceOfTwoSamplesWithoutSpreadIsCertain() {
    NpsDifference d = NetPromoterScore.of(10, 0, 0).difference(NetPromoterScore.of(0, 0, 10));
    assertEquals(Double.POSITIVE_INFINITY, d.z());
    assertEquals(0.0, d.pValue());
    NpsDifference same = NetPromoterScore.of(10, 0, 0).difference(NetPromoterScore.of(3, 0, 0));
    assertEquals(0.0, same.z());
    assertEquals(1.0, same.pValue());
  }

  @Test
  void rejectsASignificanceLevelOutsideTheOpenUnitInterval() {
    NpsDifference d = NetPromoterScore.of(5, 1, 2).difference(NetPromoterScore.of(2, 1, 5));
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> d.isSignificant(5));
    assertEquals("NpsDifference: alpha must be strictly between 0 and 1, got 5.0",
        e.getMessage());
  }

  @Test
  void scoreBecomesAReadingInPoints() {
    MetricReading r = NetPromoterScore.of(50, 30, 20).readingOn(LocalDate.of(2026, 3, 31));
    assertEquals("Net Promoter Score", r.metric());
    assertEquals(30.0, r.value(), 1e-12);
    assertEquals("points", r.unit());
    assertEquals(LocalDate.of(2026, 3, 31), r.asOf());
  }

  @Test
  void equalityIsByCounts() {
    new EqualsTester()
        .addEqualityGroup(NetPromoterScore.of(2, 1, 0), NetPromoterScore.fromAnswers(9, 10, 7))
        .addEqualityGroup(NetPromoterScore.of(0, 1, 2))
        .testEquals();
  }
}
