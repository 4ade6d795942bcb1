package dev.valuex.cli;

import dev.valuex.catalog.Catalog;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.Side;
import dev.valuex.core.View;
import dev.valuex.core.journey.GapFinding;
import dev.valuex.core.journey.Journey;
import dev.valuex.core.journey.StageTags;
import dev.valuex.interchange.CodingSheetImport;
import dev.valuex.core.analysis.PatternAnalysis;
import dev.valuex.interchange.AnalysisDocument;
import dev.valuex.core.journey.Stage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Shows the patterns across ledgers: coverage per side, broken down by a dimension. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Show which elements recur on each side across ledgers, per segment, view or"
        + " period (quarter), the pairs that go together (with lift), the owners' judgements"
        + " and a summary-set proposal; --view current counts only CURRENT ledgers.")
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "LEDGERS", description = "Ledgers: *.ndjson, *.json or a *.csv"
      + " coding sheet.")
  Path ledgers;

  @Option(names = "--by", defaultValue = "segment",
      description = "Break down by segment, view, period or none (default: ${DEFAULT-VALUE}).")
  String by;

  @Option(names = "--view", defaultValue = "all", description = "Count only CURRENT or only"
      + " DESIRED ledgers: current, desired or all (default: ${DEFAULT-VALUE}, both counted"
      + " together).")
  String view;

  @Option(names = "--top", defaultValue = "5", description = "Elements shown per side.")
  int top;

  @Option(names = "--pairs", defaultValue = "5", paramLabel = "N", description = "Pairs of"
      + " placements shown, strongest lift first (default: ${DEFAULT-VALUE}; 0 for none).")
  int pairs;

  @Option(names = "--min-together", defaultValue = "5", paramLabel = "N", description = "A pair"
      + " is shown only when seen together in at least N ledgers (default: ${DEFAULT-VALUE}).")
  int minTogether;

  @Option(names = "--format", defaultValue = "text", description = "Output: text or json.")
  String format;

  @Mixin Inputs.SheetOptions sheetOptions = new Inputs.SheetOptions();

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
    PatternAnalysis.Breakdown dimension = parseBy(by);
    Optional<View> onlyView = parseView(view);
    if (top < 1) {
      throw new UsageException("--top must be at least 1, got " + top, "use --top 5");
    }
    if (pairs < 0 || minTogether < 1) {
      throw new UsageException("--pairs must be at least 0 and --min-together at least 1, got "
          + pairs + " and " + minTogether, "use --pairs 5 --min-together 5");
    }
    if (stageTags != null && journey == null) {
      throw new UsageException("--stage-tags needs --journey",
          "add --journey JOURNEY.json, the journey whose model the tags use");
    }
    Catalog catalog = Catalog.defaults();
    Optional<Journey> given = Optional.ofNullable(journey).map(Inputs::readJourney);
    Optional<StageTags> tags = Optional.ofNullable(stageTags).map(Inputs::readStageTags);
    Inputs.requireFile(ledgers);
    PatternAnalysis.Counts counts = PatternAnalysis.counts(onlyView);
    // Only a journey study needs the ledgers themselves; without one they are counted as they
    // are read, so an NDJSON stream is analysed without holding its ledgers (the counts kept
    // grow only with the number of distinct OUT-element sets).
    List<Ledger> all = new ArrayList<>();
    if (given.isPresent() && tags.isEmpty()
        && Inputs.Kind.of(ledgers) == Inputs.Kind.CODING_SHEET) {
      CodingSheetImport sheet = Inputs.readSheetWithStages(ledgers, catalog,
          given.get().model(), sheetOptions);
      sheet.ledgers().forEach(counts::add);
      all.addAll(sheet.ledgers());
      tags = sheet.stageTags();
    } else {
      Inputs.forEachLedger(ledgers, catalog, sheetOptions, given.isEmpty() ? counts::add
          : l -> {
            counts.add(l);
            all.add(l);
          });
    }
    if (counts.counted() == 0) {
      throw new UsageException(ledgers + " holds no " + onlyView.get() + " ledgers",
          "leave out --view, or choose the other view");
    }
    onlyView.ifPresent(v -> all.removeIf(l -> l.view() != v));
    PatternAnalysis analysis = counts.analysis(dimension, top, pairs, minTogether,
        id -> Inputs.name(catalog, id));
    PrintWriter out = spec.commandLine().getOut();
    Optional<StageTags> t = tags;
    Optional<JourneyStudy> js = given.map(x -> t.isEmpty() ? JourneyStudy.untagged(x, all)
        : new JourneyStudy(x, t.get(), all));
    if (f == Format.JSON) {
      Map<String, Object> json = AnalysisDocument.of(analysis);
      js.ifPresent(j -> json.put("journey",
          Commands.journeyJson(j, id -> Inputs.name(catalog, id))));
      Format.printJson(out, json);
    } else {
      Analysis.print(analysis, pairs > 0, out);
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

  private static Optional<View> parseView(String text) {
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    if (t.equals("all")) {
      return Optional.empty();
    }
    for (View v : View.values()) {
      if (v.name().toLowerCase(java.util.Locale.ROOT).equals(t)) {
        return Optional.of(v);
      }
    }
    throw new UsageException("--view must be current, desired or all, got '" + text + "'",
        "use --view current to count only the exchange as it is");
  }

  private static PatternAnalysis.Breakdown parseBy(String text) {
    try {
      return PatternAnalysis.Breakdown.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--by must be segment, view, period or none, got '" + text + "'",
          "use --by segment, --by view, --by period or --by none");
    }
  }
}
