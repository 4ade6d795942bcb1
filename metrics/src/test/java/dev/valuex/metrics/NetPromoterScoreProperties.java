package dev.valuex.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

class NetPromoterScoreProperties {

  @Provide
  Arbitrary<List<Integer>> answers() {
    return Arbitraries.integers().between(0, 10).list().ofMinSize(1).ofMaxSize(300);
  }

  @Provide
  Arbitrary<NetPromoterScore> scores() {
    Arbitrary<Long> counts = Arbitraries.longs().between(0, 5_000);
    return net.jqwik.api.Combinators.combine(counts, counts, counts)
        .filter((p, q, d) -> p + q + d > 0)
        .as(NetPromoterScore::of);
  }

  @Property(tries = 300)
  void scoreStaysBetweenMinusAndPlusOneHundred(@ForAll("answers") List<Integer> answers) {
    double score = NetPromoterScore.fromAnswers(answers).score();
    assertTrue(score >= -100 && score <= 100, "score " + score);
  }

  @Property(tries = 300)
  void scoreIgnoresAnswerOrder(@ForAll("answers") List<Integer> answers, @ForAll long seed) {
    List<Integer> shuffled = new ArrayList<>(answers);
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(NetPromoterScore.fromAnswers(answers), NetPromoterScore.fromAnswers(shuffled));
  }

  @Property(tries = 300)
  void swappingPromotersAndDetractorsNegatesTheScoreAndKeepsItsError(
      @ForAll("scores") NetPromoterScore nps) {
    NetPromoterScore mirror = NetPromoterScore.of(nps.detractors(), nps.passives(),
        nps.promoters());
    assertEquals(-nps.score(), mirror.score(), 1e-12);
    assertEquals(nps.standardError(), mirror.standardError(), 1e-12);
    Interval ci = nps.confidenceInterval(0.95);
    Interval mirrored = mirror.confidenceInterval(0.95);
    assertEquals(-ci.upper(), mirrored.lower(), 1e-9);
    assertEquals(-ci.lower(), mirrored.upper(), 1e-9);
  }

  @Property(tries = 300)
  void waldIntervalContainsTheScoreAndStaysOnTheScale(@ForAll("scores") NetPromoterScore nps,
      @ForAll @DoubleRange(min = 0.5, max = 0.999) @Scale(3) double level) {
    Interval ci = nps.confidenceInterval(level);
    assertTrue(ci.contains(nps.score()), ci + " around " + nps.score());
    assertTrue(ci.lower() >= -100 && ci.upper() <= 100, ci.toString());
  }

  @Property(tries = 300)
  void adjustedWaldIntervalStaysOnTheScale(@ForAll("scores") NetPromoterScore nps,
      @ForAll @DoubleRange(min = 0.5, max = 0.999) @Scale(3) double level) {
    Interval ci = nps.confidenceInterval(level, NpsIntervalMethod.ADJUSTED_WALD);
    assertTrue(ci.lower() >= -100 && ci.upper() <= 100, ci.toString());
    double adjusted = 100 * (nps.promoters() - nps.detractors()) / (nps.respondents() + 3.0);
    assertTrue(ci.contains(adjusted), ci + " around adjusted " + adjusted);
  }

  @Property(tries = 300)
  void higherConfidenceGivesAWiderInterval(@ForAll("scores") NetPromoterScore nps) {
    Interval narrow = nps.confidenceInterval(0.80);
    Interval wide = nps.confidenceInterval(0.99);
    assertTrue(wide.lower() <= narrow.lower() && narrow.upper() <= wide.upper());
  }

  @Property(tries = 300)
  void varianceNeverExceedsTheBoundForAShareDifference(@ForAll("scores") NetPromoterScore nps) {
    // pP + pD - (pP - pD)^2 <= 1, so the variance is at most 100^2 / n.
    assertTrue(nps.variance() >= 0);
    assertTrue(nps.variance() <= 10_000.0 / nps.respondents() + 1e-9);
  }

  @Property(tries = 300)
  void differenceIsAntisymmetricWithOneStandardError(@ForAll("scores") NetPromoterScore a,
      @ForAll("scores") NetPromoterScore b) {
    NpsDifference ab = a.difference(b);
    NpsDifference ba = b.difference(a);
    assertEquals(-ab.difference(), ba.difference(), 1e-12);
    assertEquals(ab.standardError(), ba.standardError(), 1e-12);
    assertEquals(ab.pValue(), ba.pValue(), 1e-12);
    assertTrue(ab.pValue() >= 0 && ab.pValue() <= 1);
  }

  @Property(tries = 300)
  void aScoreDoesNotDifferFromItself(@ForAll("scores") NetPromoterScore nps) {
    assertEquals(1.0, nps.difference(nps).pValue(), 1e-12);
  }

  @Property(tries = 200)
  void categoryOfEveryAnswerMatchesTheThresholds(@ForAll @IntRange(min = 0, max = 10) int a) {
    NpsCategory c = NpsCategory.of(a);
    assertEquals(a >= 9, c == NpsCategory.PROMOTER);
    assertEquals(a <= 6, c == NpsCategory.DETRACTOR);
  }
}
