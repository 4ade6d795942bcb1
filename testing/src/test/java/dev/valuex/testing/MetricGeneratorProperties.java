package dev.valuex.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.metrics.AttributeProfile;
import dev.valuex.metrics.AttributeRating;
import dev.valuex.metrics.CustomerEffortScore;
import dev.valuex.metrics.CustomerSatisfaction;
import dev.valuex.metrics.KanoProfile;
import dev.valuex.metrics.MetricReading;
import dev.valuex.metrics.NetPromoterScore;
import dev.valuex.metrics.Retention;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;

/** The metrics generators' promises: valid values through the domain, every form and period. */
@Domain(ValuexDomain.class)
class MetricGeneratorProperties {

  @Property
  void generatedResultsHaveFiniteHeadlineNumbersAndRespondents(@ForAll NetPromoterScore nps,
      @ForAll CustomerSatisfaction csat, @ForAll KanoProfile kano) {
    assertTrue(nps.value() >= -100 && nps.value() <= 100, nps::toString);
    assertTrue(csat.respondents() > 0, csat::toString);
    assertEquals(csat.scale().points(), csat.counts().size());
    assertTrue(kano.respondents() > 0, kano::toString);
  }

  @Property
  void generatedEffortScoresAndRetentionsCoverEveryFormAndPeriod(
      @ForAll CustomerEffortScore ces, @ForAll Retention retention) {
    assertEquals(ces.form().max() - ces.form().min() + 1, ces.counts().size());
    assertTrue(retention.customersAtEnd() >= retention.newCustomers());
    Statistics.label("form").collect(ces.form());
    Statistics.label("form").coverage(c -> {
      for (CustomerEffortScore.Form f : CustomerEffortScore.Form.values()) {
        c.check(f).percentage(p -> p >= 10);
      }
    });
    Statistics.label("period").collect(retention.period());
    Statistics.label("period").coverage(c -> {
      for (ChronoUnit u : List.of(ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS,
          ChronoUnit.YEARS)) {
        c.check(u).count(n -> n > 0);
      }
    });
  }

  @Property
  void generatedProfilesWeighToExactlyOneHundredAndReadingsRevalidate(
      @ForAll AttributeProfile profile, @ForAll MetricReading reading) {
    assertEquals(100.0,
        profile.ratings().stream().mapToDouble(AttributeRating::weight).sum());
    assertEquals(reading, reading.withUnit(reading.unit() + "s").withUnit(reading.unit()));
  }
}
