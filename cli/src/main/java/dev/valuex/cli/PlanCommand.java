package dev.valuex.cli;

import dev.valuex.catalog.Catalog;
import dev.valuex.interchange.ValuexJson;
import dev.valuex.core.ElementId;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.planning.CompletenessReport;
import dev.valuex.planning.Gap;
import dev.valuex.planning.MeasureStatus;
import dev.valuex.planning.PlanStatus;
import dev.valuex.planning.RowStatus;
import dev.valuex.planning.ValueCreationPlan;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Works with value creation plans. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "Work with value creation plans.",
    subcommands = PlanCommand.Status.class)
final class PlanCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new UsageException("plan needs a subcommand", "try: valuex plan status PLAN.json");
  }

  /** Shows a plan's achievement per measure and state per row after its latest review. */
  @Command(name = "status", mixinStandardHelpOptions = true,
      description = "Show each measure's achievement and trend and each row's state (met, on"
          + " track, at risk, not measured), and what each row still lacks.")
  static final class Status implements Callable<Integer> {
    /** The format token of the JSON output. */
    static final String FORMAT = "valuex.plan-status/1";

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "PLAN.json", description = "A plan in the valuex.plan/1 format.")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "Output: text or json.")
    String format;

    @Override
    public Integer call() {
      Format f = Commands.format(format);
      Inputs.requireFile(file);
      Catalog catalog = Catalog.defaults();
      ValueCreationPlan plan;
      try (InputStream in = Files.newInputStream(file)) {
        plan = ValuexJson.create().readPlan(in, Inputs.resolver(catalog));
      } catch (ValuexFormatException e) {
        throw Inputs.named(file, e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      PlanStatus status = plan.status();
      CompletenessReport completeness = plan.completeness();
      PrintWriter out = spec.commandLine().getOut();
      if (f == Format.JSON) {
        Format.printJson(out, json(plan, plan.reviews().size(), status, completeness,
            id -> Inputs.name(catalog, id)));
        return Main.OK;
      }
      out.printf("%s (%s): %d rows, %d reviews%s%n", plan.title(), plan.id(),
          plan.rows().size(), plan.reviews().size(),
          status.asOf().map(d -> ", latest " + d).orElse(""));
      for (RowStatus r : status.rows()) {
        String name = Inputs.name(catalog, r.element());
        out.printf("  %-22s %-12s %s%n", name, r.state(), r.explanation());
      }
      for (MeasureStatus m : status.measures()) {
        out.printf("    %s: %s (trend %s)%n", m.measure().name(),
            m.latest().map(a -> a.inWords()).orElse("no observations yet"), m.trend());
      }
      if (completeness.isComplete()) {
        out.println("Every row answers the three questions.");
      } else {
        out.println("Still open:");
        completeness.gaps().forEach(g -> out.printf("  %s%n", g.explanation()));
      }
      return Main.OK;
    }

    /**
     * The {@value #FORMAT} document: the plan, how many of its reviews the status counts, the
     * status after the latest of them and what the plan's rows still lack.
     */
    static Map<String, Object> json(ValueCreationPlan plan, int reviews, PlanStatus status,
        CompletenessReport completeness, Function<ElementId, String> cards) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("format", FORMAT);
      json.put("plan", plan.id().toString());
      json.put("title", plan.title());
      json.put("reviews", reviews);
      json.putAll(Commands.planStatusJson(status, cards));
      json.put("complete", completeness.isComplete());
      List<Map<String, Object>> gaps = new ArrayList<>();
      for (Gap g : completeness.gaps()) {
        Map<String, Object> gm = new LinkedHashMap<>();
        Commands.element(gm, g.element(), cards);
        gm.put("side", Commands.token(g.side()));
        gm.put("question", Commands.token(g.question()));
        gm.put("explanation", g.explanation());
        gaps.add(gm);
      }
      json.put("gaps", gaps);
      return json;
    }
  }
}
