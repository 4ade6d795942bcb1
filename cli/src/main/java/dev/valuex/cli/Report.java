package dev.valuex.cli;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.valuex.core.ElementId;
import dev.valuex.core.Evidence;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.Side;
import dev.valuex.core.analysis.ElementCoverage;
import dev.valuex.core.analysis.Placement;
import dev.valuex.core.analysis.Slice;
import dev.valuex.core.balance.Assessment;
import dev.valuex.core.balance.LedgerAssessment;
import dev.valuex.core.journey.GapFinding;
import dev.valuex.core.journey.Job;
import dev.valuex.core.journey.Journey;
import dev.valuex.core.journey.OrganisationFunction;
import dev.valuex.core.journey.Phase;
import dev.valuex.core.journey.Stage;
import dev.valuex.core.journey.Touchpoint;
import dev.valuex.core.measure.Achievement;
import dev.valuex.core.measure.Measure;
import dev.valuex.planning.Action;
import dev.valuex.planning.CreationApproach;
import dev.valuex.planning.MeasureStatus;
import dev.valuex.planning.PlanRow;
import dev.valuex.planning.PlanStatus;
import dev.valuex.planning.program.Finding;
import dev.valuex.planning.program.Priority;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The self-contained HTML report of a study: one file, no external assets, charts as inline SVG
 * with text alternatives, laid out to print. Rendered with a Mustache template ({@code
 * report.html.mustache} beside this class); this class only prepares the view model.
 */
final class Report {
  private static final int BAR_WIDTH = 360;
  private static final int ROW = 22;
  private static final int LABEL = 190;

  private final Study study;

  Report(Study study) {
    this.study = study;
  }

