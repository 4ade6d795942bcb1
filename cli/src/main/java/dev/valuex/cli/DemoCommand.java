package dev.valuex.cli;

import dev.valuex.catalog.Catalog;
import dev.valuex.core.Side;
import dev.valuex.core.View;
import dev.valuex.core.analysis.Association;
import dev.valuex.core.analysis.ElementCoverage;
import dev.valuex.core.analysis.ProposedElement;
import dev.valuex.core.analysis.Slice;
import dev.valuex.core.balance.Assessment.Status;
import dev.valuex.core.journey.GapFinding;
import dev.valuex.planning.PlanStatus;
import dev.valuex.planning.RowStatus;
import dev.valuex.planning.program.Finding;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Runs the whole method on the bundled sample study and writes the HTML report. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the whole method on the bundled Pedal Commons sample study and write an"
        + " HTML report.")
final class DemoCommand implements Callable<Integer> {
  /** The report's file name inside the {@code --out} folder. */
  static final String REPORT = "report.html";

  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "valuex-report",
      description = "Folder for report.html (default: ${DEFAULT-VALUE}); created when"
          + " missing, its parent folders only with --mkdirs. An existing report.html is"
          + " replaced only with --force.")
  Path out;

  @Mixin OutputFiles.Options outputOptions = new OutputFiles.Options();

  @Option(names = "--journey", paramLabel = "JOURNEY.json",
      description = "A journey (valuex.journey/1) to lay over the sample instead of the"
          + " sample's own.")
  Path journey;

  @Option(names = "--stage-tags", paramLabel = "TAGS.json",
      description = "Stage tags (valuex.stage-tags/1) on the sample's ledger entries, instead"
          + " of the sample's own.")
  Path stageTags;

  @Option(names = "--format", defaultValue = "text",
      description = "Output: text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    Format f = Commands.format(format);
    PrintWriter w = spec.commandLine().getOut();
    Progress progress = new Progress(spec.commandLine().getErr(), 6);
    List<Path> inputs = new ArrayList<>();
    Optional.ofNullable(journey).ifPresent(inputs::add);
    Optional.ofNullable(stageTags).ifPresent(inputs::add);
    OutputFiles files = OutputFiles.of(outputOptions, inputs);
    files.checkFolder(out, "--out " + out, true);
    Path report = out.resolve(REPORT);
    files.check(report, "--out", true);
    progress.step("loading the catalog");
    Catalog catalog = Catalog.defaults();
    progress.step("importing the sample study");
    Study study = Study.ofSample(catalog, Optional.ofNullable(journey).map(Inputs::readJourney),
        Optional.ofNullable(stageTags).map(Inputs::readStageTags));
    progress.step("writing the report");
    String html = new Report(study).render();
    files.createFolder(out, "--out " + out);
    files.write(report, "--out", o -> o.write(html.getBytes(StandardCharsets.UTF_8)));
    progress.done();
    if (f == Format.JSON) {
      Map<String, Object> json = new LinkedHashMap<>(Commands.studyJson(study));
      json.put("report", report.toString());
      Format.printJson(w, json);
    } else {
      print(study, w);
      w.println();
      w.println("Report: " + report);
    }
    return Main.OK;
  }

  static void print(Study s, PrintWriter w) {
    w.println("valuex demo: Pedal Commons, a neighbourhood bike-share (bundled sample study)");
    w.println();
    w.printf("1. Imported the coding sheet: %d statements into %d ledgers (%d CURRENT, %d"
            + " DESIRED) across segments %s%n", s.statements(), s.ledgers.size(),
        s.ledgersIn(View.CURRENT), s.ledgersIn(View.DESIRED), String.join(", ", s.segments));
    w.printf("2. Balance by the declared policy '%s' (%s):%n", s.policy.name(),
        s.balance.rules().stream().collect(Collectors.joining(", ")));
    for (String rule : s.balance.rules()) {
      Map<Status, Integer> counts = s.balance.counts(rule);
      w.printf("     %-17s %s%n", rule, counts.entrySet().stream()
          .filter(e -> e.getValue() > 0)
          .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    }
    w.printf("     a rule disagrees with the owner's own judgement on %d ledgers%n",
        s.balance.disagreements().size());
    w.println("3. Patterns:");
    w.printf("     most sought (OUT): %s%n", coverage(s, Side.OUT, Slice.all(), 5));
    w.printf("     most given (IN):   %s%n", coverage(s, Side.IN, Slice.all(), 4));
    for (String segment : s.segments) {
      w.printf("     %-9s sought: %s%n", segment,
          coverage(s, Side.OUT, Slice.ofSegment(segment), 3));
    }
    List<Association> strongest = s.strongestAssociations(3);
    for (Association a : strongest) {
      w.printf("     together: %s %s with %s %s (lift %s, confidence %s)%n",
          s.name(a.antecedent().element()), a.antecedent().side(),
          s.name(a.consequent().element()), a.consequent().side(), Format.decimal(a.lift()),
          Format.percent(a.confidence()));
    }
    w.printf("4. Summary set proposed to reach %s of CURRENT ledgers on the OUT side: %s%n",
        Format.percent(Study.PROPOSAL_SHARE), s.proposal.picks().stream()
            .map(ProposedElement::element).map(s::name).collect(Collectors.joining(", ")));
    w.printf("     reaches %d of %d ledgers (%s); a proposal, the team chooses%n",
        s.proposal.reachedLedgers(), s.proposal.outOf(),
        s.proposal.method().name().toLowerCase(java.util.Locale.ROOT) + " search");
    w.printf("5. Plan drafted from the proposal: %d rows, %d complete (each row still needs"
        + " actions and measures)%n", s.draft.rows().size(),
        s.draft.rows().stream().filter(r -> r.isComplete()).count());
    w.printf("   Plan '%s' with %d reviews applied:%n", s.plan.title(), s.plan.reviews().size());
    for (int i = 0; i < s.statusAfterEachReview.size(); i++) {
      PlanStatus st = s.statusAfterEachReview.get(i);
      w.printf("     review %d (%s): %s%n", i + 1, s.plan.reviews().get(i).date(),
          st.rows().stream().map(r -> s.name(r.element()) + " " + r.state())
              .collect(Collectors.joining(", ")));
    }
    if (!s.statusAfterEachReview.isEmpty()) {
      PlanStatus last = s.statusAfterEachReview.get(s.statusAfterEachReview.size() - 1);
      for (RowStatus r : last.rows()) {
        w.printf("       %s: %s%n", s.name(r.element()), r.explanation());
      }
    }
    List<Finding> findings = s.program.findings();
    w.printf("6. Program exchange '%s': %d findings%n", s.program.scope().name(),
        findings.size());
    for (Finding finding : findings) {
      w.printf("     %s: %s%n", finding.kind(), s.findingInWords(finding));
    }
    s.journey.ifPresent(j -> {
      w.printf("7. Journey '%s' (%d stages): %d tagged entries, %d barriers and hurdles in"
              + " evidence, %d gaps%n", j.journey.name(), j.journey.model().stages().size(),
          j.tags.tags().keySet().size(), j.obstacles.size(), j.gaps.size());
      for (GapFinding g : j.gaps) {
        w.printf("     %s: %s%n", g.kind(), g.explanation());
      }
    });
  }

  private static String coverage(Study s, Side side, Slice slice, int n) {
    return s.top(side, slice, n).stream()
        .map((ElementCoverage c) -> s.name(c.placement().element()) + " "
            + Format.percent(c.share()))
        .collect(Collectors.joining(", "));
  }
}
