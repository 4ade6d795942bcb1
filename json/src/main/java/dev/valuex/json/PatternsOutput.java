package dev.valuex.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.valuex.core.ElementId;
import dev.valuex.core.Side;
import dev.valuex.core.View;
import dev.valuex.core.analysis.ElementCoverage;
import dev.valuex.core.analysis.LedgerSummary;
import dev.valuex.core.analysis.Slice;
import dev.valuex.core.analysis.SummarySetProposal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The patterns across ledgers as {@code valuex analyze --format json} prints them, computed from
 * a {@link LedgerSummary} and a {@link SummarySetProposal}: every run of the analysis, on one
 * machine or on Spark, builds its output here, so both give the same document for the same
 * ledgers.
 *
 * <pre>{@code
 * LedgerSummary summary = LedgerSummary.of(ledgers);
 * SummarySetProposal proposal = SummarySetProposal.reaching(PatternsOutput.PROPOSAL_SHARE,
 *     Side.OUT, ledgers);
 * String json = PatternsOutput.toJson(PatternsOutput.of(summary, proposal, names,
 *     PatternsOutput.Breakdown.SEGMENT, 5));
 * }</pre>
 */
public final class PatternsOutput {
  /** The share of ledgers the summary-set proposal aims to reach. */
  public static final double PROPOSAL_SHARE = 0.8;

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** What the slices of the output break the ledgers down by. */
  public enum Breakdown {
    /** One slice per segment tag. */
    SEGMENT,
    /** One slice per view. */
    VIEW,
    /** One slice per calendar quarter an as-of date fell in. */
    PERIOD,
    /** All ledgers only. */
    NONE;

    /**
     * Reads a breakdown from its lower-case name.
     *
     * @param text {@code segment}, {@code view}, {@code period} or {@code none}, any case
     * @return the breakdown, never null
     * @throws IllegalArgumentException if the text names none of them
     */
    public static Breakdown parse(String text) {
      return valueOf(requireNonNull(text, "text").toUpperCase(Locale.ROOT));
    }
  }

  private PatternsOutput() {}

  /**
   * Returns the slices a breakdown gives for a summary, by their names in the output: all
   * ledgers first, then each segment, view or quarter in order.
   *
   * @param summary the summary, not null
   * @param by the breakdown, not null
   * @return the slices by name, in output order, never null
   */
  public static Map<String, Slice> slices(LedgerSummary summary, Breakdown by) {
    Map<String, Slice> result = new LinkedHashMap<>();
    result.put("all ledgers", Slice.all());
    switch (by) {
      case SEGMENT:
        summary.segments().forEach(s -> result.put("segment " + s, Slice.ofSegment(s)));
        break;
      case VIEW:
        for (View v : View.values()) {
          result.put("view " + v, Slice.ofView(v));
        }
        break;
      case PERIOD:
        TreeSet<String> quarters = new TreeSet<>();
        for (YearMonth m : summary.months()) {
          int q = (m.getMonthValue() - 1) / 3 + 1;
          if (quarters.add(m.getYear() + "-Q" + q)) {
            result.put("period " + m.getYear() + "-Q" + q, Slice.ofQuarter(m.getYear(), q));
          }
        }
        break;
      default:
        break;
    }
    return result;
  }

  /**
   * Returns the output as ordered maps and lists, ready to print as JSON; callers may add
   * sections (the CLI adds the journey's).
   *
   * @param summary the summary of the ledgers, not null
   * @param proposal the summary-set proposal for the same ledgers, not null
   * @param names the card name of an element id, not null
   * @param by the breakdown of the slices, not null
   * @param top the elements shown per side and slice, at least 1
   * @return the output, a mutable map in output order, never null
   */
  public static Map<String, Object> of(LedgerSummary summary, SummarySetProposal proposal,
      Function<ElementId, String> names, Breakdown by, int top) {
    requireNonNull(proposal, "proposal");
    requireNonNull(names, "names");
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("ledgers", summary.ledgers());
    Map<String, Object> bySlice = new LinkedHashMap<>();
    for (Map.Entry<String, Slice> e : slices(summary, by).entrySet()) {
      Map<String, Object> sides = new LinkedHashMap<>();
      for (Side side : new Side[] {Side.OUT, Side.IN}) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<ElementCoverage> coverage = summary.coverage(side, e.getValue());
        for (ElementCoverage c : coverage.subList(0, Math.min(top, coverage.size()))) {
          String name = names.apply(c.placement().element());
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("element", c.placement().element().toString());
          row.put("name", name);
          row.put("ledgers", c.ledgers());
          row.put("share", c.share());
          row.put("evidence", c.evidence());
          rows.add(row);
        }
        sides.put(side.name(), rows);
      }
      bySlice.put(e.getKey(), sides);
    }
    json.put("slices", bySlice);
    List<String> picks = new ArrayList<>();
    proposal.picks().forEach(p -> picks.add(names.apply(p.element())));
    json.put("summarySet", picks);
    return json;
  }

  /**
   * Writes an output as indented JSON, as the CLI prints it.
   *
   * @param output the output of {@link #of}, possibly with added sections, not null
   * @return the JSON text, without a trailing line break, never null
   */
  public static String toJson(Object output) {
    try {
      return MAPPER.writeValueAsString(requireNonNull(output, "output"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON output: " + e.getMessage(), e);
    }
  }
}
