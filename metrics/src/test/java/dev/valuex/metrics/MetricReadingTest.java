package dev.valuex.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.InvalidValueException;
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
}
