package dev.valuex.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Gale, "Managing Customer Value" (1994): quality profile, relative price, value map. */
class CustomerValueAnalysisTest {

  @Test
  void galesSurgeryExampleScores232() {
    // Endoscopic against traditional gallbladder surgery.
    AttributeProfile surgery = AttributeProfile.of(
        AttributeRating.ofRatio("recovery", 40, 3.0),
        AttributeRating.ofRatio("hospital stay", 30, 2.0),
        AttributeRating.ofRatio("complications", 10, 1.5),
        AttributeRating.ofRatio("scar", 5, 1.4),
        AttributeRating.ofRatio("operation time", 15, 2.0));
    assertEquals(232.0, surgery.score(), 1e-9);
    assertEquals("index (100 = parity)", surgery.unit());
  }

  @Test
  void galesLuxuryCarPriceSatisfactionGivesRelativePriceAbout84() {
    // Weights 60, 20, 10, 10; satisfaction ratios 9/7 (printed 1.29), 1.0, 1.13, 1.0.
    AttributeProfile price = AttributeProfile.of(
        AttributeRating.ofRatio("purchase price", 60, 1.29),
        AttributeRating.ofRatio("trade-in value", 20, 1.0),
        AttributeRating.ofRatio("financing", 10, 1.13),
        AttributeRating.ofRatio("running cost", 10, 1.0));
    assertEquals(118.7, price.score(), 1e-9);
    assertEquals(84.2, RelativePrice.fromPriceSatisfaction(price), 0.1);
    assertEquals(10_000 / 118.7, RelativePrice.fromPriceSatisfaction(price), 1e-9);
  }

  @Test
  void ratingFromScoresIsOurScoreOverTheCompetitors() {
    assertEquals(AttributeRating.ofRatio("purchase price", 60, 9.0 / 7),
        AttributeRating.of("purchase price", 60, 9, 7));
  }

  @Test
  void relativePriceFromPricesIsAHundredTimesTheRatio() {
    assertEquals(110.0, RelativePrice.fromPrices(22, 20), 1e-12);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> RelativePrice.fromPrices(22, 0));
    assertEquals("RelativePrice: competitors must be a finite positive number, got 0.0",
        e.getMessage());
  }

  @Test
  void rejectsWeightsThatDoNotSumToOneHundred() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> AttributeProfile.of(AttributeRating.ofRatio("a", 40, 1),
            AttributeRating.ofRatio("b", 50, 1)));
    assertEquals("AttributeProfile: weights must sum to 100, got 90.0", e.getMessage());
  }

  @Test
  void rejectsRepeatedAttributesAndAnEmptyProfile() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> AttributeProfile.of(AttributeRating.ofRatio("a", 50, 1),
            AttributeRating.ofRatio("a", 50, 2)));
    assertEquals("AttributeProfile: ratings must name each attribute once, got 'a'",
        e.getMessage());
    e = assertThrows(InvalidValueException.class, () -> AttributeProfile.of());
    assertEquals("AttributeProfile: ratings must hold at least one attribute, got []",
        e.getMessage());
  }

  @Test
  void rejectsWeightsAndScoresOutOfRange() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> AttributeRating.ofRatio("scar", 0, 1));
    assertEquals("AttributeRating scar: weight must be a finite number in (0, 100], got 0.0",
        e.getMessage());
    e = assertThrows(InvalidValueException.class, () -> AttributeRating.of("scar", 5, 7, -1));
    assertEquals("AttributeRating scar: competitors must be a finite positive number, got -1.0",
        e.getMessage());
    e = assertThrows(InvalidValueException.class,
        () -> AttributeRating.ofRatio("scar", 5, Double.POSITIVE_INFINITY));
    assertEquals("AttributeRating scar: ratio must be a finite positive number, got Infinity",
        e.getMessage());
  }

  @Test
  void distanceFromTheDiagonalIsPositiveBelowIt() {
    FairValueLine diagonal = FairValueLine.diagonal();
    assertEquals(20 / Math.sqrt(2), diagonal.distance(ValueMapPosition.of("us", 120, 100)),
        1e-12);
    assertEquals(-20 / Math.sqrt(2), diagonal.distance(ValueMapPosition.of("them", 100, 120)),
        1e-12);
    assertEquals(0.0, diagonal.distance(ValueMapPosition.of("par", 100, 100)));
  }

  @Test
  void fittedLineIsTheLeastSquaresLineAcrossCompetitors() {
    FairValueLine line = FairValueLine.fitted(ImmutableList.of(
        ValueMapPosition.of("a", 80, 90), ValueMapPosition.of("b", 100, 100),
        ValueMapPosition.of("c", 120, 110)));
    assertEquals(FairValueLine.of(50, 0.5), line);
    // (100, 90) lies 10 below the line: 10 / sqrt(1 + 0.25)
    assertEquals(10 / Math.sqrt(1.25), line.distance(ValueMapPosition.of("us", 100, 90)), 1e-12);
  }

  @Test
  void fittingNeedsTwoCompetitorsWithDifferentQuality() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> FairValueLine.fitted(ImmutableList.of(ValueMapPosition.of("a", 80, 90))));
    assertEquals("FairValueLine: positions must hold at least two competitors, got 1",
        e.getMessage());
    e = assertThrows(InvalidValueException.class, () -> FairValueLine.fitted(ImmutableList.of(
        ValueMapPosition.of("a", 80, 90), ValueMapPosition.of("b", 80, 95))));
    assertEquals("FairValueLine: positions must differ in quality, got 80.0", e.getMessage());
  }

  @Test
  void positionTakesItsQualityFromAProfile() {
    AttributeProfile quality = AttributeProfile.of(AttributeRating.ofRatio("speed", 100, 1.2));
    assertEquals(ValueMapPosition.of("us", 120, 95),
        ValueMapPosition.of("us", quality, 95));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ValueMapPosition.of("us", 120, Double.NaN));
    assertEquals("ValueMapPosition us: relativePrice must be a finite positive number, got NaN",
        e.getMessage());
  }
}
