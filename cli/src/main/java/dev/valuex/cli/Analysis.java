package dev.valuex.cli;

import dev.valuex.core.Side;
import dev.valuex.core.View;
import dev.valuex.core.analysis.Association;
import dev.valuex.core.analysis.ElementCoverage;
import dev.valuex.core.analysis.PatternAnalysis;
import dev.valuex.core.analysis.Slice;
import dev.valuex.core.analysis.SummarySetProposal;
import dev.valuex.interchange.AnalysisDocument;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code valuex analyze} prints as text, read from the library's {@link PatternAnalysis}
 * (which {@link AnalysisDocument} also writes as the {@value AnalysisDocument#FORMAT} document,
 * so text and JSON never disagree): coverage per side for each slice, the owners' judgements there, the pairs that go
 * together most and the summary-set proposal, saying which views were counted.
 */
final class Analysis {
  private Analysis() {}

  /** Says which views were counted, in words: "CURRENT and DESIRED counted together". */
  private static String views(PatternAnalysis a) {
    if (a.view().isPresent()) {
      View only = a.view().get();
      long left = a.read() - a.counted();
      return "only " + only + " ledgers counted" + (left == 0 ? ""
          : "; " + left + " " + (only == View.CURRENT ? View.DESIRED : View.CURRENT)
              + " left out");
    }
    long current = a.counted(View.CURRENT);
    long desired = a.counted(View.DESIRED);
    if (current == 0 || desired == 0) {
      return "all " + (desired == 0 ? View.CURRENT : View.DESIRED);
    }
    return current + " CURRENT and " + desired + " DESIRED counted together; --view current or"
        + " --by view counts them apart";
  }

  static void print(PatternAnalysis a, boolean showPairs, PrintWriter out) {
    out.printf("%d ledgers (%s)%n", a.counted(), views(a));
    for (Map.Entry<String, Slice> e : a.slices().entrySet()) {
      out.printf("%s (%d ledgers)%n", e.getKey(), a.summary().ledgers(e.getValue()));
      for (Side side : new Side[] {Side.OUT, Side.IN}) {
        List<String> text = new ArrayList<>();
        for (ElementCoverage c : a.coverage(side, e.getValue())) {
          text.add(a.card(c.placement().element()) + " " + Format.percent(c.share()) + " ("
              + c.ledgers() + ")");
        }
        out.printf("  %-3s %s%n", side, text.isEmpty() ? "-" : String.join(", ", text));
      }
      List<String> verdicts = new ArrayList<>();
      a.judgements(e.getValue()).forEach((v, n) -> {
        if (n > 0) {
          verdicts.add(AssessCommand.words(v) + " " + n);
        }
      });
      if (!verdicts.isEmpty()) {
        out.printf("  owners say: %s%n", String.join(", ", verdicts));
      }
    }
    if (showPairs) {
      if (a.pairs().isEmpty()) {
        out.printf("No pair of elements is seen together in %d or more ledgers"
            + " (--min-together sets the least)%n", a.minTogether());
      } else {
        out.printf("Pairs seen together in at least %d ledgers, strongest lift first:%n",
            a.minTogether());
        for (Association p : a.pairs()) {
          out.printf("  %s %s with %s %s: %d ledgers, lift %s, confidence %s%n",
              a.card(p.antecedent().element()), p.antecedent().side(),
              a.card(p.consequent().element()), p.consequent().side(), p.together(),
              Format.decimal(p.lift()), Format.percent(p.confidence()));
        }
      }
    }
    SummarySetProposal proposal = a.proposal();
    List<String> picks = new ArrayList<>();
    proposal.picks().forEach(p -> picks.add(a.card(p.element())));
    out.printf("Summary set proposed to reach %s of ledgers (OUT): %s (reaches %d of %d)%n",
        Format.percent(PatternAnalysis.PROPOSAL_SHARE), String.join(", ", picks),
        proposal.reachedLedgers(), proposal.outOf());
  }
}
