package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import dev.valuex.core.Ledger;
import dev.valuex.core.View;
import dev.valuex.core.analysis.PatternAnalysis;
import dev.valuex.testing.ValuexArbitraries;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The {@code valuex.analysis/1} document of any analysis matches its schema, whichever view was
 * counted, breakdown, number of elements and pairs shown; merged counts give the same analysis
 * (testing's {@code PatternAnalysisProperties}), so the same document.
 */
class AnalysisDocumentProperties {
  static final JsonSchema SCHEMA;

  static {
    try (InputStream in = ValuexJson.class.getResourceAsStream(
        "valuex.analysis-1.schema.json")) {
      SCHEMA = JsonSchemaProperties.FACTORY.getSchema(
          new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Property(tries = 25)
  void documentMatchesItsSchema(@ForAll("ledgerLists") List<Ledger> ledgers,
      @ForAll("views") Optional<View> view, @ForAll PatternAnalysis.Breakdown by,
      @ForAll @IntRange(min = 1, max = 4) int top, @ForAll @IntRange(max = 4) int pairs)
      throws IOException {
    PatternAnalysis.Counts counts = PatternAnalysis.counts(view);
    ledgers.forEach(counts::add);
    if (counts.counted() == 0) {
      return;
    }
    String json = AnalysisDocument.toJson(AnalysisDocument.of(counts.analysis(by, top, pairs, 1,
        id -> id.toString().toUpperCase(Locale.ROOT))));
    assertEquals(Set.of(), SCHEMA.validate(new ObjectMapper().readTree(json)), json);
  }

  @Provide
  Arbitrary<List<Ledger>> ledgerLists() {
    return ValuexArbitraries.ledgers().entriesPerLedger(0, 4).evidencePerEntry(0, 1).list()
        .ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<Optional<View>> views() {
    return Arbitraries.of(Optional.empty(), Optional.of(View.CURRENT),
        Optional.of(View.DESIRED));
  }
}
