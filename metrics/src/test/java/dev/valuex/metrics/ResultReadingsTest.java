package dev.valuex.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The dated readings of the results no other test records (issue 22): the metric name, the
 * value and the unit a plan's observation is written with.
 */
class ResultReadingsTest {
  private static final LocalDate END_OF_Q1 = LocalDate.of(2026, 3, 31);

  @Test
  void anNpsDifferenceIsReadInPoints() {
    NpsDifference d = NetPromoterScore.of(50, 30, 20).difference(NetPromoterScore.of(40, 30, 30));
    assertEquals(MetricReading.builder().metric("Net Promoter Score difference").value(20)
        .unit("points").asOf(END_OF_Q1).build(), d.readingOn(END_OF_Q1));
  }

  @Test
  void aWeightedAttributeScoreIsReadAsAnIndexWithParityAtOneHundred() {
    AttributeProfile profile = AttributeProfile.of(AttributeRating.ofRatio("taste", 60, 1.5),
        AttributeRating.ofRatio("price", 40, 1.0));
    assertEquals(MetricReading.builder().metric("Weighted attribute score").value(130)
        .unit("index (100 = parity)").asOf(END_OF_Q1).build(), profile.readingOn(END_OF_Q1));
  }

  @Test
  void csatIsReadAsThePercentInTheTopTwoBoxes() {
    CustomerSatisfaction csat = CustomerSatisfaction.fromAnswers(RatingScale.oneToFive(), 1, 5,
        5, 4);
    assertEquals(MetricReading.builder().metric("CSAT").value(75).unit("%").asOf(END_OF_Q1)
        .build(), csat.readingOn(END_OF_Q1));
  }

  @Test
  void cesIsReadAsTheMeanOnItsFormAndCountsItsRespondents() {
    CustomerEffortScore ces =
        CustomerEffortScore.fromAnswers(CustomerEffortScore.Form.AGREEMENT_7, 7, 6, 5, 4, 2);
    assertEquals(5, ces.respondents());
    assertEquals(MetricReading.builder().metric("CES").value(4.8).unit("points on 1-7")
        .asOf(END_OF_Q1).build(), ces.readingOn(END_OF_Q1));
  }
}