  String render() {
    Template template;
    try (Reader in = new InputStreamReader(Objects.requireNonNull(
        Report.class.getResourceAsStream("report.html.mustache"), "report template"),
        StandardCharsets.UTF_8)) {
      template = Mustache.compiler().defaultValue("").emptyStringIsFalse(true).compile(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return template.execute(model());
  }

  Map<String, Object> model() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", "valuex report: " + study.plan.title());
    m.put("ledgerCount", study.ledgers.size());
    m.put("statementCount", study.statements());
    m.put("segments", String.join(", ", study.segments));
    m.put("coverageCharts", List.of(
        barChart("coverage-out", "Value sought (OUT): share of ledgers carrying each element",
            study.summary.coverage(Side.OUT, Slice.all())),
        barChart("coverage-in", "Value given (IN): share of ledgers carrying each element",
            study.summary.coverage(Side.IN, Slice.all()))));
    m.put("heatmap", heatmap());
    m.put("segmentChart", segmentChart());
    m.put("segmentDifferences", segmentDifferences());
    m.put("policy", study.policy.name());
    m.put("rules", study.balance.rules());
    m.put("balanceRows", balanceRows());
    m.put("ledgers", ledgerCards());
    m.put("proposal", proposal());
    m.put("planTitle", study.plan.title());
    m.put("planRows", planRows());
    m.put("progressChart", progressChart());
    m.put("program", program());
    m.put("propositionSection", PropositionSection.render(study));
    study.journey.ifPresent(j -> m.put("journey", journey(j)));
    return m;
  }

  private Map<String, Object> barChart(String id, String title, List<ElementCoverage> rows) {
    List<Map<String, Object>> bars = new ArrayList<>();
    List<String> alt = new ArrayList<>();
    int y = 0;
    for (ElementCoverage c : rows) {
      String name = study.name(c.placement().element());
      Map<String, Object> bar = new LinkedHashMap<>();
      bar.put("label", name);
      bar.put("y", y);
      bar.put("textY", y + 15);
      bar.put("x", LABEL);
      bar.put("width", Math.max(1, Math.round(BAR_WIDTH * c.share())));
      bar.put("valueX", LABEL + Math.round(BAR_WIDTH * c.share()) + 6);
      bar.put("value", Format.percent(c.share()) + " (" + c.ledgers() + ")");
      bars.add(bar);
      alt.add(name + " " + Format.percent(c.share()));
      y += ROW;
    }
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("id", id);
    chart.put("title", title);
    chart.put("desc", String.join("; ", alt));
    chart.put("bars", bars);
    chart.put("height", Math.max(y, ROW));
    chart.put("width", LABEL + BAR_WIDTH + 90);
    return chart;
  }

  private Map<String, Object> heatmap() {
    List<Placement> axis = new ArrayList<>();
    study.top(Side.OUT, Slice.all(), 8).forEach(c -> axis.add(c.placement()));
    study.top(Side.IN, Slice.all(), 5).forEach(c -> axis.add(c.placement()));
    int cell = 30;
    int margin = 200;
    long busiest = 1;
    for (int i = 0; i < axis.size(); i++) {
      for (int j = i + 1; j < axis.size(); j++) {
        busiest = Math.max(busiest, study.summary.together(axis.get(i), axis.get(j), Slice.all()));
      }
    }
    List<Map<String, Object>> cells = new ArrayList<>();
    List<Map<String, Object>> labels = new ArrayList<>();
    List<String> alt = new ArrayList<>();
    for (int i = 0; i < axis.size(); i++) {
      Placement a = axis.get(i);
      Map<String, Object> label = new LinkedHashMap<>();
      label.put("text", study.name(a.element()) + " " + a.side());
      label.put("y", margin + i * cell + 19);
      label.put("x", margin + i * cell + 15);
      labels.add(label);
      for (int j = 0; j < axis.size(); j++) {
        Placement b = axis.get(j);
        long together = i == j ? study.summary.coverage(a).ledgers()
            : study.summary.together(a, b, Slice.all());
        // Shaded against the busiest pair, so the pattern shows however many ledgers there are.
        double share = Math.min(1.0, together / (double) busiest);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("x", margin + j * cell);
        c.put("y", margin + i * cell);
        c.put("size", cell - 2);
        c.put("opacity", String.format(Locale.ROOT, "%.3f", 0.04 + 0.96 * share));
        c.put("tip", study.name(a.element()) + " " + a.side() + " with "
            + study.name(b.element()) + " " + b.side() + ": " + together + " ledgers");
        cells.add(c);
        if (j > i && together > 0) {
          alt.add(study.name(a.element()) + " " + a.side() + " + " + study.name(b.element())
              + " " + b.side() + " " + together);
        }
      }
    }
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("cells", cells);
    h.put("labels", labels);
    h.put("size", margin + axis.size() * cell + 10);
    h.put("width", margin + axis.size() * cell + 120);
    h.put("desc", "Ledgers carrying both elements: " + String.join("; ", alt));
    return h;
  }

  private Map<String, Object> segmentChart() {
    List<ElementCoverage> top = study.top(Side.OUT, Slice.all(), 8);
    String[] colours = {"#1b6ca8", "#d1495b", "#66a182", "#edae49", "#7a5195"};
    List<Map<String, Object>> groups = new ArrayList<>();
    List<String> alt = new ArrayList<>();
    int rowHeight = 12 * Math.max(1, study.segments.size()) + 10;
    int y = 0;
    for (ElementCoverage c : top) {
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("label", study.name(c.placement().element()));
      g.put("textY", y + 14);
      List<Map<String, Object>> bars = new ArrayList<>();
      List<String> parts = new ArrayList<>();
      for (int s = 0; s < study.segments.size(); s++) {
        String segment = study.segments.get(s);
        ElementCoverage sc = study.summary.coverage(c.placement(), Slice.ofSegment(segment));
        Map<String, Object> bar = new LinkedHashMap<>();
        bar.put("x", LABEL);
        bar.put("y", y + s * 12);
        bar.put("width", Math.max(1, Math.round(BAR_WIDTH * sc.share())));
        bar.put("colour", colours[s % colours.length]);
        bar.put("tip", segment + ": " + Format.percent(sc.share()));
        bars.add(bar);
        parts.add(segment + " " + Format.percent(sc.share()));
      }
      g.put("bars", bars);
      groups.add(g);
      alt.add(study.name(c.placement().element()) + ": " + String.join(", ", parts));
      y += rowHeight;
    }
    List<Map<String, Object>> legend = new ArrayList<>();
    for (int s = 0; s < study.segments.size(); s++) {
      legend.add(Map.of("segment", study.segments.get(s), "colour", colours[s % colours.length]));
    }
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("groups", groups);
    chart.put("legend", legend);
    chart.put("height", Math.max(y, rowHeight));
    chart.put("width", LABEL + BAR_WIDTH + 20);
    chart.put("desc", String.join("; ", alt));
    return chart;
  }

  private List<Map<String, Object>> segmentDifferences() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Study.SegmentDifference d : study.segmentDifferences()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("element", study.name(d.c().placement().element()));
      r.put("first", d.first());
      r.put("firstShare", Format.percent(d.c().firstShare()));
      r.put("second", d.second());
      r.put("secondShare", Format.percent(d.c().secondShare()));
      r.put("difference", String.format(Locale.ROOT, "%+.0f points (95%% CI %+.0f to %+.0f)",
          100 * d.c().difference(), 100 * d.c().lower(), 100 * d.c().upper()));
      rows.add(r);
    }
    return rows;
  }

  private List<Map<String, Object>> balanceRows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (LedgerAssessment la : study.balance.ledgers()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("ledger", la.ledger().toString());
      r.put("judgement", la.judgement().map(j -> j.verdict().name()
          + j.rationale().map(t -> ": \u201c" + t + "\u201d").orElse("")).orElse("not recorded"));
      List<Map<String, Object>> cells = new ArrayList<>();
      for (Assessment a : la.assessments()) {
        cells.add(Map.of("status", a.status().name(), "explanation", a.explanation(),
            "agreement", la.agreement(a.rule()).name().toLowerCase(Locale.ROOT)));
      }
      r.put("assessments", cells);
      rows.add(r);
    }
    return rows;
  }

  private List<Map<String, Object>> ledgerCards() {
    List<Map<String, Object>> cards = new ArrayList<>();
    for (Ledger l : study.ledgers) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("id", l.id().toString());
      c.put("subject", l.subject().label());
      c.put("segments", String.join(", ", l.subject().segments()));
      c.put("view", l.view().name());
      c.put("asOf", l.asOf().toString());
      c.put("judgement", l.judgement().map(j -> j.verdict().name()).orElse(""));
      c.put("in", entries(l.in()));
      c.put("out", entries(l.out()));
      cards.add(c);
    }
    return cards;
  }

  private List<Map<String, Object>> entries(List<LedgerEntry> entries) {
    List<Map<String, Object>> result = new ArrayList<>();
    for (LedgerEntry e : entries) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", study.name(e.element()));
      m.put("importance", e.importance().isPresent()
          ? "importance " + e.importance().getAsInt() : "not weighed");
      m.put("evidence", e.evidence().stream().map(Evidence::text).collect(Collectors.toList()));
      result.add(m);
    }
    return result;
  }

  private Map<String, Object> proposal() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("share", Format.percent(Study.PROPOSAL_SHARE));
    p.put("reached", study.proposal.reachedLedgers());
    p.put("outOf", study.proposal.outOf());
    p.put("method", study.proposal.method().name().toLowerCase(Locale.ROOT));
    p.put("picks", study.proposal.picks().stream().map(pick -> Map.<String, Object>of(
        "name", study.name(pick.element()), "ledgers", pick.ledgers(),
        "newLedgers", pick.newLedgers(), "reached", pick.reachedLedgers()))
        .collect(Collectors.toList()));
    return p;
  }

  private List<Map<String, Object>> planRows() {
    PlanStatus status = study.plan.status();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (PlanRow row : study.plan.rows()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("name", row.label());
      r.put("sentence", row.sentence().orElse(""));
      List<Map<String, Object>> approaches = new ArrayList<>();
      for (CreationApproach a : row.approaches()) {
        List<String> actions = new ArrayList<>();
        for (Action act : a.actions()) {
          actions.add(act.what() + " (" + act.when().map(Object::toString).orElse("when open")
              + ", " + (act.who().isEmpty() ? "who open" : String.join(" and ", act.who())) + ", "
              + act.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
        }
        approaches.add(Map.of("description", a.description(), "actions", actions));
      }
      r.put("approaches", approaches);
      List<String> measures = new ArrayList<>();
      for (Measure measure : row.measures()) {
        String line = measure.name() + ": " + measure.direction().name().toLowerCase(Locale.ROOT)
            .replace('_', ' ') + " " + number(measure.target()) + " " + measure.unit()
            + measure.baseline().stream().mapToObj(b -> " (baseline " + number(b) + ")")
                .collect(Collectors.joining());
        MeasureStatus ms = status.measure(measure.name()).orElse(null);
        if (ms != null && ms.latest().isPresent()) {
          line += " \u2014 " + ms.latest().get().inWords();
        }
        measures.add(line);
      }
      r.put("measures", measures);
      r.put("state", status.row(row.element(), row.side())
          .map(s -> s.state().name().replace('_', ' ').toLowerCase(Locale.ROOT)).orElse(""));
      rows.add(r);
    }
    return rows;
  }

  private Map<String, Object> progressChart() {
    PlanStatus status = study.plan.status();
    List<Map<String, Object>> bars = new ArrayList<>();
    List<String> alt = new ArrayList<>();
    int y = 0;
    double scale = BAR_WIDTH / 150.0;
    for (MeasureStatus ms : status.measures()) {
      if (ms.latest().isEmpty()) {
        continue;
      }
      Achievement a = ms.latest().get();
      double pct = Double.isFinite(a.percentage()) ? a.percentage() : 150;
      double shown = Math.max(0, Math.min(150, pct));
      Map<String, Object> bar = new LinkedHashMap<>();
      bar.put("label", ms.measure().name());
      bar.put("y", y);
      bar.put("textY", y + 15);
      bar.put("x", LABEL);
      bar.put("width", Math.max(1, Math.round(scale * shown)));
      bar.put("valueX", LABEL + Math.round(scale * shown) + 6);
      bar.put("value", String.format(Locale.ROOT, "%.0f%%", pct) + (a.met() ? " met" : ""));
      bar.put("colour", a.met() ? "#66a182" : "#edae49");
      bars.add(bar);
      alt.add(ms.measure().name() + " " + String.format(Locale.ROOT, "%.0f%%", pct)
          + (a.met() ? " (met)" : " (not met)"));
      y += ROW;
    }
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("bars", bars);
    chart.put("height", Math.max(y, ROW) + 10);
    chart.put("width", LABEL + BAR_WIDTH + 90);
    chart.put("targetX", LABEL + Math.round(scale * 100));
    chart.put("desc", "Percentage achieved at the latest review, 100% is the minimum value"
        + " sought: " + String.join("; ", alt));
    return chart;
  }

  private Map<String, Object> program() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("name", study.program.scope().name());
    p.put("benefits", priorities(study.program.prioritisedBenefits()));
    p.put("contributions", priorities(study.program.prioritisedContributions()));
    List<Map<String, Object>> findings = new ArrayList<>();
    for (Finding f : study.program.findings()) {
      findings.add(Map.of("kind", f.kind().name().replace('_', ' ').toLowerCase(Locale.ROOT),
          "explanation", f.explanation()));
    }
    p.put("findings", findings);
    return p;
  }

  private List<Map<String, Object>> priorities(List<Priority> priorities) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Priority pr : priorities) {
      rows.add(Map.of("id", pr.id(), "value", pr.value(), "feasibility", pr.feasibility(),
          "quadrant", pr.quadrant().name().replace('_', ' ').toLowerCase(Locale.ROOT)));
    }
    return rows;
  }

  /**
   * The journey section: stages as columns under their phase, one row each for owners,
   * touchpoints, elements sought, elements given and obstacles named in evidence; stages that
   * a gap concerns are marked, and every gap is listed with its explanation.
   */
  Map<String, Object> journey(JourneyStudy js) {
    Journey journey = js.journey;
    List<Stage> stages = journey.model().stages();
    java.util.Set<String> gapStages = new java.util.HashSet<>();
    js.gaps.forEach(g -> gapStages.addAll(g.stages()));
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("name", journey.name());
    j.put("model", journey.model().name());
    j.put("renewsAt", journey.model().renewsAt().orElse(""));
    List<Map<String, Object>> phases = new ArrayList<>();
    for (Phase phase : Phase.values()) {
      long span = stages.stream().filter(s -> s.phase() == phase).count();
      if (span > 0) {
        phases.add(Map.of("label", (phase == Phase.PRE_PURCHASE ? "Before purchase: "
            : "After purchase: ") + phase.obstacles(), "span", span,
            "css", phase == Phase.PRE_PURCHASE ? "pre" : "post"));
      }
    }
    j.put("phases", phases);
    List<Map<String, Object>> heads = new ArrayList<>();
    for (Stage s : stages) {
      heads.add(Map.of("name", s.name(), "css", css(s, gapStages),
          "gap", gapStages.contains(s.name())));
    }
    j.put("stages", heads);
    List<Map<String, Object>> rows = new ArrayList<>();
    rows.add(stageRow("Owned by", stages, s -> owners(journey, s)));
    rows.add(stageRow("Touchpoints", stages, s -> touchpoints(journey, s)));
    rows.add(stageRow("Value sought (OUT)", stages,
        s -> elements(js, s, Side.OUT)));
    rows.add(stageRow("Value given (IN)", stages, s -> elements(js, s, Side.IN)));
    rows.add(stageRow("Barriers and hurdles in evidence", stages,
        s -> js.obstacles.stream().filter(o -> o.stage().equals(s.name()))
            .map(o -> item("\u201c" + o.evidence().text() + "\u201d", false))
            .collect(Collectors.toList())));
    j.put("rows", rows);
    List<Map<String, Object>> gaps = new ArrayList<>();
    for (GapFinding g : js.gaps) {
      gaps.add(Map.of("kind", gapKind(g.kind()), "stages", String.join(" \u2192 ", g.stages()),
          "explanation", g.explanation()));
    }
    j.put("gaps", gaps);
    j.put("tagged", js.tags.tags().keySet().size());
    j.put("obstacleCount", js.obstacles.size());
    List<Map<String, Object>> jobs = new ArrayList<>();
    for (Job job : journey.jobs()) {
      jobs.add(Map.of("statement", job.statement(),
          "kind", job.kind().name().toLowerCase(Locale.ROOT),
          "elements", job.elements().stream().map(study::name).collect(Collectors.joining(", ")),
          "challenges", String.join("; ", job.challenges())));
    }
    j.put("jobs", jobs);
    j.put("hasJobs", !jobs.isEmpty());
    return j;
  }

  /** The human name of a kind of gap, as the report's gap list shows it. */
  static String gapKind(GapFinding.Kind kind) {
    switch (kind) {
      case UNOWNED_STAGE:
        return "Stage nobody owns";
      case MISSING_HAND_OFF:
        return "Missing hand-off";
      case UNOWNED_TOUCHPOINT:
        return "Touchpoint nobody owns";
      default:
        return "Obstacle with no touchpoint";
    }
  }

  private static String css(Stage s, java.util.Set<String> gapStages) {
    return (s.phase() == Phase.PRE_PURCHASE ? "pre" : "post")
        + (gapStages.contains(s.name()) ? " gap" : "");
  }

  private static Map<String, Object> stageRow(String label, List<Stage> stages,
      java.util.function.Function<Stage, List<Map<String, Object>>> items) {
    List<Map<String, Object>> cells = new ArrayList<>();
    for (Stage s : stages) {
      cells.add(Map.of("css", s.phase() == Phase.PRE_PURCHASE ? "pre" : "post",
          "items", items.apply(s)));
    }
    return Map.of("label", label, "cells", cells);
  }

  private static Map<String, Object> item(String text, boolean flagged) {
    return Map.of("text", text, "flagged", flagged);
  }

  private static List<Map<String, Object>> owners(Journey journey, Stage s) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (OrganisationFunction f : journey.ownersOf(s.name())) {
      items.add(item(f.name() + (f.handsOffTo().isEmpty() ? ""
          : " (hands off to " + String.join(", ", f.handsOffTo()) + ")"), false));
    }
    if (items.isEmpty()) {
      items.add(item("no owner", true));
    }
    return items;
  }

  private static List<Map<String, Object>> touchpoints(Journey journey, Stage s) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Touchpoint t : journey.touchpointsAt(s.name())) {
      items.add(item(t.id() + " (" + t.channel() + ")" + t.description().map(d -> ": " + d)
          .orElse("") + " \u2014 " + t.owner().orElse("no owner"), t.owner().isEmpty()));
    }
    if (items.isEmpty()) {
      items.add(item("no touchpoint", true));
    }
    return items;
  }

  private List<Map<String, Object>> elements(JourneyStudy js, Stage s, Side side) {
    return js.breakdown.elementsAt(s.name(), side).entrySet().stream()
        .sorted(Map.Entry.<ElementId, Long>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .map(e -> item(study.name(e.getKey()) + " (" + e.getValue() + ")", false))
        .collect(Collectors.toList());
  }

  private static String number(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
