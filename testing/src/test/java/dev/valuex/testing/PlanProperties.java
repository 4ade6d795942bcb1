package dev.valuex.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.measure.Measure;
import dev.valuex.core.measure.Observation;
import dev.valuex.planning.MeasureStatus;
import dev.valuex.planning.PlanExport;
import dev.valuex.planning.PlanRow;
import dev.valuex.planning.PlanStatus;
import dev.valuex.planning.Review;
import dev.valuex.planning.ValueCreationPlan;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Laws of value creation plans: reviews and exports. */
@Domain(ValuexDomain.class)
class PlanProperties {

  @Property(tries = 300)
  void reviewsNeverReorderOrLoseObservations(@ForAll("planAndReviews") PlanAndReviews in) {
    ValueCreationPlan plan = in.plan;
    List<Observation> expected = new ArrayList<>(plan.observations());
    for (Review r : in.reviews) {
      plan = plan.withReview(r);
      expected.addAll(r.observations());
      assertEquals(expected, plan.observations());
    }
    for (Measure m : plan.measures()) {
      List<Observation> ofMeasure = new ArrayList<>();
      for (Observation o : expected) {
        if (o.measure().equals(m.name())) {
          ofMeasure.add(o);
        }
      }
      assertEquals(ofMeasure, plan.observationsOf(m.name()));
    }
    assertEquals(in.plan.reviews().size() + in.reviews.size(), plan.reviews().size());
  }

  @Property(tries = 300)
  void statusHistoryHasOnePointPerReviewThatObservedTheMeasure(
      @ForAll ValueCreationPlan plan) {
    PlanStatus status = plan.status();
    assertEquals(plan.rows().size(), status.rows().size());
    assertEquals(plan.measures().size(), status.measures().size());
    for (MeasureStatus ms : status.measures()) {
      String name = ms.measure().name();
      long observing = plan.reviews().stream()
          .filter(r -> r.observations().stream().anyMatch(o -> o.measure().equals(name)))
          .count();
      assertEquals(observing, ms.history().size());
      assertEquals(ms.measure().achievement(plan.observationsOf(name)), ms.latest());
    }
  }

  @Property(tries = 300)
  void everyPlanSurvivesMarkdownExportWithAllRowsPresent(@ForAll ValueCreationPlan plan) {
    String md = PlanExport.toMarkdown(plan);
    List<String> lines = List.of(md.split("\n", -1));
    assertEquals("| Value to create | How value is created and captured | How value is measured |",
        lines.get(2));
    // title, blank, header, rule, one line per row, and the empty string after the last newline
    assertEquals(4 + plan.rows().size() + 1, lines.size(), md);
    for (int i = 0; i < plan.rows().size(); i++) {
      String line = lines.get(4 + i);
      PlanRow row = plan.rows().get(i);
      assertEquals(4, unescapedPipes(line), line);
      assertTrue(line.startsWith("| **" + inline(row.label()) + "**"), line);
      row.sentence().ifPresent(s -> assertTrue(line.contains(inline(s)), line));
    }
  }

  @Property(tries = 300)
  void everyPlanSurvivesCsvExportWithAllRowsPresent(@ForAll ValueCreationPlan plan)
      throws IOException {
    List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .get().parse(new StringReader(PlanExport.toCsv(plan))).getRecords();
    assertEquals(plan.rows().size(), records.size());
    for (int i = 0; i < records.size(); i++) {
      PlanRow row = plan.rows().get(i);
      CSVRecord record = records.get(i);
      assertEquals(row.element().toString(), record.get("Element"));
      assertEquals(row.side().name(), record.get("Side"));
      String value = record.get("Value to create");
      assertTrue(value.startsWith(row.label()), value);
      row.sentence().ifPresent(s -> assertTrue(value.endsWith("\n" + s), value));
      for (Measure m : row.measures()) {
        assertTrue(record.get("How value is measured").contains(m.name()));
      }
    }
  }

  @Provide
  Arbitrary<PlanAndReviews> planAndReviews() {
    return PlanArbitraries.reviewedPlans().flatMap(plan -> PlanArbitraries.reviewsFor(plan)
        .map(reviews -> new PlanAndReviews(plan, reviews)));
  }

  /** Counts pipes not escaped by an odd run of backslashes: the cell separators. */
  private static int unescapedPipes(String line) {
    int pipes = 0;
    int backslashes = 0;
    for (char c : line.toCharArray()) {
      if (c == '|' && backslashes % 2 == 0) {
        pipes++;
      }
      backslashes = c == '\\' ? backslashes + 1 : 0;
    }
    return pipes;
  }

  private static String inline(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|")
        .replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>");
  }

  static final class PlanAndReviews {
    final ValueCreationPlan plan;
    final ImmutableList<Review> reviews;

    PlanAndReviews(ValueCreationPlan plan, List<Review> reviews) {
      this.plan = plan;
      this.reviews = ImmutableList.copyOf(reviews);
    }

    @Override
    public String toString() {
      return plan + " then " + reviews;
    }
  }
}
