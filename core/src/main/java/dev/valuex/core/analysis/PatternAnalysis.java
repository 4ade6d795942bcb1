package dev.valuex.core.analysis;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.valuex.core.BalanceJudgement.Verdict;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.Side;
import dev.valuex.core.View;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The patterns across ledgers as {@code valuex analyze} reports them: coverage per side for each
 * slice with the owners' verdicts there, the pairs of placements that go together most (by
 * lift) and a summary-set proposal, saying which views were counted. Every run of the analysis,
 * the command line on one machine or the Spark job on a cluster, counts ledgers into {@link
 * Counts} and builds its result here, so both report the same patterns for the same ledgers and
 * options; the interchange module writes the result as its {@code valuex.analysis/1} document.
 *
 * <pre>{@code
 * PatternAnalysis.Counts counts = PatternAnalysis.counts(Optional.empty());  // both views
 * ledgers.forEach(counts::add);                  // or merge partial counts with addAll
 * PatternAnalysis analysis = counts.analysis(PatternAnalysis.Breakdown.SEGMENT, 5, 5, 5,
 *     id -> catalog.element(id).map(ValueElement::name).orElse(id.toString()));
 * List<ElementCoverage> top = analysis.coverage(Side.OUT, Slice.all());
 * }</pre>
 *
 * <p>The counts hold a {@link LedgerSummary} of the counted ledgers, their numbers of owners'
 * verdicts per (segment tags, view, month) and the {@link ElementCombinations} of OUT elements
 * (how many ledgers carry each distinct set, what the proposal reads): their size grows with the
 * distinct combinations, not with the ledgers, so partial counts are cheap to ship and merge.
 * When nearly every ledger's OUT set differs, the combinations are what grows: about 16 to 21
 * bytes per distinct set with up to 64 OUT elements (5 million distinct sets in about 130 MB).
 */
public final class PatternAnalysis {
  /** The share of ledgers the summary-set proposal aims to reach. */
  public static final double PROPOSAL_SHARE = 0.8;

