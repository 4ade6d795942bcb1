package dev.valuex.interchange;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.valuex.core.ElementId;
import dev.valuex.core.Side;
import dev.valuex.core.View;
import dev.valuex.core.analysis.Association;
import dev.valuex.core.analysis.ElementCoverage;
import dev.valuex.core.analysis.PatternAnalysis;
import dev.valuex.core.analysis.Placement;
import dev.valuex.core.analysis.Slice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@value #FORMAT} document of a {@link PatternAnalysis}, as {@code valuex analyze --format
 * json} and the Spark {@code AnalyzeJob} write it: both build it here, so they give the same
 * bytes for the same ledgers and options.
 *
 * <pre>{@code
 * PatternAnalysis analysis = counts.analysis(PatternAnalysis.Breakdown.SEGMENT, 5, 5, 5, cards);
 * String json = AnalysisDocument.toJson(AnalysisDocument.of(analysis));
 * }</pre>
 */
public final class AnalysisDocument {
  /** The format token of the document. */
  public static final String FORMAT = "valuex.analysis/1";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AnalysisDocument() {}

  /**
   * Returns the {@value #FORMAT} document of an analysis as ordered maps and lists, ready to
   * write with {@link #toJson}: keys in the order of its schema, enum values as lower-case
   * tokens. A caller may add the optional {@code journey} section at the end.
   *
   * @param analysis the analysis, not null
   * @return the document, a mutable map in output order, never null
   */
  public static Map<String, Object> of(PatternAnalysis analysis) {
    requireNonNull(analysis, "analysis");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", FORMAT);
    m.put("view", analysis.view().map(AnalysisDocument::token).orElse("all"));
    m.put("by", token(analysis.by()));
    m.put("ledgers", analysis.counted());
    m.put("current_ledgers", analysis.counted(View.CURRENT));
    m.put("desired_ledgers", analysis.counted(View.DESIRED));
    m.put("left_out_ledgers", analysis.read() - analysis.counted());
    List<Map<String, Object>> sliceList = new ArrayList<>();
    for (Map.Entry<String, Slice> e : analysis.slices().entrySet()) {
      Map<String, Object> sm = new LinkedHashMap<>();
      sm.put("slice", e.getKey());
      sm.put("ledgers", analysis.summary().ledgers(e.getValue()));
      for (Side side : new Side[] {Side.OUT, Side.IN}) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ElementCoverage c : analysis.coverage(side, e.getValue())) {
          Map<String, Object> row = element(analysis, c.placement().element());
          row.put("ledgers", c.ledgers());
          row.put("share", c.share());
          row.put("evidence", c.evidence());
          rows.add(row);
        }
        sm.put(token(side), rows);
      }
      List<Map<String, Object>> verdicts = new ArrayList<>();
      analysis.judgements(e.getValue()).forEach((v, n) -> {
        Map<String, Object> vm = new LinkedHashMap<>();
        vm.put("verdict", token(v));
        vm.put("ledgers", n);
        verdicts.add(vm);
      });
      sm.put("judgements", verdicts);
      sliceList.add(sm);
    }
    m.put("slices", sliceList);
    m.put("min_together", analysis.minTogether());
    List<Map<String, Object>> pairList = new ArrayList<>();
    for (Association p : analysis.pairs()) {
      Map<String, Object> am = new LinkedHashMap<>();
      am.put("antecedent", placement(analysis, p.antecedent()));
      am.put("consequent", placement(analysis, p.consequent()));
      am.put("together", p.together());
      am.put("support", p.support());
      am.put("confidence", p.confidence());
      am.put("lift", p.lift());
      pairList.add(am);
    }
    m.put("pairs", pairList);
    Map<String, Object> set = new LinkedHashMap<>();
    set.put("share", PatternAnalysis.PROPOSAL_SHARE);
    set.put("side", token(Side.OUT));
    List<Map<String, Object>> picks = new ArrayList<>();
    analysis.proposal().picks().forEach(p -> {
      Map<String, Object> pm = element(analysis, p.element());
      pm.put("new_ledgers", p.newLedgers());
      picks.add(pm);
    });
    set.put("elements", picks);
    set.put("reached_ledgers", analysis.proposal().reachedLedgers());
    set.put("out_of", analysis.proposal().outOf());
    m.put("summary_set", set);
    return m;
  }

  /**
   * Writes a document as indented JSON, as {@code valuex analyze --format json} prints it.
   *
   * @param document the output of {@link #of}, possibly with a journey section added, not null
   * @return the JSON text, without a trailing line break, never null
   */
  public static String toJson(Object document) {
    try {
      return MAPPER.writeValueAsString(requireNonNull(document, "document"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON output: " + e.getMessage(), e);
    }
  }

  private static Map<String, Object> element(PatternAnalysis a, ElementId id) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("element", id.toString());
    m.put("card", a.card(id));
    return m;
  }

  private static Map<String, Object> placement(PatternAnalysis a, Placement p) {
    Map<String, Object> m = element(a, p.element());
    m.put("side", token(p.side()));
    return m;
  }

  private static String token(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
