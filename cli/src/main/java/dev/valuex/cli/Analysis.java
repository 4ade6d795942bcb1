package dev.valuex.cli;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.BalanceJudgement;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.Side;
import dev.valuex.core.View;
import dev.valuex.core.analysis.Association;
import dev.valuex.core.analysis.ElementCoverage;
import dev.valuex.core.analysis.LedgerSummary;
import dev.valuex.core.analysis.Placement;
import dev.valuex.core.analysis.Slice;
import dev.valuex.core.analysis.SummarySetProposal;
import dev.valuex.json.PatternsOutput;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What {@code valuex analyze} shows, computed once and printed as text or as a {@value #FORMAT}
 * document: coverage per side for each slice, the pairs of placements that go together most
 * (by lift), the owners' judgements per slice and a summary-set proposal. It says which views
 * were counted, so CURRENT and DESIRED ledgers are never mixed without the reader knowing.
 */
final class Analysis {
  /** The format token of the JSON output. */
  static final String FORMAT = "valuex.analysis/1";

  private final List<Ledger> read;
  private final List<Ledger> counted;
  private final Optional<View> view;
  private final AnalyzeCommand.By by;
  private final int top;
  private final int pairs;
  private final int minTogether;
  private final Function<ElementId, String> names;
  private final LedgerSummary summary;
  private final Map<String, Slice> slices;
  private final ImmutableList<Association> strongest;
  private final SummarySetProposal proposal;

  Analysis(List<Ledger> read, List<Ledger> counted, Optional<View> view, AnalyzeCommand.By by,
      int top, int pairs, int minTogether, Function<ElementId, String> names) {
    this.read = read;
    this.counted = counted;
    this.view = view;
    this.by = by;
    this.top = top;
    this.pairs = pairs;
    this.minTogether = minTogether;
    this.names = names;
    this.summary = LedgerSummary.of(counted);
    this.slices = slices(summary, by);
    this.strongest = strongestPairs(summary, Slice.all(), minTogether, pairs);
    this.proposal = SummarySetProposal.reaching(Study.PROPOSAL_SHARE, Side.OUT, counted);
  }

  /**
   * The strongest pairs of placements seen together in at least {@code minTogether} ledgers,
   * strongest lift first, each pair once: lift is symmetric, so of the two directions the one
   * with more confidence is kept (ties by antecedent). Ties in lift are broken by the pair's
   * ids, so the order is the same on every run.
   */
  static ImmutableList<Association> strongestPairs(LedgerSummary summary, Slice slice,
      long minTogether, int n) {
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

  private long count(List<Ledger> ledgers, View v) {
    return ledgers.stream().filter(l -> l.view() == v).count();
  }

  /** Says which views were counted, in words: "CURRENT and DESIRED counted together". */
  private String views() {
    if (view.isPresent()) {
      long left = read.size() - counted.size();
      return "only " + view.get() + " ledgers counted" + (left == 0 ? ""
          : "; " + left + " " + other(view.get()) + " left out");
    }
    long current = count(counted, View.CURRENT);
    long desired = count(counted, View.DESIRED);
    if (current == 0 || desired == 0) {
      return "all " + (desired == 0 ? View.CURRENT : View.DESIRED);
    }
    return current + " CURRENT and " + desired + " DESIRED counted together; --view current or"
        + " --by view counts them apart";
  }

  private static View other(View v) {
    return v == View.CURRENT ? View.DESIRED : View.CURRENT;
  }

  void print(PrintWriter out) {
    out.printf("%d ledgers (%s)%n", counted.size(), views());
    for (Map.Entry<String, Slice> e : slices.entrySet()) {
      out.printf("%s (%d ledgers)%n", e.getKey(), summary.ledgers(e.getValue()));
      for (Side side : new Side[] {Side.OUT, Side.IN}) {
        List<String> text = new ArrayList<>();
        for (ElementCoverage c : coverage(side, e.getValue())) {
          text.add(names.apply(c.placement().element()) + " " + Format.percent(c.share()) + " ("
              + c.ledgers() + ")");
        }
        out.printf("  %-3s %s%n", side, text.isEmpty() ? "-" : String.join(", ", text));
      }
      List<String> verdicts = new ArrayList<>();
      judgements(e.getValue()).forEach((v, n) -> {
        if (n > 0) {
          verdicts.add(AssessCommand.words(v) + " " + n);
        }
      });
      if (!verdicts.isEmpty()) {
        out.printf("  owners say: %s%n", String.join(", ", verdicts));
      }
    }
    if (pairs > 0) {
      if (strongest.isEmpty()) {
        out.printf("No pair of elements is seen together in %d or more ledgers"
            + " (--min-together sets the least)%n", minTogether);
      } else {
        out.printf("Pairs seen together in at least %d ledgers, strongest lift first:%n",
            minTogether);
        for (Association a : strongest) {
          out.printf("  %s %s with %s %s: %d ledgers, lift %s, confidence %s%n",
              names.apply(a.antecedent().element()), a.antecedent().side(),
              names.apply(a.consequent().element()), a.consequent().side(), a.together(),
              Format.decimal(a.lift()), Format.percent(a.confidence()));
        }
      }
    }
    List<String> picks = new ArrayList<>();
    proposal.picks().forEach(p -> picks.add(names.apply(p.element())));
    out.printf("Summary set proposed to reach %s of ledgers (OUT): %s (reaches %d of %d)%n",
        Format.percent(Study.PROPOSAL_SHARE), String.join(", ", picks),
        proposal.reachedLedgers(), proposal.outOf());
  }

  private List<ElementCoverage> coverage(Side side, Slice slice) {
    List<ElementCoverage> all = summary.coverage(side, slice);
    return all.subList(0, Math.min(top, all.size()));
  }

  private Map<BalanceJudgement.Verdict, Integer> judgements(Slice slice) {
    return AssessCommand.verdicts(counted.stream().filter(slice::matches).toList());
  }

  /** The {@value #FORMAT} document: keys in a fixed order, enum values as lower-case tokens. */
  Map<String, Object> json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", FORMAT);
    m.put("view", view.map(v -> Commands.token(v)).orElse("all"));
    m.put("by", Commands.token(by));
    m.put("ledgers", counted.size());
    m.put("current_ledgers", count(counted, View.CURRENT));
    m.put("desired_ledgers", count(counted, View.DESIRED));
    m.put("left_out_ledgers", read.size() - counted.size());
    List<Map<String, Object>> sliceList = new ArrayList<>();
    for (Map.Entry<String, Slice> e : slices.entrySet()) {
      Map<String, Object> sm = new LinkedHashMap<>();
      sm.put("slice", e.getKey());
      sm.put("ledgers", summary.ledgers(e.getValue()));
      for (Side side : new Side[] {Side.OUT, Side.IN}) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ElementCoverage c : coverage(side, e.getValue())) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("element", c.placement().element().toString());
          row.put("card", names.apply(c.placement().element()));
          row.put("ledgers", c.ledgers());
          row.put("share", c.share());
          row.put("evidence", c.evidence());
          rows.add(row);
        }
        sm.put(Commands.token(side), rows);
      }
      List<Map<String, Object>> verdicts = new ArrayList<>();
      judgements(e.getValue()).forEach((v, n) -> {
        Map<String, Object> vm = new LinkedHashMap<>();
        vm.put("verdict", Commands.token(v));
        vm.put("ledgers", n);
        verdicts.add(vm);
      });
      sm.put("judgements", verdicts);
      sliceList.add(sm);
    }
    m.put("slices", sliceList);
    m.put("min_together", minTogether);
    List<Map<String, Object>> pairList = new ArrayList<>();
    for (Association a : strongest) {
      Map<String, Object> am = new LinkedHashMap<>();
      am.put("antecedent", placement(a.antecedent()));
      am.put("consequent", placement(a.consequent()));
      am.put("together", a.together());
      am.put("support", a.support());
      am.put("confidence", a.confidence());
      am.put("lift", a.lift());
      pairList.add(am);
    }
    m.put("pairs", pairList);
    Map<String, Object> set = new LinkedHashMap<>();
    set.put("share", Study.PROPOSAL_SHARE);
    set.put("side", Commands.token(Side.OUT));
    List<Map<String, Object>> picks = new ArrayList<>();
    proposal.picks().forEach(p -> {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("element", p.element().toString());
      pm.put("card", names.apply(p.element()));
      pm.put("new_ledgers", p.newLedgers());
      picks.add(pm);
    });
    set.put("elements", picks);
    set.put("reached_ledgers", proposal.reachedLedgers());
    set.put("out_of", proposal.outOf());
    m.put("summary_set", set);
    return m;
  }

  private Map<String, Object> placement(Placement p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("element", p.element().toString());
    m.put("card", names.apply(p.element()));
    m.put("side", Commands.token(p.side()));
    return m;
  }

  /** The slices of a breakdown, named and ordered as the library's patterns output has them. */
  private static Map<String, Slice> slices(LedgerSummary summary, AnalyzeCommand.By by) {
    return PatternsOutput.slices(summary, PatternsOutput.Breakdown.valueOf(by.name()));
  }
}