  /** What the slices of the analysis break the ledgers down by. */
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
     * Reads a breakdown from its name.
     *
     * @param text {@code segment}, {@code view}, {@code period} or {@code none}, any case
     * @return the breakdown, never null
     * @throws IllegalArgumentException naming the text and the breakdowns there are
     */
    public static Breakdown parse(String text) {
      requireNonNull(text, "text");
      for (Breakdown b : values()) {
        if (b.name().equalsIgnoreCase(text.strip())) {
          return b;
        }
      }
      throw new IllegalArgumentException(
          "Breakdown must be segment, view, period or none, got '" + text + "'");
    }
  }

  private final Counts counts;
  private final Breakdown by;
  private final int top;
  private final int pairs;
  private final int minTogether;
  private final Function<ElementId, String> cards;
  private final LedgerSummary summary;
  private final Map<String, Slice> slices;
  private final ImmutableList<Association> strongest;
  private final SummarySetProposal proposal;

  private PatternAnalysis(Counts counts, Breakdown by, int top, int pairs, int minTogether,
      Function<ElementId, String> cards) {
    this.counts = counts;
    this.by = by;
    this.top = top;
    this.pairs = pairs;
    this.minTogether = minTogether;
    this.cards = cards;
    this.summary = counts.summary.build();
    this.slices = slices(summary, by);
    this.strongest = pairs == 0 ? ImmutableList.of()
        : strongestPairs(summary, Slice.all(), minTogether, pairs);
    this.proposal = SummarySetProposal.reaching(PROPOSAL_SHARE, counts.outSets);
  }

  /**
   * Returns empty counts, to which ledgers are added one at a time.
   *
   * @param view the only view to count, or empty to count both views together, not null
   * @return new counts, never null
   */
  public static Counts counts(Optional<View> view) {
    return new Counts(requireNonNull(view, "view").orElse(null));
  }

  /**
   * Returns the slices a breakdown gives for a summary, by their names in the analysis: all
   * ledgers first, then each segment, view or quarter in order.
   *
   * @param summary the summary, not null
   * @param by the breakdown, not null
   * @return the slices by name, in output order, never null
   */
  public static Map<String, Slice> slices(LedgerSummary summary, Breakdown by) {
    requireNonNull(summary, "summary");
    Map<String, Slice> result = new LinkedHashMap<>();
    result.put("all ledgers", Slice.all());
    switch (requireNonNull(by, "by")) {
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
   * Returns the strongest pairs of placements seen together in at least {@code minTogether}
   * ledgers of a slice, strongest lift first, each pair once: lift is symmetric, so of the two
   * directions the one with more confidence is kept (ties by antecedent). Ties in lift are
   * broken by the pair's ids, so the order is the same on every run.
   *
   * @param summary the summary, not null
   * @param slice the slice, not null
   * @param minTogether the fewest ledgers carrying both, at least 1
   * @param n the most pairs returned, at least 0
   * @return the pairs, never null
   */
  public static ImmutableList<Association> strongestPairs(LedgerSummary summary, Slice slice,
      long minTogether, int n) {
    requireNonNull(summary, "summary");
    requireNonNull(slice, "slice");
    Map<Set<Placement>, Association> byPair = new HashMap<>();
    for (Association a : summary.associations(slice, minTogether)) {
      byPair.merge(Set.of(a.antecedent(), a.consequent()), a,
          (x, y) -> x.confidence() > y.confidence()
              || (x.confidence() == y.confidence()
                  && x.antecedent().compareTo(y.antecedent()) < 0) ? x : y);
    }
    return byPair.values().stream()
        .sorted(Comparator.comparingDouble(Association::lift).reversed()
            .thenComparing(a -> a.antecedent().toString())
            .thenComparing(a -> a.consequent().toString()))
        .limit(n)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the only view counted.
   *
   * @return the view, or empty when both views were counted together
   */
  public Optional<View> view() {
    return Optional.ofNullable(counts.view);
  }

  /**
   * Returns what the slices break the ledgers down by.
   *
   * @return the breakdown, never null
   */
  public Breakdown by() {
    return by;
  }

  /**
   * Returns how many ledgers were read, counted or not.
   *
   * @return the count, at least 1
   */
  public long read() {
    return counts.read;
  }

  /**
   * Returns how many ledgers were counted: those of the view counted, or all.
   *
   * @return the count, at least 1
   */
  public long counted() {
    return summary.ledgers();
  }

  /**
   * Returns how many counted ledgers have a view.
   *
   * @param view the view, not null
   * @return the count, at least 0
   */
  public long counted(View view) {
    return summary.ledgers(Slice.ofView(view));
  }

  /**
   * Returns the summary of the counted ledgers.
   *
   * @return the summary, never null
   */
  public LedgerSummary summary() {
    return summary;
  }

  /**
   * Returns the slices, by their names, in output order: all ledgers first.
   *
   * @return the slices, never null
   */
  public Map<String, Slice> slices() {
    return Collections.unmodifiableMap(slices);
  }

  /**
   * Returns the elements shown on a side of a slice: the most carried, at most as many as
   * asked for.
   *
   * @param side the side, not null
   * @param slice the slice, not null
   * @return the coverages, most carried first, never null
   */
  public List<ElementCoverage> coverage(Side side, Slice slice) {
    List<ElementCoverage> all = summary.coverage(side, slice);
    return all.subList(0, Math.min(top, all.size()));
  }

  /**
   * Returns how many counted ledgers of a slice carry each of their owners' verdicts.
   *
   * @param slice the slice, not null
   * @return the count of every verdict, zero for none, in the verdicts' order, never null
   */
  public Map<Verdict, Long> judgements(Slice slice) {
    requireNonNull(slice, "slice");
    Map<Verdict, Long> result = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      result.put(v, 0L);
    }
    counts.verdicts.forEach((k, n) -> {
      if (slice.matches(k.segments(), k.view(), k.month())) {
        result.merge(k.verdict(), n, Long::sum);
      }
    });
    return result;
  }

  /**
   * Returns the fewest ledgers a pair must be seen together in to be shown.
   *
   * @return the count, at least 1
   */
  public int minTogether() {
    return minTogether;
  }

  /**
   * Returns the pairs shown, strongest lift first; see {@link #strongestPairs}.
   *
   * @return the pairs, empty when none is seen together often enough or none was asked for
   */
  public ImmutableList<Association> pairs() {
    return strongest;
  }

  /**
   * Returns the summary-set proposal: the fewest OUT elements that reach {@link
   * #PROPOSAL_SHARE} of the counted ledgers.
   *
   * @return the proposal, never null
   */
  public SummarySetProposal proposal() {
    return proposal;
  }

  /**
   * Returns the card name shown for an element.
   *
   * @param element the element, not null
   * @return the card name, never null
   */
  public String card(ElementId element) {
    return cards.apply(requireNonNull(element, "element"));
  }

  /**
   * What an analysis counts from ledgers, one at a time or merged from partial counts in any order
   * and grouping: the summary of the ledgers of the view counted, how many ledgers were read, the
   * owners' verdicts per (segment tags, view, month) and how many ledgers carry each distinct set
   * of OUT elements ({@link ElementCombinations}). {@link Serializable}, so a distributed job ships
   * partial counts rather than ledgers. Not thread-safe.
   */
  public static final class Counts implements Serializable {
    private static final long serialVersionUID = 2L;

    /** The only view counted, or null to count both. */
    private final @Nullable View view;
    /** How many ledgers were read, counted or not. */
    private long read;
    /** The summary of the ledgers counted. */
    private final LedgerSummary.Builder summary = LedgerSummary.builder();
    /** How many counted ledgers carry each combination of OUT elements. */
    private final ElementCombinations outSets = ElementCombinations.on(Side.OUT);
    /** How many counted ledgers carry each owner's verdict, per segment set, view and month. */
    private final HashMap<JudgedStratum, Long> verdicts = new HashMap<>();

    private Counts(@Nullable View view) {
      this.view = view;
    }

    /**
     * Counts one ledger read: into the analysis when it has the view counted, else as left
     * out.
     *
     * @param ledger the ledger, not null
     * @return these counts, never null
     */
    public Counts add(Ledger ledger) {
      requireNonNull(ledger, "ledger");
      read++;
      if (view != null && ledger.view() != view) {
        return this;
      }
      summary.add(ledger);
      outSets.add(ledger);
      ledger.judgement().ifPresent(j -> verdicts.merge(new JudgedStratum(
          ImmutableSortedSet.copyOf(ledger.subject().segments()), ledger.view(),
          YearMonth.from(ledger.asOf()), j.verdict()), 1L, Long::sum));
      return this;
    }

    /**
     * Adds partial counts of other ledgers; the other counts are not changed. Adding counts to
     * themselves doubles every count, as counting each of their ledgers twice would.
     *
     * @param other counts of the same view, these counts included, not null
     * @return these counts, never null
     * @throws IllegalArgumentException if the other counts count another view
     */
    public Counts addAll(Counts other) {
      requireNonNull(other, "other");
      if (other.view != view) {
        throw new IllegalArgumentException("Counts: other must count the view " + name(view)
            + ", got " + name(other.view));
      }
      if (other == this) {
        // Merged from copies, so counts added to themselves double rather than feed on their
        // own growing state.
        summary.addAll(summary.build());
        verdicts.replaceAll((k, n) -> n * 2);
      } else {
        summary.addAll(other.summary);
        other.verdicts.forEach((k, n) -> verdicts.merge(k, n, Long::sum));
      }
      outSets.addAll(other.outSets);
      read += other.read;
      return this;
    }

    /**
     * Returns how many ledgers were counted into the analysis (of the view counted, or all).
     *
     * @return the count, at least 0
     */
    public long counted() {
      return outSets.ledgers();
    }

    /**
     * Returns the analysis of the ledgers counted.
     *
     * @param by what the slices break the ledgers down by, not null
     * @param top the elements shown per side and slice, at least 1
     * @param pairs the pairs of placements shown, at least 0
     * @param minTogether the fewest ledgers a pair is seen together in to be shown, at least 1
     * @param cards the card name shown for an element id, not null
     * @return the analysis, never null
     * @throws IllegalArgumentException if a number is out of its range, or no ledger was
     *     counted
     */
    public PatternAnalysis analysis(Breakdown by, int top, int pairs, int minTogether,
        Function<ElementId, String> cards) {
      requireNonNull(by, "by");
      requireNonNull(cards, "cards");
      if (top < 1) {
        throw new IllegalArgumentException("PatternAnalysis: top must be at least 1, got " + top);
      }
      if (pairs < 0) {
        throw new IllegalArgumentException(
            "PatternAnalysis: pairs must be at least 0, got " + pairs);
      }
      if (minTogether < 1) {
        throw new IllegalArgumentException(
            "PatternAnalysis: minTogether must be at least 1, got " + minTogether);
      }
      if (counted() == 0) {
        throw new IllegalArgumentException("PatternAnalysis: ledgers counted must be at least 1,"
            + " got 0 of " + read + " read" + (view == null ? "" : " (only " + view + " counted)"));
      }
      return new PatternAnalysis(this, by, top, pairs, minTogether, cards);
    }

    private static String name(@Nullable View view) {
      return view == null ? "all" : view.toString();
    }

    /**
     * Describes the counts, e.g. {@code PatternAnalysis.Counts{read=120, counted=90}}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
      return "PatternAnalysis.Counts{read=" + read + ", counted=" + counted() + "}";
    }
  }

  /** The owners' verdict of ledgers with one set of segment tags, view and month. */
  record JudgedStratum(ImmutableSortedSet<String> segments, View view, YearMonth month,
      Verdict verdict) implements Serializable {}
}
