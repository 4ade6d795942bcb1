package dev.valuex.cli;

import dev.valuex.catalog.Catalog;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.Side;
import dev.valuex.core.analysis.ElementCoverage;
import dev.valuex.core.analysis.LedgerSummary;
import dev.valuex.core.analysis.Slice;
import dev.valuex.core.analysis.SummarySetProposal;
import dev.valuex.core.journey.GapFinding;
import dev.valuex.core.journey.Journey;
import dev.valuex.core.journey.StageTags;
import dev.valuex.json.CodingSheetImport;
import dev.valuex.json.PatternsOutput;
import dev.valuex.json.PatternsOutput.Breakdown;
import dev.valuex.core.journey.Stage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Shows the patterns across ledgers: coverage per side, broken down by a dimension. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Show which elements recur on each side across ledgers, per segment, view or"
        + " period (quarter), and a summary-set proposal.")
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "LEDGERS", description = "Ledgers: *.ndjson, *.json or a *.csv"
      + " coding sheet.")
  Path ledgers;

  @Option(names = "--by", defaultValue = "segment",
      description = "Break down by segment, view, period or none (default: ${DEFAULT-VALUE}).")
  String by;

  @Option(names = "--top", defaultValue = "5", description = "Elements shown per side.")
  int top;

  @Option(names = "--format", defaultValue = "text", description = "Output: text or json.")
  String format;

  @Option(names = "--journey", paramLabel = "JOURNEY.json", description = "A journey"
      + " (valuex.journey/1): also show, per stage, the elements sought and given there, and"
      + " the journey's gaps. A coding sheet's stage column tags its entries.")
  Path journey;

  @Option(names = "--stage-tags", paramLabel = "TAGS.json", description = "Stage tags"
      + " (valuex.stage-tags/1) on the ledgers' entries, in the journey's model, instead of"
      + " a coding sheet's stage column; needs --journey.")
  Path stageTags;

  @Override
  public Integer call() {
    Format f = Commands.format(format);
    Breakdown dimension = parseBy(by);
    if (top < 1) {
      throw new UsageException("--top must be at least 1, got " + top, "use --top 5");
    }
    if (stageTags != null && journey == null) {
      throw new UsageException("--stage-tags needs --journey",
          "add --journey JOURNEY.json, the journey whose model the tags use");
    }
    Catalog catalog = Catalog.defaults();
    Optional<Journey> given = Optional.ofNullable(journey).map(Inputs::readJourney);
    List<Ledger> all;
    Optional<StageTags> tags = Optional.ofNullable(stageTags).map(Inputs::readStageTags);
    Inputs.requireFile(ledgers);
    if (given.isPresent() && tags.isEmpty()
        && Inputs.Kind.of(ledgers) == Inputs.Kind.CODING_SHEET) {
      CodingSheetImport sheet = Inputs.readSheetWithStages(ledgers, catalog,
          given.get().model());
      all = sheet.ledgers();
      tags = sheet.stageTags();
    } else {
      all = Inputs.readLedgers(ledgers, catalog);
    }
    LedgerSummary summary = LedgerSummary.of(all);
    SummarySetProposal proposal = SummarySetProposal.reaching(PatternsOutput.PROPOSAL_SHARE,
        Side.OUT, all);
    Map<String, Object> json = PatternsOutput.of(summary, proposal,
        id -> Inputs.name(catalog, id), dimension, top);
    PrintWriter out = spec.commandLine().getOut();
    if (f == Format.TEXT) {
      out.printf("%d ledgers%n", summary.ledgers());
      for (Map.Entry<String, Slice> e : PatternsOutput.slices(summary, dimension).entrySet()) {
        out.printf("%s (%d ledgers)%n", e.getKey(), summary.ledgers(e.getValue()));
        for (Side side : new Side[] {Side.OUT, Side.IN}) {
          List<String> text = new ArrayList<>();
          for (ElementCoverage c : summary.coverage(side, e.getValue()).subList(0,
              Math.min(top, summary.coverage(side, e.getValue()).size()))) {
            String name = Inputs.name(catalog, c.placement().element());
            text.add(name + " " + Format.percent(c.share()) + " (" + c.ledgers() + ")");
          }
          out.printf("  %-3s %s%n", side, String.join(", ", text));
        }
      }
    }
    List<String> picks = new ArrayList<>();
    proposal.picks().forEach(p -> picks.add(Inputs.name(catalog, p.element())));
    Optional<StageTags> t = tags;
    Optional<JourneyStudy> js = given.map(x -> t.isEmpty() ? JourneyStudy.untagged(x, all)
        : new JourneyStudy(x, t.get(), all));
    js.ifPresent(j -> json.put("journey", Commands.journeyJson(j)));
    if (f == Format.JSON) {
      out.println(PatternsOutput.toJson(json));
    } else {
      out.printf("Summary set proposed to reach %s of ledgers (OUT): %s (reaches %d of %d)%n",
          Format.percent(Study.PROPOSAL_SHARE), String.join(", ", picks),
          proposal.reachedLedgers(), proposal.outOf());
      js.ifPresent(j -> printJourney(j, catalog, out));
    }
    return Main.OK;
  }

  private void printJourney(JourneyStudy j, Catalog catalog, PrintWriter out) {
    out.printf("Journey '%s' by stage (ledgers):%n", j.journey.name());
    for (Stage st : j.journey.model().stages()) {
      List<String> parts = new ArrayList<>();
      for (Side side : new Side[] {Side.OUT, Side.IN}) {
        List<String> names = new ArrayList<>();
        j.breakdown.elementsAt(st.name(), side).entrySet().stream()
            .sorted(Map.Entry.<ElementId, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey()))
            .limit(top)
            .forEach(e -> names.add(Inputs.name(catalog, e.getKey()) + " " + e.getValue()));
        parts.add(side + " " + (names.isEmpty() ? "-" : String.join(", ", names)));
      }
      out.printf("  %-16s %s%n", st.name(), String.join("; ", parts));
    }
    out.printf("%d gaps%n", j.gaps.size());
    for (GapFinding g : j.gaps) {
      out.printf("  %s: %s%n", g.kind(), g.explanation());
    }
  }

  private static Breakdown parseBy(String text) {
    try {
      return Breakdown.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--by must be segment, view, period or none, got '" + text + "'",
          "use --by segment, --by view, --by period or --by none");
    }
  }
}
