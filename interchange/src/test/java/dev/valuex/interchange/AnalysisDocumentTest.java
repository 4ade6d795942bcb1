package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.Ledger;
import dev.valuex.core.View;
import dev.valuex.core.analysis.PatternAnalysis;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnalysisDocumentTest {
  private static final Ledger CURRENT = Samples.ledger();
  private static final Ledger DESIRED = CURRENT.withView(View.DESIRED);

  private static PatternAnalysis analysis() {
    PatternAnalysis.Counts counts = PatternAnalysis.counts(Optional.of(View.DESIRED));
    List.of(CURRENT, DESIRED, DESIRED).forEach(counts::add);
    return counts.analysis(PatternAnalysis.Breakdown.VIEW, 5, 5, 1,
        id -> id.toString().toUpperCase(java.util.Locale.ROOT));
  }

  @Test
  void documentKeepsTheSchemaOrderAndLowerCaseTokens() {
    Map<String, Object> doc = AnalysisDocument.of(analysis());
    assertEquals(List.of("format", "view", "by", "ledgers", "current_ledgers",
        "desired_ledgers", "left_out_ledgers", "slices", "min_together", "pairs",
        "summary_set"), List.copyOf(doc.keySet()));
    assertEquals("valuex.analysis/1", doc.get("format"));
    assertEquals("desired", doc.get("view"));
    assertEquals("view", doc.get("by"));
    assertEquals(2L, doc.get("ledgers"));
    assertEquals(0L, doc.get("current_ledgers"));
    assertEquals(1L, doc.get("left_out_ledgers"));
  }

  @Test
  void namesElementsByIdAndCardAndWritesTheSameBytesEveryTime() {
    String json = AnalysisDocument.toJson(AnalysisDocument.of(analysis()));
    assertEquals(json, AnalysisDocument.toJson(AnalysisDocument.of(analysis())));
    String pick = "\"elements\" : [ {\n      \"element\" : \"customer.savings\",\n"
        + "      \"card\" : \"CUSTOMER.SAVINGS\",\n      \"new_ledgers\" : 2\n    } ]";
    assertEquals(true, json.contains(pick), json);
  }

  @Test
  void refusesToWriteWhatJacksonCannot() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> AnalysisDocument.toJson(Map.of("format", new Object())));
    assertEquals(true, e.getMessage().startsWith("cannot write JSON output: "), e.getMessage());
  }
}
