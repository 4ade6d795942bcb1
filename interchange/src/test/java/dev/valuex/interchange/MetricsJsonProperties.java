package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.valuex.metrics.AttributeProfile;
import dev.valuex.metrics.CustomerEffortScore;
import dev.valuex.metrics.CustomerSatisfaction;
import dev.valuex.metrics.KanoProfile;
import dev.valuex.metrics.MetricReading;
import dev.valuex.metrics.NetPromoterScore;
import dev.valuex.metrics.OpportunityScore;
import dev.valuex.metrics.RatingScale;
import dev.valuex.metrics.Retention;
import java.io.IOException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The stored values of valuex-metrics survive writing and reading through a mapper with the
 * module; the generators come from valuex-testing through its arbitrary provider.
 */
class MetricsJsonProperties {
  private static final ObjectMapper MAPPER = ValuexJson.create().newObjectMapper();

  private static <T> void assertRoundTrip(T value, Class<T> type) throws IOException {
    assertEquals(value, MAPPER.readValue(MAPPER.writeValueAsString(value), type));
  }

  @Property(tries = 500)
  void readingWrittenThenReadIsEqual(@ForAll MetricReading reading) throws IOException {
    assertRoundTrip(reading, MetricReading.class);
  }

  @Property(tries = 500)
  void ratingScaleWrittenThenReadIsEqual(@ForAll RatingScale scale) throws IOException {
    assertRoundTrip(scale, RatingScale.class);
  }

  @Property(tries = 500)
  void netPromoterScoreWrittenThenReadIsEqual(@ForAll NetPromoterScore nps) throws IOException {
    assertRoundTrip(nps, NetPromoterScore.class);
  }

  @Property(tries = 500)
  void satisfactionWrittenThenReadIsEqual(@ForAll CustomerSatisfaction csat)
      throws IOException {
    assertRoundTrip(csat, CustomerSatisfaction.class);
  }

  @Property(tries = 500)
  void effortScoreWrittenThenReadIsEqual(@ForAll CustomerEffortScore ces) throws IOException {
    assertRoundTrip(ces, CustomerEffortScore.class);
  }

  @Property(tries = 500)
  void retentionWrittenThenReadIsEqual(@ForAll Retention retention) throws IOException {
    assertRoundTrip(retention, Retention.class);
  }

  @Property(tries = 500)
  void opportunityScoreWrittenThenReadIsEqual(@ForAll OpportunityScore score)
      throws IOException {
    assertRoundTrip(score, OpportunityScore.class);
  }

  @Property(tries = 500)
  void kanoProfileWrittenThenReadIsEqual(@ForAll KanoProfile profile) throws IOException {
    assertRoundTrip(profile, KanoProfile.class);
  }

  @Property(tries = 500)
  void attributeProfileWrittenThenReadIsEqual(@ForAll AttributeProfile profile)
      throws IOException {
    assertRoundTrip(profile, AttributeProfile.class);
  }
}
