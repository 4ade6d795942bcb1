package dev.valuex.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class CustomerValueAnalysisProperties {

  @Provide
  Arbitrary<List<Integer>> oneToFive() {
    return Arbitraries.integers().between(1, 5).list().ofMinSize(1).ofMaxSize(200);
  }

  @Property(tries = 300)
  void parityOnEveryAttributeScoresOneHundred(
      @ForAll @IntRange(min = 1, max = 20) int attributes) {
    List<AttributeRating> ratings = new ArrayList<>();
    for (int i = 0; i < attributes; i++) {
      ratings.add(AttributeRating.ofRatio("attribute " + i, 100.0 / attributes, 1.0));
    }
    AttributeProfile profile = AttributeProfile.of(ratings);
    assertEquals(100.0, profile.score(), 1e-9);
    assertEquals(100.0, RelativePrice.fromPriceSatisfaction(profile), 1e-9);
  }

  @Property(tries = 300)
  void scoreIsOneHundredTimesTheWeightedMeanRatio(
      @ForAll @DoubleRange(min = 1, max = 99) double firstWeight,
      @ForAll @DoubleRange(min = 0.1, max = 10) double firstRatio,
      @ForAll @DoubleRange(min = 0.1, max = 10) double secondRatio) {
    AttributeProfile profile = AttributeProfile.of(
        AttributeRating.ofRatio("first", firstWeight, firstRatio),
        AttributeRating.ofRatio("second", 100 - firstWeight, secondRatio));
    double score = profile.score();
    assertTrue(score >= 100 * Math.min(firstRatio, secondRatio) - 1e-9);
    assertTrue(score <= 100 * Math.max(firstRatio, secondRatio) + 1e-9);
  }

  @Property(tries = 300)
  void distanceIsZeroOnTheFairValueLinePositiveBelowAndNegativeAbove(
      @ForAll @DoubleRange(min = 0, max = 100) double intercept,
      @ForAll @DoubleRange(min = -0.2, max = 3) double slope,
      @ForAll @DoubleRange(min = 1, max = 300) double quality,
      @ForAll @DoubleRange(min = 0.1, max = 50) double offset) {
    FairValueLine line = FairValueLine.of(intercept, slope);
    double fair = line.relativePriceAt(quality);
    Assume.that(fair > offset);
    assertEquals(0.0, line.distance(ValueMapPosition.of("on", quality, fair)), 1e-9);
    assertTrue(line.distance(ValueMapPosition.of("below", quality, fair - offset)) > 0);
    assertTrue(line.distance(ValueMapPosition.of("above", quality, fair + offset)) < 0);
  }

  @Property(tries = 300)
  void fittedLinePassesThroughTheMeanPositionWhateverTheOrder(
      @ForAll @DoubleRange(min = 50, max = 200) double q1,
      @ForAll @DoubleRange(min = 50, max = 200) double q2,
      @ForAll @DoubleRange(min = 50, max = 200) double p1,
      @ForAll @DoubleRange(min = 50, max = 200) double p2,
      @ForAll @DoubleRange(min = 50, max = 200) double p3,
      @ForAll long seed) {
    List<ValueMapPosition> positions = new ArrayList<>(ImmutableList.of(
        ValueMapPosition.of("a", q1, p1), ValueMapPosition.of("b", q2, p2),
        ValueMapPosition.of("c", (q1 + q2) / 2 + 10, p3)));
    FairValueLine line = FairValueLine.fitted(positions);
    double meanQ = (q1 + q2 + (q1 + q2) / 2 + 10) / 3;
    assertEquals((p1 + p2 + p3) / 3, line.relativePriceAt(meanQ), 1e-6);
    Collections.shuffle(positions, new Random(seed));
    FairValueLine shuffled = FairValueLine.fitted(positions);
    assertEquals(line.slope(), shuffled.slope(), 1e-9);
    assertEquals(line.intercept(), shuffled.intercept(), 1e-6);
  }

  @Property(tries = 300)
  void opportunityScoreStaysBetweenZeroAndTwenty(@ForAll("oneToFive") List<Integer> importance,
      @ForAll("oneToFive") List<Integer> satisfaction) {
    OpportunityScore s = OpportunityScore.fromAnswers("outcome", importance, satisfaction);
    assertTrue(s.score() >= 0 && s.score() <= 20, "score " + s.score());
    assertTrue(s.score() >= s.importance());
  }

  @Property(tries = 300)
  void satisfactionSharesAndMeansStayOnTheScale(@ForAll("oneToFive") List<Integer> answers) {
    CustomerSatisfaction csat = CustomerSatisfaction.fromAnswers(RatingScale.oneToFive(),
        answers);
    assertTrue(csat.mean() >= 1 && csat.mean() <= 5);
    long topTwo = answers.stream().filter(a -> a >= 4).count();
    assertEquals(Rate.ratio(topTwo, answers.size()), csat.topTwoBoxShare());
  }
}
