package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.metrics.CustomerEffortScore;
import dev.valuex.metrics.CustomerSatisfaction;
import dev.valuex.metrics.KanoProfile;
import dev.valuex.metrics.MetricReading;
import dev.valuex.metrics.NetPromoterScore;
import dev.valuex.metrics.RatingScale;
import dev.valuex.metrics.Retention;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsJsonTest {
  private final ObjectMapper mapper = ValuexJson.create().newObjectMapper();

  private List<String> problems(String json, Class<?> type) {
    return assertThrows(ValuexFormatException.class, () -> mapper.readValue(json, type))
        .problems();
  }

  @Test
  void writesNetPromoterScoreAsItsCountsAndReadsItBack() throws Exception {
    NetPromoterScore nps = NetPromoterScore.of(50, 30, 20);
    String json = "{\"promoters\":50,\"passives\":30,\"detractors\":20}";
    assertEquals(json, mapper.writeValueAsString(nps));
    assertEquals(nps, mapper.readValue(json, NetPromoterScore.class));
  }

  @Test
  void writesReadingsSatisfactionEffortRetentionAndKanoInTheDocumentedShape()
      throws Exception {
    assertEquals("{\"metric\":\"Net Promoter Score\",\"value\":30.0,\"unit\":\"points\","
            + "\"as_of\":\"2026-03-31\"}",
        mapper.writeValueAsString(NetPromoterScore.of(50, 30, 20)
            .readingOn(LocalDate.of(2026, 3, 31))));
    assertEquals("{\"scale\":{\"min\":1,\"max\":5},\"counts\":[1,0,0,1,2]}",
        mapper.writeValueAsString(
            CustomerSatisfaction.fromCounts(RatingScale.oneToFive(), 1, 0, 0, 1, 2)));
    assertEquals("{\"form\":\"effort_5\",\"counts\":[2,0,0,1,1]}",
        mapper.writeValueAsString(CustomerEffortScore.fromAnswers(
            CustomerEffortScore.Form.EFFORT_5, 1, 1, 4, 5)));
    assertEquals("{\"customers_at_start\":100,\"customers_at_end\":90,\"new_customers\":10,"
            + "\"period\":\"years\"}",
        mapper.writeValueAsString(Retention.builder().customersAtStart(100)
            .customersAtEnd(90).newCustomers(10).period(ChronoUnit.YEARS).build()));
    assertEquals("{\"feature\":\"Self check-in\",\"attractive\":3,\"one_dimensional\":0,"
            + "\"must_be\":1,\"indifferent\":0,\"reverse\":0,\"questionable\":0}",
        mapper.writeValueAsString(KanoProfile.builder().feature("Self check-in")
            .attractive(3).mustBe(1).build()));
  }

  @Test
  void readsKanoCategoriesLeftOutAsNoAnswers() throws Exception {
    assertEquals(KanoProfile.builder().feature("Self check-in").attractive(3).build(),
        mapper.readValue("{\"feature\":\"Self check-in\",\"attractive\":3}",
            KanoProfile.class));
  }

  @Test
  void badTokensListTheAllowedSpellings() {
    assertEquals(List.of("/form: must be one of \"agreement_7\", \"effort_5\", got \"EFFORT_5\""),
        problems("{\"form\":\"EFFORT_5\",\"counts\":[1,1,1,1,1]}", CustomerEffortScore.class));
    assertEquals(List.of("/period: must be one of \"days\", \"weeks\", \"months\", \"years\","
            + " got \"decades\""),
        problems("{\"customers_at_start\":1,\"customers_at_end\":1,\"new_customers\":0,"
            + "\"period\":\"decades\"}", Retention.class));
  }

  @Test
  void reportsEveryProblemOfAValueWithItsPointer() {
    assertEquals(List.of("/promoters: must be a whole number, got 1.5",
            "/detractors: must be present, got nothing",
            "/extra: must be a field of a Net Promoter Score (promoters, passives, detractors), got"
                + " unknown field"),
        problems("{\"promoters\":1.5,\"passives\":3,\"extra\":true}", NetPromoterScore.class));
    assertEquals(List.of("/counts/1: must be a whole number, got \"2\""),
        problems("{\"scale\":{\"min\":1,\"max\":3},\"counts\":[1,\"2\",3]}",
            CustomerSatisfaction.class));
  }

  @Test
  void reportsModelRulesWithTheValueTheyBreak() {
    assertEquals(List.of("/customers_at_end: must be at least newCustomers 10, got 5"),
        problems("{\"customers_at_start\":100,\"customers_at_end\":5,\"new_customers\":10,"
            + "\"period\":\"months\"}", Retention.class));
    assertEquals(List.of("/metric: must not be blank, got ' '"),
        problems("{\"metric\":\" \",\"value\":1,\"unit\":\"%\",\"as_of\":\"2026-01-01\"}",
            MetricReading.class));
  }
}
