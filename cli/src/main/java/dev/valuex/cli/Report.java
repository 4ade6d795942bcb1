package dev.valuex.cli;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.valuex.core.BalanceJudgement;
import dev.valuex.core.ElementId;
import dev.valuex.core.Evidence;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Side;
import dev.valuex.core.View;
import dev.valuex.core.analysis.Association;
import dev.valuex.core.analysis.CoverageComparison;
import dev.valuex.core.analysis.ElementCoverage;
import dev.valuex.core.analysis.Placement;
import dev.valuex.core.analysis.Slice;
import dev.valuex.core.balance.Agreement;
import dev.valuex.core.balance.Assessment;
import dev.valuex.core.balance.BalanceRule;
import dev.valuex.core.balance.CountParityRule;
import dev.valuex.core.balance.GapRule;
import dev.valuex.core.balance.JudgementRule;
import dev.valuex.core.balance.LedgerAssessment;
import dev.valuex.core.balance.PairingCoverageRule;
import dev.valuex.core.balance.WeightedRatioRule;
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
import dev.valuex.planning.Gap;
import dev.valuex.planning.MeasureStatus;
import dev.valuex.planning.PlanRow;
import dev.valuex.planning.PlanStatus;
import dev.valuex.planning.ValueCreationPlan;
import dev.valuex.planning.program.Benefit;
import dev.valuex.planning.program.Contribution;
import dev.valuex.planning.program.ExchangePairing;
import dev.valuex.planning.program.Finding;
import dev.valuex.planning.program.Priority;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The self-contained HTML report of a study: one file, no external assets, a table of contents,
 * charts as inline SVG whose text alternatives are accessible descriptions, laid out for screens
 * from 400 px wide up and for print. Rendered with a Mustache template ({@code
 * report.html.mustache} beside this class); this class only prepares the view model, and
 * {@link ReportCharts} draws the charts.
 *
 * <p>Elements are named by their card names throughout. Counts say which ledgers they count:
 * CURRENT ledgers (the exchange as it is) and DESIRED ledgers (as the subject wants it) are
 * counted apart wherever a chart or table compares elements.
 */
final class Report {
  /** How many elements a coverage chart draws; the rest are in the table beneath it. */
  static final int CHART_ELEMENTS = 15;

  private static final String CURRENT_COLOUR = "#1b6ca8";
  private static final String DESIRED_COLOUR = "#e08a00";
  private static final String[] SEGMENT_COLOURS =
      {"#1b6ca8", "#c4384e", "#3d8c5c", "#7a5195", "#b07a00"};
  private static final String MET_COLOUR = "#3d8c5c";
  private static final String NOT_MET_COLOUR = "#e08a00";

  private final Study study;
  private final Map<LedgerId, Ledger> byId = new LinkedHashMap<>();

  Report(Study study) {
    this.study = study;
    study.ledgers.forEach(l -> byId.put(l.id(), l));
  }

