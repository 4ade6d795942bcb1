package dev.valuex.cli;

import dev.valuex.catalog.Catalog;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.ValueElement;
import dev.valuex.core.balance.Assessment;
import dev.valuex.core.balance.BalancePolicy;
import dev.valuex.core.balance.BalanceReport;
import dev.valuex.core.balance.LedgerAssessment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Assesses ledgers with a declared balance policy, beside the owners' own judgements. */
@Command(name = "assess", mixinStandardHelpOptions = true,
    description = "Assess ledgers with a declared balance policy and show where the rules and"
        + " the owners' own judgements disagree. Rules inform; they never overrule the owner.")
final class AssessCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "LEDGERS", description = "Ledgers: *.ndjson, *.json or a *.csv"
      + " coding sheet.")
  Path ledgers;

  @Option(names = "--policy", paramLabel = "FILE",
      description = "A JSON policy file; default: weighted ratio (tolerance 0.25, unweighted"
          + " entries count 3), count parity and the owner's judgement.")
  Path policyFile;

  @Option(names = "--format", defaultValue = "text", description = "Output: text or json.")
  String format;

  @Override
  public Integer call() {
    Format f = Commands.format(format);
    BalancePolicy policy = policyFile == null ? PolicyFile.standard()
        : PolicyFile.read(policyFile);
    Catalog catalog = Catalog.defaults();
    List<Ledger> all = Inputs.readLedgers(ledgers, catalog);
    Function<ElementId, String> names = id -> catalog.element(id).map(ValueElement::name)
        .orElse(id.toString());
    BalanceReport report = policy.evaluate(all, names);
    PrintWriter out = spec.commandLine().getOut();
    if (f == Format.JSON) {
      Format.printJson(out, Commands.balanceJson(report));
      return Main.OK;
    }
    out.println(report.describe());
    out.println();
    for (LedgerAssessment la : report.ledgers()) {
      out.printf("%s (owner %s judges %s)%n", la.ledger(), la.owner(),
          la.judgement().map(j -> j.verdict().name()).orElse("nothing yet"));
      for (Assessment a : la.assessments()) {
        out.printf("  %-17s %-14s %s%n", a.rule(), a.status(), a.explanation());
      }
    }
    return Main.OK;
  }
}
