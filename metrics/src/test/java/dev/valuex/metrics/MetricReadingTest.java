package dev.valuex.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.InvalidValueException;
import dev.valuex.core.measure.Measure;
import dev.valuex.core.measure.Observation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class MetricReadingTest {
  static final LocalDate END_OF_Q1 = LocalDate.of(2026, 3, 31);

  @Test
  void everyHeadlineResultBecomesADatedReading() {
    Retention r = Retention.builder().customersAtStart(200).customersAtEnd(190).newCustomers(30)
        .period(ChronoUnit.YEARS).build();
    assertEquals(MetricReading.builder().metric("Retention").value(80).unit("%")
        .asOf(END_OF_Q1).build(), r.readingOn(END_OF_Q1));
    assertEquals(13.2, OpportunityScore.of("o", 8.1, 3).readingOn(END_OF_Q1).value(), 1e-12);
    assertEquals("CES", CustomerEffortScore.fromAnswers(CustomerEffortScore.Form.AGREEMENT_7, 6)
        .readingOn(END_OF_Q1).metric());
  }

  @Test
  void aLifetimeValueIsDatedWithTheBuilder() {
    double clv = LifetimeValue.closedForm(100, Rate.ofPercent(80), Rate.ofPercent(10));
    MetricReading reading = MetricReading.builder().metric("CLV").value(clv).unit("EUR")
        .asOf(END_OF_Q1).build();
    assertEquals(266.67, reading.value(), 0.005);
  }

  @Test
  void rejectsAValueThatIsNotFinite() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> MetricReading.builder().metric("CLV").value(Double.NaN).unit("EUR")
            .asOf(END_OF_Q1).build());
    assertEquals("MetricReading CLV: value must be a finite number, got NaN", e.getMessage());
  }

  @Test
  void rejectsABlankUnit() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> MetricReading.builder().metric("CLV").value(1).unit("").asOf(END_OF_Q1).build());
    assertEquals("MetricReading CLV: unit must not be blank, got ''", e.getMessage());
  }

  static Measure retentionMeasure(String unit) {
    return Measure.builder().name("customers kept over the year").unit(unit)
        .kind(Measure.Kind.PERCENTAGE).direction(Measure.Direction.AT_LEAST).target(85)
        .baseline(70).definedBy(Measure.DefinedBy.ORGANISATION).build();
  }

  @Test
  void aReadingBecomesAnObservationOfAPlanMeasure() {
    Retention r = Retention.builder().customersAtStart(200).customersAtEnd(190).newCustomers(30)
        .period(ChronoUnit.YEARS).build();
    Observation o = r.readingOn(END_OF_Q1).observe(retentionMeasure("%"));
    assertEquals(Observation.of("customers kept over the year", END_OF_Q1, 80)
        .withNote("from Retention"), o);
    // 80% against a target of 85 from a baseline of 70: two thirds of the way.
    assertEquals(66.67, retentionMeasure("%").achievement(java.util.List.of(o)).orElseThrow()
        .percentage(), 0.005);
  }

  @Test
  void aReadingInAnotherUnitIsNotObserved() {
    MetricReading clv = MetricReading.builder().metric("CLV").value(266.67).unit("EUR")
        .asOf(END_OF_Q1).build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> clv.observe(retentionMeasure("%")));
    assertEquals("MetricReading CLV: unit must match the unit of measure 'customers kept over"
        + " the year' (%), got 'EUR'", e.getMessage());
  }
}