  String render() {
    Template template;
    try (Reader in = resource("report.html.mustache")) {
      template = Mustache.compiler().defaultValue("").emptyStringIsFalse(true)
          .withLoader(name -> resource("report-" + name + ".mustache")).compile(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return template.execute(model());
  }

  /** A template beside this class; the templates are part of the tool, so one missing is a bug. */
  private static Reader resource(String name) {
    return new InputStreamReader(Objects.requireNonNull(Report.class.getResourceAsStream(name),
        name), StandardCharsets.UTF_8);
  }

  Map<String, Object> model() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", "valuex report: " + study.plan.title());
    m.put("ledgerCount", study.ledgers.size());
    m.put("currentCount", study.ledgersIn(View.CURRENT));
    m.put("desiredCount", study.ledgersIn(View.DESIRED));
    m.put("statementCount", study.statements());
    m.put("segments", segmentCounts());
    m.put("coverageCharts", List.of(coverageChart(Side.OUT), coverageChart(Side.IN)));
    m.put("heatmap", heatmap());
    m.put("segmentChart", segmentChart());
    m.put("segmentDifferences", segmentDifferences());
    m.put("balance", balance());
    m.put("ledgers", ledgerCards());
    m.put("proposal", proposal());
    m.put("draftPlan", plan(study.draft, false));
    m.put("bundledPlan", plan(study.plan, true));
    m.put("planComparison", planComparison());
    m.put("progressChart", progressChart());
    m.put("program", program());
    m.put("propositionSection", PropositionSection.render(study));
    study.journey.ifPresent(j -> m.put("journey", journey(j)));
    m.put("contents", contents(m));
    return m;
  }

  /**
   * The table of contents: one entry per section the report has, in page order. A section
   * added to the template needs an entry here; the report's tests check that every section is
   * listed and every entry leads somewhere.
   */
  private static List<Map<String, Object>> contents(Map<String, Object> m) {
    List<Map<String, Object>> toc = new ArrayList<>();
    toc.add(Map.of("id", "coverage", "title", "Element coverage"));
    toc.add(Map.of("id", "cooccurrence", "title", "What goes together"));
    toc.add(Map.of("id", "segments", "title", "Segments compared"));
    toc.add(Map.of("id", "balance", "title", "Balance: owners and rules side by side"));
    toc.add(Map.of("id", "summary-set", "title", "Summary set proposal"));
    toc.add(Map.of("id", "plan", "title", "Value creation plans"));
    Object proposition = m.get("propositionSection");
    if (proposition instanceof String && !((String) proposition).isBlank()) {
      toc.add(Map.of("id", "proposition", "title", "Proposition fit"));
    }
    toc.add(Map.of("id", "program", "title", "Program value exchange"));
    if (m.containsKey("journey")) {
      toc.add(Map.of("id", "journey", "title", "Customer journey"));
    }
    toc.add(Map.of("id", "ledgers", "title", "Ledgers and their evidence"));
    return toc;
  }

  private String segmentCounts() {
    List<String> parts = new ArrayList<>();
    for (String s : study.segments) {
      parts.add(s + " (" + study.summary.ledgers(current(s)) + " CURRENT, "
          + study.summary.ledgers(Slice.builder().segment(s).view(View.DESIRED).build())
          + " DESIRED)");
    }
    return String.join(", ", parts);
  }

  private static Slice current(String segment) {
    return Slice.builder().segment(segment).view(View.CURRENT).build();
  }

  /** The views a study has ledgers of, CURRENT first, each with its colour. */
  private List<Map.Entry<View, String>> views() {
    List<Map.Entry<View, String>> views = new ArrayList<>();
    if (study.ledgersIn(View.CURRENT) > 0) {
      views.add(Map.entry(View.CURRENT, CURRENT_COLOUR));
    }
    if (study.ledgersIn(View.DESIRED) > 0) {
      views.add(Map.entry(View.DESIRED, DESIRED_COLOUR));
    }
    return views;
  }

  private Map<String, Object> coverageChart(Side side) {
    String id = side == Side.OUT ? "coverage-out" : "coverage-in";
    String title = side == Side.OUT
        ? "Value sought (OUT): share of ledgers carrying each element, CURRENT and DESIRED apart"
        : "Value given (IN): share of ledgers carrying each element, CURRENT and DESIRED apart";
    List<Map.Entry<View, String>> views = views();
    // Elements in order of CURRENT coverage, then those only DESIRED ledgers carry.
    Set<ElementId> order = new LinkedHashSet<>();
    for (Map.Entry<View, String> v : views) {
      study.summary.coverage(side, Slice.ofView(v.getKey()))
          .forEach(c -> order.add(c.placement().element()));
    }
    List<ReportCharts.Group> groups = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    List<String> alt = new ArrayList<>();
    for (ElementId element : order) {
      String name = study.name(element);
      List<ReportCharts.Bar> bars = new ArrayList<>();
      List<String> row = new ArrayList<>();
      row.add(name);
      List<String> altParts = new ArrayList<>();
      for (Map.Entry<View, String> v : views) {
        ElementCoverage c = study.summary.coverage(Placement.of(element, side),
            Slice.ofView(v.getKey()));
        String value = Format.percent(c.share()) + " (" + c.ledgers() + ")";
        bars.add(new ReportCharts.Bar(c.share(), value, v.getValue(), name + ", " + v.getKey()
            + ": " + Format.percent(c.share()) + ", " + c.ledgers() + " of " + c.outOf()
            + " ledgers"));
        row.add(Format.percent(c.share()) + " (" + c.ledgers() + " of " + c.outOf() + ")");
        altParts.add(v.getKey() + " " + Format.percent(c.share()) + " (" + c.ledgers() + ")");
      }
      if (groups.size() < CHART_ELEMENTS) {
        groups.add(new ReportCharts.Group(name, bars));
        alt.add(name + ": " + String.join(", ", altParts));
      }
      rows.add(row);
    }
    List<String> headers = new ArrayList<>();
    headers.add("Element");
    List<Map<String, Object>> legend = new ArrayList<>();
    for (Map.Entry<View, String> v : views) {
      long n = study.ledgersIn(v.getKey());
      headers.add(v.getKey() + " ledgers (of " + n + ")");
      legend.add(legend(v.getValue(), "bar", v.getKey() + ": " + n + " ledgers, "
          + (v.getKey() == View.CURRENT ? "the exchange as it is" : "as the subject wants it")));
    }
    legend.add(legend("", "text", "(n) after each value: ledgers carrying the element"));
    String note = order.size() > groups.size()
        ? "The " + groups.size() + " most common of " + order.size() + " elements; all of them"
            + " are in the table of numbers."
        : "";
    return chart(id, title, note, legend,
        ReportCharts.barChart(id, title, String.join("; ", alt), groups,
            ReportCharts.Axis.shares()), false, headers, rows);
  }

  private static Map<String, Object> legend(String colour, String kind, String label) {
    Map<String, Object> l = new LinkedHashMap<>();
    l.put("colour", colour);
    l.put("kind", kind);
    l.put("label", label);
    return l;
  }

  private static Map<String, Object> chart(String id, String title, String note,
      List<Map<String, Object>> legend, String svg, boolean wide, List<String> headers,
      List<List<String>> rows) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("title", title);
    c.put("note", note);
    c.put("legend", legend);
    c.put("svg", svg);
    c.put("wide", wide);
    c.put("headers", headers);
    List<Map<String, Object>> table = new ArrayList<>();
    for (List<String> row : rows) {
      List<Map<String, Object>> cells = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        cells.add(Map.of("label", headers.get(i), "value", row.get(i)));
      }
      table.add(Map.of("cells", cells));
    }
    c.put("rows", table);
    return c;
  }

  /**
   * The elements the heat map crosses: the most common OUT and IN elements, and every element
   * of the pairs {@link Study#strongestAssociations} ranks first (the pairs the command line
   * prints), OUT before IN.
   */
  List<Placement> heatmapAxis() {
    Set<Placement> out = new LinkedHashSet<>();
    Set<Placement> in = new LinkedHashSet<>();
    study.top(Side.OUT, Slice.all(), 6).forEach(c -> out.add(c.placement()));
    study.top(Side.IN, Slice.all(), 4).forEach(c -> in.add(c.placement()));
    for (Association a : study.strongestAssociations(3)) {
      for (Placement p : List.of(a.antecedent(), a.consequent())) {
        (p.side() == Side.OUT ? out : in).add(p);
      }
    }
    List<Placement> axis = new ArrayList<>(out);
    axis.addAll(in);
    return axis;
  }

  private String placementName(Placement p) {
    return study.name(p.element()) + " \u00b7 " + p.side();
  }

  private Map<String, Object> heatmap() {
    List<Placement> axis = heatmapAxis();
    int n = axis.size();
    List<Association> strongest = study.strongestAssociations(3);
    long[][] counts = new long[n][n];
    boolean[][] outlined = new boolean[n][n];
    long busiest = 0;
    List<String> alt = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        Placement a = axis.get(i);
        Placement b = axis.get(j);
        counts[i][j] = i == j ? study.summary.coverage(a).ledgers()
            : study.summary.together(a, b, Slice.all());
        if (i != j) {
          busiest = Math.max(busiest, counts[i][j]);
        }
        for (Association s : strongest) {
          outlined[i][j] |= s.antecedent().equals(a) && s.consequent().equals(b)
              || s.antecedent().equals(b) && s.consequent().equals(a);
        }
        if (j > i && counts[i][j] > 0) {
          alt.add(placementName(a) + " with " + placementName(b) + ": " + counts[i][j]);
          rows.add(List.of(placementName(a), placementName(b), String.valueOf(counts[i][j])));
        }
      }
    }
    List<ReportCharts.HeatAxis> labels = axis.stream()
        .map(p -> new ReportCharts.HeatAxis(placementName(p), study.summary.coverage(p).ledgers()))
        .collect(Collectors.toList());
    String title = "Ledgers carrying both elements of a pair, all " + study.ledgers.size()
        + " ledgers (CURRENT and DESIRED together)";
    List<Map<String, Object>> legend = new ArrayList<>();
    Map<String, Object> scale = legend(ReportCharts.shade(0) + ", " + ReportCharts.shade(1),
        "scale", "ledgers carrying both");
    scale.put("low", "0");
    scale.put("high", String.valueOf(busiest));
    legend.add(scale);
    legend.add(legend("#e8ebf0", "bar", "diagonal: ledgers carrying the element at all"));
    legend.add(legend("", "outline", "framed: the pairs with the strongest lift, as"
        + " valuex demo and analyze list them"));
    Map<String, Object> h = chart("heatmap", title, "The number in each cell counts ledgers;"
            + " darker cells hold more of them.", legend,
        ReportCharts.heatmap("heatmap", title, "Ledgers carrying both elements: "
            + String.join("; ", alt), labels, counts, outlined, busiest), true,
        List.of("Element", "With element", "Ledgers carrying both"), rows);
    List<Map<String, Object>> pairs = new ArrayList<>();
    for (Association a : strongest) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("first", placementName(a.antecedent()));
      p.put("second", placementName(a.consequent()));
      p.put("together", study.summary.together(a.antecedent(), a.consequent(), Slice.all()));
      p.put("lift", Format.decimal(a.lift()));
      p.put("confidence", Format.percent(a.confidence()));
      pairs.add(p);
    }
    h.put("pairs", pairs);
    return h;
  }

  private Map<String, Object> segmentChart() {
    List<ElementCoverage> top = study.top(Side.OUT, Slice.ofView(View.CURRENT), 8);
    List<ReportCharts.Group> groups = new ArrayList<>();
    List<String> alt = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (ElementCoverage c : top) {
      String name = study.name(c.placement().element());
      List<ReportCharts.Bar> bars = new ArrayList<>();
      List<String> parts = new ArrayList<>();
      List<String> row = new ArrayList<>();
      row.add(name);
      for (int s = 0; s < study.segments.size(); s++) {
        String segment = study.segments.get(s);
        ElementCoverage sc = study.summary.coverage(c.placement(), current(segment));
        bars.add(new ReportCharts.Bar(sc.share(), Format.percent(sc.share()) + " ("
            + sc.ledgers() + ")", SEGMENT_COLOURS[s % SEGMENT_COLOURS.length], name + ", "
            + segment + ": " + Format.percent(sc.share()) + ", " + sc.ledgers() + " of "
            + sc.outOf() + " CURRENT ledgers"));
        parts.add(segment + " " + Format.percent(sc.share()));
        row.add(Format.percent(sc.share()) + " (" + sc.ledgers() + " of " + sc.outOf() + ")");
      }
      groups.add(new ReportCharts.Group(name, bars));
      alt.add(name + ": " + String.join(", ", parts));
      rows.add(row);
    }
    List<Map<String, Object>> legend = new ArrayList<>();
    List<String> headers = new ArrayList<>();
    headers.add("Element");
    for (int s = 0; s < study.segments.size(); s++) {
      String segment = study.segments.get(s);
      long n = study.summary.ledgers(current(segment));
      legend.add(legend(SEGMENT_COLOURS[s % SEGMENT_COLOURS.length], "bar",
          segment + ": " + n + " CURRENT ledgers"));
      headers.add(segment + " (of " + n + ")");
    }
    legend.add(legend("", "text", "(n) after each value: ledgers carrying the element"));
    String title = "Value sought (OUT) by segment: the " + top.size() + " elements most"
        + " common in CURRENT ledgers";
    return chart("segment-chart", title, "", legend, ReportCharts.barChart("segment-chart",
        title, String.join("; ", alt), groups, ReportCharts.Axis.shares()), false, headers,
        rows);
  }

  private List<Map<String, Object>> segmentDifferences() {
    List<Map<String, Object>> rows = new ArrayList<>();
    List<String> segments = study.segments;
    List<Map.Entry<String[], CoverageComparison>> found = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      for (int j = i + 1; j < segments.size(); j++) {
        for (CoverageComparison c : study.summary.compare(Side.OUT, current(segments.get(i)),
            current(segments.get(j)))) {
          if (c.differs()) {
            found.add(Map.entry(new String[] {segments.get(i), segments.get(j)}, c));
          }
        }
      }
    }
    found.sort(java.util.Comparator.comparingDouble(
            (Map.Entry<String[], CoverageComparison> e) -> -Math.abs(e.getValue().difference()))
        .thenComparing(e -> e.getValue().placement().toString()));
    for (Map.Entry<String[], CoverageComparison> e : found) {
      CoverageComparison c = e.getValue();
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("element", study.name(c.placement().element()));
      r.put("first", e.getKey()[0]);
      r.put("firstShare", Format.percent(c.firstShare()));
      r.put("second", e.getKey()[1]);
      r.put("secondShare", Format.percent(c.secondShare()));
      r.put("difference", String.format(Locale.ROOT, "%+.0f points (95%% CI %+.0f to %+.0f)",
          100 * c.difference(), 100 * c.lower(), 100 * c.upper()));
      rows.add(r);
    }
    return rows;
  }

  /** A balance reading in the words the report uses for owners and rules alike. */
  enum Reading {
    GETS_MORE("gets more than they give"),
    IN_BALANCE("in balance"),
    GIVES_MORE("gives more than they get"),
    UNDECIDED("undecided"),
    CANNOT_SAY("cannot say: data missing"),
    DOES_NOT_APPLY("does not apply"),
    NOT_RECORDED("not recorded");

    final String words;

    Reading(String words) {
      this.words = words;
    }

    static Reading of(Assessment.Status status) {
      return switch (status) {
        case OUT_HEAVY -> GETS_MORE;
        case BALANCED -> IN_BALANCE;
        case IN_HEAVY -> GIVES_MORE;
        case INCOMPLETE -> CANNOT_SAY;
        case NOT_APPLICABLE -> DOES_NOT_APPLY;
      };
    }

    static Reading of(Optional<BalanceJudgement> judgement) {
      if (judgement.isEmpty()) {
        return NOT_RECORDED;
      }
      return switch (judgement.get().verdict()) {
        case OWNER_GETS_MORE -> GETS_MORE;
        case BALANCED -> IN_BALANCE;
        case OWNER_GIVES_MORE -> GIVES_MORE;
        case UNDECIDED -> UNDECIDED;
      };
    }

    String css() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private Map<String, Object> balance() {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("policy", study.policy.name());
    List<Map<String, Object>> rules = new ArrayList<>();
    for (BalanceRule rule : study.policy.rules()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("name", rule.name());
      r.put("explanation", ruleInWords(rule));
      List<Map<String, Object>> counts = new ArrayList<>();
      Map<Reading, Integer> byReading = new LinkedHashMap<>();
      int agrees = 0;
      int disagrees = 0;
      for (LedgerAssessment la : study.balance.ledgers()) {
        Optional<Assessment> a = la.assessment(rule.name());
        if (a.isEmpty()) {
          continue;
        }
        byReading.merge(Reading.of(a.get().status()), 1, Integer::sum);
        Agreement agreement = la.agreement(rule.name());
        agrees += agreement == Agreement.AGREES ? 1 : 0;
        disagrees += agreement == Agreement.DISAGREES ? 1 : 0;
      }
      for (Reading reading : List.of(Reading.GETS_MORE, Reading.IN_BALANCE, Reading.GIVES_MORE,
          Reading.CANNOT_SAY, Reading.DOES_NOT_APPLY)) {
        counts.add(Map.of("label", reading.words, "count", byReading.getOrDefault(reading, 0)));
      }
      r.put("counts", counts);
      r.put("agrees", agrees);
      r.put("disagrees", disagrees);
      rules.add(r);
    }
    b.put("rules", rules);
    Map<Reading, Integer> owners = new LinkedHashMap<>();
    for (LedgerAssessment la : study.balance.ledgers()) {
      owners.merge(Reading.of(la.judgement()), 1, Integer::sum);
    }
    b.put("owners", owners.entrySet().stream()
        .map(e -> e.getKey().words + " " + e.getValue()).collect(Collectors.joining(", ")));
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Map<String, Object>> unjudged = new ArrayList<>();
    for (LedgerAssessment la : study.balance.ledgers()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("ledger", ledgerName(la.ledger()));
      r.put("anchor", "ledger-" + la.ledger());
      Reading owner = Reading.of(la.judgement());
      r.put("owner", owner.words);
      r.put("ownerCss", owner.css());
      r.put("verdict", la.judgement().map(j -> j.verdict().name()).orElse(""));
      r.put("rationale", la.judgement().flatMap(BalanceJudgement::rationale).orElse(""));
      List<Map<String, Object>> cells = new ArrayList<>();
      for (Assessment a : la.assessments()) {
        Agreement agreement = la.agreement(a.rule());
        Map<String, Object> cell = new LinkedHashMap<>();
        Reading reading = Reading.of(a.status());
        cell.put("rule", a.rule());
        cell.put("reading", reading.words);
        cell.put("css", reading.css());
        cell.put("status", a.status().name());
        cell.put("explanation", a.explanation());
        cell.put("agreement", agreement == Agreement.AGREES ? "agrees with the owner"
            : agreement == Agreement.DISAGREES ? "differs from the owner" : "");
        cell.put("agreementCss", agreement.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        cells.add(cell);
      }
      r.put("assessments", cells);
      r.put("disagrees", !la.disagreements().isEmpty());
      (la.judgement().isPresent() ? rows : unjudged).add(r);
    }
    b.put("rows", rows);
    b.put("unjudged", unjudged);
    b.put("unjudgedCount", unjudged.size());
    b.put("hasUnjudged", !unjudged.isEmpty());
    b.put("judgedCount", rows.size());
    b.put("ruleNames", study.balance.rules());
    b.put("disagreements", study.balance.disagreements().size());
    return b;
  }

  /** What a built-in rule weighs, in a sentence; a custom rule is named with its parameters. */
  static String ruleInWords(BalanceRule rule) {
    if (rule instanceof WeightedRatioRule w) {
      return "Adds up the importance on each side and calls the ledger in balance while neither"
          + " total is more than " + Format.percent(w.tolerance()) + " above the other"
          + (w.defaultWeight().isPresent() ? "; an entry nobody weighed counts "
              + number(w.defaultWeight().getAsDouble()) : "; an entry nobody weighed makes it"
              + " 'cannot say'") + ".";
    }
    if (rule instanceof CountParityRule c) {
      return "Counts the entries on each side, ignoring importance, and calls the ledger in"
          + " balance while the counts differ by no more than " + c.maxDifference() + ".";
    }
    if (rule instanceof PairingCoverageRule) {
      return "Checks that what the subject gives (IN) is paired with something they get (OUT),"
          + " and the other way round; with no pairing recorded at all it cannot say.";
    }
    if (rule instanceof JudgementRule) {
      return "Reads the owner's own recorded verdict, so it can stand beside the computed"
          + " rules; a ledger without one is marked 'cannot say'.";
    }
    if (rule instanceof GapRule) {
      return "Compares a subject's CURRENT ledger with their DESIRED one.";
    }
    return rule.parameters().isEmpty() ? "A rule of the team's own."
        : "A rule of the team's own: " + rule.parameters().entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ".";
  }

  /** A ledger as a reader knows it: its subject, its view and its segments. */
  private String ledgerName(LedgerId id) {
    Ledger l = byId.get(id);
    if (l == null) {
      return id.toString();
    }
    return l.subject().label() + " \u00b7 " + l.view()
        + (l.subject().segments().isEmpty() ? "" : " \u00b7 "
            + String.join(", ", l.subject().segments()));
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
      c.put("judgement", l.judgement().map(j -> Reading.of(Optional.of(j)).words).orElse(""));
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
      m.put("evidence", e.evidence().stream().map(Report::evidence)
          .collect(Collectors.toList()));
      result.add(m);
    }
    return result;
  }

  /**
   * A piece of evidence as the report shows it: a quote in quote marks, anything else (a
   * researcher's observation, a survey answer, behavioural data) labelled with its kind and
   * never in quote marks, so nobody reads a researcher's note as a subject's words.
   */
  static Map<String, Object> evidence(Evidence e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("quote", e.kind() == Evidence.Kind.QUOTE);
    m.put("kind", evidenceKind(e.kind()));
    m.put("css", e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    m.put("text", e.text());
    m.put("source", e.source().orElse(""));
    return m;
  }

  static String evidenceKind(Evidence.Kind kind) {
    return switch (kind) {
      case QUOTE -> "Quote";
      case OBSERVATION -> "Researcher's observation";
      case SURVEY_ANSWER -> "Survey answer";
      case BEHAVIOURAL_DATA -> "Behavioural data";
      case OTHER -> "Note";
    };
  }

  /** Evidence in one line of text: quotes in quote marks, other kinds after their label. */
  static String evidenceLine(Evidence e) {
    return e.kind() == Evidence.Kind.QUOTE ? "\u201c" + e.text() + "\u201d"
        : evidenceKind(e.kind()) + ": " + e.text();
  }

  private Map<String, Object> proposal() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("share", Format.percent(Study.PROPOSAL_SHARE));
    p.put("reached", study.proposal.reachedLedgers());
    p.put("outOf", study.proposal.outOf());
    p.put("view", study.ledgersIn(View.CURRENT) > 0 ? "CURRENT" : "all");
    p.put("method", study.proposal.method().name().toLowerCase(Locale.ROOT));
    p.put("picks", study.proposal.picks().stream().map(pick -> Map.<String, Object>of(
        "name", study.name(pick.element()), "ledgers", pick.ledgers(),
        "newLedgers", pick.newLedgers(), "reached", pick.reachedLedgers()))
        .collect(Collectors.toList()));
    return p;
  }

  private Map<String, Object> plan(ValueCreationPlan plan, boolean bundled) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("title", plan.title());
    p.put("id", bundled ? "bundled-plan" : "draft-plan");
    p.put("label", bundled ? "The sample's own plan, as its team wrote it, with "
        + plan.reviews().size() + " reviews applied"
        : "Drafted by valuex from this study's summary set, for the team to complete");
    p.put("rows", planRows(plan));
    p.put("complete", plan.rows().stream().filter(PlanRow::isComplete).count());
    p.put("rowCount", plan.rows().size());
    return p;
  }

  private List<Map<String, Object>> planRows(ValueCreationPlan plan) {
    PlanStatus status = plan.status();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (PlanRow row : plan.rows()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("name", study.name(row.element()));
      r.put("side", row.side() == Side.OUT ? "value sought (OUT)" : "value given (IN)");
      r.put("sentence", row.sentence().orElse(""));
      r.put("sources", "");
      if (!row.sourceLedgers().isEmpty()) {
        long current = row.sourceLedgers().stream().map(byId::get).filter(Objects::nonNull)
            .filter(l -> l.view() == View.CURRENT).count();
        r.put("sources", "Drawn from " + row.sourceLedgers().size() + " ledgers (" + current
            + " CURRENT, " + (row.sourceLedgers().size() - current) + " DESIRED) and "
            + row.evidence().size() + " pieces of evidence.");
      }
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
      r.put("hasMeasures", !measures.isEmpty());
      r.put("gaps", row.gaps().stream().map(Gap::explanation).collect(Collectors.toList()));
      r.put("hasGaps", !row.gaps().isEmpty());
      r.put("state", status.row(row.element(), row.side())
          .map(s -> s.state().name().replace('_', ' ').toLowerCase(Locale.ROOT)).orElse(""));
      rows.add(r);
    }
    return rows;
  }

  private String planComparison() {
    Set<String> draft = study.draft.rows().stream().map(r -> study.name(r.element()))
        .collect(Collectors.toCollection(LinkedHashSet::new));
    Set<String> bundled = study.plan.rows().stream().map(r -> study.name(r.element()))
        .collect(Collectors.toCollection(LinkedHashSet::new));
    List<String> both = draft.stream().filter(bundled::contains).collect(Collectors.toList());
    List<String> onlyDraft = draft.stream().filter(e -> !bundled.contains(e))
        .collect(Collectors.toList());
    List<String> onlyBundled = bundled.stream().filter(e -> !draft.contains(e))
        .collect(Collectors.toList());
    return "In both plans: " + listOrNone(both) + ". Only in the draft: " + listOrNone(onlyDraft)
        + ". Only in the sample's own plan: " + listOrNone(onlyBundled) + ".";
  }

  private static String listOrNone(List<String> names) {
    return names.isEmpty() ? "none" : String.join(", ", names);
  }

  private Map<String, Object> progressChart() {
    PlanStatus status = study.plan.status();
    List<ReportCharts.Group> groups = new ArrayList<>();
    List<String> alt = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (MeasureStatus ms : status.measures()) {
      if (ms.latest().isEmpty()) {
        continue;
      }
      Achievement a = ms.latest().get();
      double pct = Double.isFinite(a.percentage()) ? a.percentage() : 150;
      String value = String.format(Locale.ROOT, "%.0f%%", pct) + (a.met() ? " met" : "");
      groups.add(new ReportCharts.Group(ms.measure().name(), List.of(new ReportCharts.Bar(
          pct / 100, value, a.met() ? MET_COLOUR : NOT_MET_COLOUR,
          ms.measure().name() + ": " + a.inWords()))));
      alt.add(ms.measure().name() + " " + String.format(Locale.ROOT, "%.0f%%", pct)
          + (a.met() ? " (met)" : " (not met)"));
      rows.add(List.of(ms.measure().name(), String.format(Locale.ROOT, "%.1f%%", pct),
          a.met() ? "met" : "not met"));
    }
    if (groups.isEmpty()) {
      return null;
    }
    String title = "Measures of the sample's own plan: percentage achieved at the latest review";
    ReportCharts.Axis axis = new ReportCharts.Axis(1.5, List.of(0.0, 0.5, 1.0, 1.5),
        Format::percent, "percentage achieved", 1.0);
    List<Map<String, Object>> legend = List.of(
        legend(MET_COLOUR, "bar", "met: at or past the minimum value sought"),
        legend(NOT_MET_COLOUR, "bar", "not met yet"),
        legend("", "line", "dashed line: 100%, the minimum value sought"));
    return chart("progress-chart", title, "Values past 150% are drawn at 150%.", legend,
        ReportCharts.barChart("progress-chart", title, "Percentage achieved at the latest"
            + " review, 100% is the minimum value sought: " + String.join("; ", alt), groups,
            axis), false, List.of("Measure", "Achieved", "Met"), rows);
  }

  private Map<String, Object> program() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("name", study.program.scope().name());
    p.put("benefits", priorities(study.program.prioritisedBenefits()));
    p.put("contributions", priorities(study.program.prioritisedContributions()));
    List<Map<String, Object>> findings = new ArrayList<>();
    for (Finding f : study.program.findings()) {
      findings.add(Map.of("kind", f.kind().name().replace('_', ' ').toLowerCase(Locale.ROOT),
          "explanation", study.findingInWords(f)));
    }
    p.put("findings", findings);
    return p;
  }

  private List<Map<String, Object>> priorities(List<Priority> priorities) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Priority pr : priorities) {
      Map<String, Object> r = new LinkedHashMap<>();
      Optional<ElementId> element;
      String description;
      String purpose = "";
      List<String> paired = new ArrayList<>();
      if (pr.side() == Side.OUT) {
        Benefit b = study.program.benefit(pr.id()).orElseThrow();
        description = b.description();
        element = b.element();
        for (ExchangePairing pairing : study.program.pairings()) {
          if (pairing.benefit().equals(pr.id())) {
            study.program.contribution(pairing.contribution())
                .ifPresent(c -> paired.add(c.description()));
          }
        }
      } else {
        Contribution c = study.program.contribution(pr.id()).orElseThrow();
        description = c.description();
        element = c.element();
        purpose = c.personalData() ? c.purpose().map(t -> "Purpose: " + t)
            .orElse("Personal data with no stated purpose") : "";
        for (ExchangePairing pairing : study.program.pairings()) {
          if (pairing.contribution().equals(pr.id())) {
            study.program.benefit(pairing.benefit()).ifPresent(b -> paired.add(b.description()));
          }
        }
      }
      r.put("description", description);
      r.put("element", element.map(study::name).orElse("no card"));
      r.put("purpose", purpose);
      r.put("paired", paired.isEmpty() ? "nothing" : String.join("; ", paired));
      r.put("unpaired", paired.isEmpty());
      r.put("value", pr.value());
      r.put("feasibility", pr.feasibility());
      r.put("quadrant", pr.quadrant().name().replace('_', ' ').toLowerCase(Locale.ROOT));
      rows.add(r);
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
            .map(o -> item(evidenceLine(o.evidence()), false))
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
