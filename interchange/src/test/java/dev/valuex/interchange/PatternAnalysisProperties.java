package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.View;
import dev.valuex.testing.ValuexArbitraries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Counts of a pattern analysis merge like the summaries inside them: split the ledgers
 * anywhere, count the parts apart (shipped through Java serialization, as a distributed job
 * ships them) and merge them in either order, and the document is the same bytes as counting
 * all at once; it always matches the {@code valuex.analysis/1} schema.
 */
class PatternAnalysisProperties {
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

  private static final Function<ElementId, String> CARDS =
      id -> id.toString().toUpperCase(java.util.Locale.ROOT);

  @Property(tries = 50)
  void countsOfPartsMergedInAnyOrderGiveTheSameDocumentAsCountsOfTheWhole(
      @ForAll("ledgerLists") List<Ledger> ledgers, @ForAll @IntRange(max = 100) int cutPercent,
      @ForAll("views") Optional<View> view, @ForAll PatternAnalysis.Breakdown by)
      throws IOException, ClassNotFoundException {
    int cut = ledgers.size() * cutPercent / 100;
    PatternAnalysis.Counts whole = count(ledgers, view);
    PatternAnalysis.Counts first = shipped(count(ledgers.subList(0, cut), view));
    PatternAnalysis.Counts second = shipped(count(ledgers.subList(cut, ledgers.size()), view));
    long counted = ledgers.stream().filter(l -> view.isEmpty() || l.view() == view.get())
        .count();
    assertEquals(counted, whole.counted());
    if (counted == 0) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> whole.analysis(by, 3, 4, 1, CARDS));
      assertEquals("PatternAnalysis: ledgers counted must be at least 1, got 0 of "
          + ledgers.size() + " read" + view.map(v -> " (only " + v + " counted)").orElse(""),
          e.getMessage());
      return;
    }
    String expected = json(whole, by);
    assertEquals(expected, json(count(List.of(), view).addAll(first).addAll(second), by));
    assertEquals(expected, json(count(List.of(), view).addAll(second).addAll(first), by));
    assertEquals(Set.of(), SCHEMA.validate(new ObjectMapper().readTree(expected)), expected);
  }

  private static PatternAnalysis.Counts count(List<Ledger> ledgers, Optional<View> view) {
    PatternAnalysis.Counts counts = PatternAnalysis.counts(view);
    ledgers.forEach(counts::add);
    return counts;
  }

  private static String json(PatternAnalysis.Counts counts, PatternAnalysis.Breakdown by) {
    return PatternAnalysis.toJson(counts.analysis(by, 3, 4, 1, CARDS).document());
  }

  private static PatternAnalysis.Counts shipped(PatternAnalysis.Counts counts)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(counts);
    }
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      return (PatternAnalysis.Counts) in.readObject();
    }
  }

  @Provide
  Arbitrary<List<Ledger>> ledgerLists() {
    return ValuexArbitraries.ledgers().entriesPerLedger(0, 4).evidencePerEntry(0, 1).list()
        .ofMaxSize(12);
  }

  @Provide
  Arbitrary<Optional<View>> views() {
    return Arbitraries.of(Optional.empty(), Optional.of(View.CURRENT),
        Optional.of(View.DESIRED));
  }
}
