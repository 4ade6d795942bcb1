package dev.valuex.cli;

import dev.valuex.catalog.Catalog;
import dev.valuex.core.BalanceJudgement;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.View;
import dev.valuex.core.balance.Agreement;
import dev.valuex.core.balance.Assessment;
import dev.valuex.core.balance.Assessment.Status;
import dev.valuex.core.balance.BalancePolicy;
import dev.valuex.core.balance.BalanceReport;
import dev.valuex.core.balance.BalanceRule;
import dev.valuex.core.balance.LedgerAssessment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Assesses ledgers with a declared balance policy, beside the owners' own judgements: by default
 * a summary (counts per rule and status, the owners' verdicts, how often each rule agrees with
 * them, and the ledgers where a rule disagrees), every ledger with {@code --details}. The rules'
 * statuses and the owners' verdicts are printed in one vocabulary: a subject that "gets more"
 * is {@code OUT_HEAVY} by a rule and {@code OWNER_GETS_MORE} by its owner.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
    description = "Assess ledgers with a declared balance policy and show where the rules and"
        + " the owners' own judgements disagree. Rules inform; they never overrule the owner."
        + " Prints a summary; --details adds every ledger.")
final class AssessCommand implements Callable<Integer> {
  /** The format token of the JSON output. */
  static final String FORMAT = "valuex.assessment/1";

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "LEDGERS", description = "Ledgers: *.ndjson, *.json or a *.csv"
      + " coding sheet (its verdict, rationale, recorded_by and recorded_on columns carry the"
      + " owners' judgements).")
  Path ledgers;

  @Option(names = "--policy", paramLabel = "FILE",
      description = "A JSON policy file; default: weighted ratio (tolerance 0.25, unweighted"
          + " entries count 3), count parity (a difference of one entry allowed) and the owner's"
          + " judgement.")
  Path policyFile;

  @Option(names = "--details", description = "Also show every ledger: each rule's status and"
      + " why, beside the owner's judgement.")
  boolean details;

  @Option(names = "--top", defaultValue = "20", paramLabel = "N", description = "Disagreements"
      + " listed in the text summary (default: ${DEFAULT-VALUE}); JSON lists them all.")
  int top;

  @Option(names = "--format", defaultValue = "text", description = "Output: text or json.")
  String format;

  @Mixin Inputs.SheetOptions sheetOptions = new Inputs.SheetOptions();

  @Override
  public Integer call() {
    Format f = Commands.format(format);
    if (top < 0) {
      throw new UsageException("--top must be at least 0, got " + top, "use --top 20");
    }
    BalancePolicy policy = policyFile == null ? PolicyFile.standard()
        : PolicyFile.read(policyFile);
    Catalog catalog = Catalog.defaults();
    List<Ledger> all = Inputs.readLedgers(ledgers, catalog, sheetOptions);
    Function<ElementId, String> names = id -> Inputs.name(catalog, id);
    BalanceReport report = policy.evaluate(all, names);
    PrintWriter out = spec.commandLine().getOut();
    if (f == Format.JSON) {
      Format.printJson(out, json(policy, all, report, details));
      return Main.OK;
    }
    printSummary(policy, all, report, out);
    if (details) {
      for (LedgerAssessment la : report.ledgers()) {
        out.println();
        out.printf("%s (%s view; owner %s: %s)%n", la.ledger(), view(all, la),
            la.owner(), la.judgement().map(j -> words(j.verdict())).orElse("no judgement"));
        for (Assessment a : la.assessments()) {
          out.printf("  %-17s %-28s %s%n", a.rule(), words(a.status())
              + agreementNote(la.agreement(a.rule())), a.explanation());
        }
      }
    }
    return Main.OK;
  }

  private void printSummary(BalancePolicy policy, List<Ledger> all, BalanceReport report,
      PrintWriter out) {
    long current = all.stream().filter(l -> l.view() == View.CURRENT).count();
    out.printf("Policy '%s' over %d ledgers (%d CURRENT, %d DESIRED)%n", report.policy(),
        all.size(), current, all.size() - current);
    Map<BalanceJudgement.Verdict, Integer> verdicts = verdicts(all);
    long judged = verdicts.values().stream().mapToInt(Integer::intValue).sum();
    List<String> said = new ArrayList<>();
    verdicts.forEach((v, n) -> {
      if (n > 0) {
        said.add(words(v) + " " + n);
      }
    });
    out.printf("Owners' judgements: %d of %d ledgers%s%n", judged, all.size(),
        said.isEmpty() ? "" : ": " + String.join(", ", said));
    out.println("Rules (ledgers per status; agreement with the owners where both take a"
        + " position):");
    for (String rule : report.rules()) {
      List<String> counts = new ArrayList<>();
      report.counts(rule).forEach((status, n) -> {
        if (n > 0) {
          counts.add(words(status) + " " + n);
        }
      });
      Map<Agreement, Integer> agreement = agreement(report, rule);
      out.printf("  %-17s %s%n", rule, String.join(", ", counts));
      if (!rule.equals(judgementRule(policy))) {
        out.printf("  %-17s agrees with the owner on %d, disagrees on %d%n", "",
            agreement.get(Agreement.AGREES), agreement.get(Agreement.DISAGREES));
      }
    }
    List<LedgerAssessment> disagreeing = report.disagreements();
    out.printf("Ledgers where a rule disagrees with the owner: %d%n", disagreeing.size());
    for (LedgerAssessment la : disagreeing.subList(0, Math.min(top, disagreeing.size()))) {
      List<String> rules = new ArrayList<>();
      for (Assessment a : la.disagreements()) {
        rules.add(a.rule() + " says " + words(a.status()));
      }
      out.printf("  %s: owner %s says %s; %s%n", la.ledger(), la.owner(),
          words(la.judgement().orElseThrow().verdict()), String.join(", ", rules));
    }
    if (disagreeing.size() > top) {
      out.printf("  ... and %d more (--format json lists them all)%n", disagreeing.size() - top);
    }
    if (!details) {
      out.println("Every ledger with its explanations: add --details");
    }
  }

  private static String judgementRule(BalancePolicy policy) {
    for (BalanceRule r : policy.rules()) {
      if (r instanceof dev.valuex.core.balance.JudgementRule) {
        return r.name();
      }
    }
    return "";
  }

  private static String view(List<Ledger> all, LedgerAssessment la) {
    return all.stream().filter(l -> l.id().equals(la.ledger())).findFirst()
        .map(l -> l.view().name()).orElse("?");
  }

  private static String agreementNote(Agreement a) {
    return a == Agreement.AGREES ? ", agrees" : a == Agreement.DISAGREES ? ", DISAGREES" : "";
  }

  /** A rule's status in the words shared with the owners' verdicts, e.g. "gets more (OUT_HEAVY)". */
  static String words(Status status) {
    switch (status) {
      case OUT_HEAVY:
        return "gets more (OUT_HEAVY)";
      case IN_HEAVY:
        return "gives more (IN_HEAVY)";
      case BALANCED:
        return "balanced (BALANCED)";
      case INCOMPLETE:
        return "cannot say (INCOMPLETE)";
      default:
        return "does not apply (NOT_APPLICABLE)";
    }
  }

  /** An owner's verdict in the words shared with the rules, e.g. "gets more (OWNER_GETS_MORE)". */
  static String words(BalanceJudgement.Verdict verdict) {
    switch (verdict) {
      case OWNER_GETS_MORE:
        return "gets more (OWNER_GETS_MORE)";
      case OWNER_GIVES_MORE:
        return "gives more (OWNER_GIVES_MORE)";
      case BALANCED:
        return "balanced (BALANCED)";
      default:
        return "undecided (UNDECIDED)";
    }
  }

  /** How many ledgers carry each verdict, every verdict listed in its order, zeros included. */
  static Map<BalanceJudgement.Verdict, Integer> verdicts(List<Ledger> all) {
    Map<BalanceJudgement.Verdict, Integer> counts = new EnumMap<>(BalanceJudgement.Verdict.class);
    for (BalanceJudgement.Verdict v : BalanceJudgement.Verdict.values()) {
      counts.put(v, 0);
    }
    all.forEach(l -> l.judgement().ifPresent(j -> counts.merge(j.verdict(), 1, Integer::sum)));
    return counts;
  }

  private static Map<Agreement, Integer> agreement(BalanceReport report, String rule) {
    Map<Agreement, Integer> counts = new EnumMap<>(Agreement.class);
    for (Agreement a : Agreement.values()) {
      counts.put(a, 0);
    }
    report.ledgers().forEach(la -> counts.merge(la.agreement(rule), 1, Integer::sum));
    return counts;
  }

  /** The {@value #FORMAT} document: keys in a fixed order, enum values as lower-case tokens. */
  static Map<String, Object> json(BalancePolicy policy, List<Ledger> all, BalanceReport report,
      boolean details) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", FORMAT);
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("name", policy.name());
    List<Map<String, Object>> rules = new ArrayList<>();
    for (BalanceRule r : policy.rules()) {
      Map<String, Object> rm = new LinkedHashMap<>();
      rm.put("rule", r.name());
      Map<String, Object> parameters = new LinkedHashMap<>();
      r.parameters().forEach((k, v) -> parameters.put(Commands.snake(k), v));
      rm.put("parameters", parameters);
      rules.add(rm);
    }
    p.put("rules", rules);
    m.put("policy", p);
    long current = all.stream().filter(l -> l.view() == View.CURRENT).count();
    m.put("ledgers", all.size());
    m.put("current_ledgers", current);
    m.put("desired_ledgers", all.size() - current);
    List<Map<String, Object>> verdicts = new ArrayList<>();
    verdicts(all).forEach((v, n) -> {
      Map<String, Object> vm = new LinkedHashMap<>();
      vm.put("verdict", Commands.token(v));
      vm.put("ledgers", n);
      verdicts.add(vm);
    });
    m.put("judged_ledgers", verdicts(all).values().stream().mapToInt(Integer::intValue).sum());
    m.put("judgements", verdicts);
    List<Map<String, Object>> counts = new ArrayList<>();
    for (String rule : report.rules()) {
      Map<String, Object> rm = new LinkedHashMap<>();
      rm.put("rule", rule);
      List<Map<String, Object>> statuses = new ArrayList<>();
      report.counts(rule).forEach((status, n) -> {
        Map<String, Object> sm = new LinkedHashMap<>();
        sm.put("status", Commands.token(status));
        sm.put("ledgers", n);
        statuses.add(sm);
      });
      rm.put("statuses", statuses);
      Map<Agreement, Integer> agreement = agreement(report, rule);
      rm.put("agrees", agreement.get(Agreement.AGREES));
      rm.put("disagrees", agreement.get(Agreement.DISAGREES));
      rm.put("not_comparable", agreement.get(Agreement.NOT_COMPARABLE));
      counts.add(rm);
    }
    m.put("rules", counts);
    List<Map<String, Object>> disagreements = new ArrayList<>();
    for (LedgerAssessment la : report.disagreements()) {
      disagreements.add(ledgerJson(la, la.disagreements()));
    }
    m.put("disagreements", disagreements);
    if (details) {
      List<Map<String, Object>> ledgers = new ArrayList<>();
      for (LedgerAssessment la : report.ledgers()) {
        ledgers.add(ledgerJson(la, la.assessments()));
      }
      m.put("details", ledgers);
    }
    return m;
  }

  private static Map<String, Object> ledgerJson(LedgerAssessment la, List<Assessment> which) {
    Map<String, Object> l = new LinkedHashMap<>();
    l.put("ledger", la.ledger().toString());
    l.put("owner", la.owner());
    Optional<BalanceJudgement> j = la.judgement();
    l.put("verdict", j.map(x -> (Object) Commands.token(x.verdict())).orElse(null));
    l.put("rationale", j.flatMap(BalanceJudgement::rationale).orElse(null));
    List<Map<String, Object>> assessments = new ArrayList<>();
    for (Assessment a : which) {
      Map<String, Object> am = new LinkedHashMap<>();
      am.put("rule", a.rule());
      am.put("status", Commands.token(a.status()));
      am.put("agreement", Commands.token(la.agreement(a.rule())));
      Map<String, Object> figures = new LinkedHashMap<>();
      a.figures().forEach((k, v) -> figures.put(Commands.snake(k), v));
      am.put("figures", figures);
      am.put("explanation", a.explanation());
      assessments.add(am);
    }
    l.put("assessments", assessments);
    return l;
  }
}
