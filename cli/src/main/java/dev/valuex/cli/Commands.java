package dev.valuex.cli;

import dev.valuex.core.Side;
import dev.valuex.core.analysis.Association;
import dev.valuex.core.analysis.ElementCoverage;
import dev.valuex.core.analysis.Slice;
import dev.valuex.core.balance.Assessment;
import dev.valuex.core.balance.BalanceReport;
import dev.valuex.core.journey.GapFinding;
import dev.valuex.core.journey.Stage;
import dev.valuex.core.balance.LedgerAssessment;
import dev.valuex.planning.PlanStatus;
import dev.valuex.planning.RowStatus;
import dev.valuex.planning.program.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the commands share: option parsing and the JSON shapes of their results. */
final class Commands {
  private Commands() {}

  static Format format(String text) {
    try {
      return Format.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--format must be text or json, got '" + text + "'",
          "use --format text (the default) or --format json");
    }
  }

  /** An enum constant as a JSON token, spelled as in the ledger documents ("out_heavy"). */
  static String token(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** A camel-case name as a snake-case JSON key ("inCoverage" becomes "in_coverage"). */
  static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  static List<Map<String, Object>> coverageJson(Study s, Side side, Slice slice) {
    List<Map<String, Object>> result = new ArrayList<>();
    for (ElementCoverage c : s.summary.coverage(side, slice)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("element", c.placement().element().toString());
      m.put("name", s.name(c.placement().element()));
      m.put("side", side.name());
      m.put("ledgers", c.ledgers());
      m.put("outOf", c.outOf());
      m.put("share", c.share());
      m.put("evidence", c.evidence());
      result.add(m);
    }
    return result;
  }

  static Map<String, Object> balanceJson(BalanceReport report) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("policy", report.policy());
    Map<String, Object> counts = new LinkedHashMap<>();
    for (String rule : report.rules()) {
      Map<String, Integer> byStatus = new LinkedHashMap<>();
      report.counts(rule).forEach((k, v) -> byStatus.put(k.name(), v));
      counts.put(rule, byStatus);
    }
    m.put("counts", counts);
    List<Map<String, Object>> ledgers = new ArrayList<>();
    for (LedgerAssessment la : report.ledgers()) {
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("ledger", la.ledger().toString());
      l.put("owner", la.owner());
      l.put("judgement", la.judgement().map(j -> j.verdict().name()).orElse(null));
      List<Map<String, Object>> assessments = new ArrayList<>();
      for (Assessment a : la.assessments()) {
        Map<String, Object> am = new LinkedHashMap<>();
        am.put("rule", a.rule());
        am.put("status", a.status().name());
        am.put("figures", a.figures());
        am.put("explanation", a.explanation());
        am.put("agreement", la.agreement(a.rule()).name());
        assessments.add(am);
      }
      l.put("assessments", assessments);
      ledgers.add(l);
    }
    m.put("ledgers", ledgers);
    return m;
  }

  static Map<String, Object> planStatusJson(Study s, PlanStatus status) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("asOf", status.asOf().map(Object::toString).orElse(null));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (RowStatus r : status.rows()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("element", r.element().toString());
      row.put("name", s == null ? r.element().toString() : s.name(r.element()));
      row.put("side", r.side().name());
      row.put("state", r.state().name());
      row.put("explanation", r.explanation());
      rows.add(row);
    }
    m.put("rows", rows);
    List<Map<String, Object>> measures = new ArrayList<>();
    status.measures().forEach(ms -> {
      Map<String, Object> mm = new LinkedHashMap<>();
      mm.put("measure", ms.measure().name());
      mm.put("target", ms.measure().target());
      mm.put("trend", ms.trend().name());
      ms.latest().ifPresent(a -> {
        mm.put("actual", a.actual());
        mm.put("percentAchieved", a.percentage());
        mm.put("met", a.met());
      });
      measures.add(mm);
    });
    m.put("measures", measures);
    return m;
  }

  static Map<String, Object> studyJson(Study s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ledgers", s.ledgers.size());
    m.put("statements", s.statements());
    m.put("segments", s.segments);
    m.put("balance", balanceJson(s.balance));
    Map<String, Object> patterns = new LinkedHashMap<>();
    patterns.put("out", coverageJson(s, Side.OUT, Slice.all()));
    patterns.put("in", coverageJson(s, Side.IN, Slice.all()));
    List<Map<String, Object>> assoc = new ArrayList<>();
    for (Association a : s.strongestAssociations(10)) {
      Map<String, Object> am = new LinkedHashMap<>();
      am.put("antecedent", a.antecedent().toString());
      am.put("consequent", a.consequent().toString());
      am.put("together", a.together());
      am.put("support", a.support());
      am.put("confidence", a.confidence());
      am.put("lift", a.lift());
      assoc.add(am);
    }
    patterns.put("associations", assoc);
    m.put("patterns", patterns);
    List<Map<String, Object>> picks = new ArrayList<>();
    s.proposal.picks().forEach(p -> {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("element", p.element().toString());
      pm.put("name", s.name(p.element()));
      pm.put("ledgers", p.ledgers());
      pm.put("newLedgers", p.newLedgers());
      pm.put("reachedLedgers", p.reachedLedgers());
      picks.add(pm);
    });
    m.put("summarySet", picks);
    List<Object> reviews = new ArrayList<>();
    s.statusAfterEachReview.forEach(st -> reviews.add(planStatusJson(s, st)));
    m.put("planReviews", reviews);
    List<Map<String, Object>> findings = new ArrayList<>();
    for (Finding f : s.program.findings()) {
      Map<String, Object> fm = new LinkedHashMap<>();
      fm.put("kind", f.kind().name());
      fm.put("about", f.about());
      fm.put("explanation", f.explanation());
      findings.add(fm);
    }
    m.put("programFindings", findings);
    s.journey.ifPresent(j -> m.put("journey", journeyJson(j)));
    return m;
  }

  /**
   * A journey over ledgers as JSON: per stage, in journey order, its phase and the elements
   * sought (OUT) and given (IN) there with ledger counts; then every gap with its explanation.
   */
  static Map<String, Object> journeyJson(JourneyStudy j) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", j.journey.name());
    m.put("model", j.journey.model().name());
    List<Map<String, Object>> stages = new ArrayList<>();
    for (Stage st : j.journey.model().stages()) {
      Map<String, Object> sm = new LinkedHashMap<>();
      sm.put("name", st.name());
      sm.put("phase", st.phase().name());
      for (Side side : new Side[] {Side.OUT, Side.IN}) {
        Map<String, Long> counts = new LinkedHashMap<>();
        j.breakdown.elementsAt(st.name(), side).forEach((e, c) -> counts.put(e.toString(), c));
        sm.put(side == Side.OUT ? "sought" : "given", counts);
      }
      sm.put("obstacles", j.obstacles.stream().filter(o -> o.stage().equals(st.name())).count());
      stages.add(sm);
    }
    m.put("stages", stages);
    List<Map<String, Object>> gaps = new ArrayList<>();
    for (GapFinding g : j.gaps) {
      Map<String, Object> gm = new LinkedHashMap<>();
      gm.put("kind", g.kind().name());
      gm.put("stages", g.stages());
      gm.put("explanation", g.explanation());
      gaps.add(gm);
    }
    m.put("gaps", gaps);
    return m;
  }
}
