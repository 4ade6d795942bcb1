package dev.valuex.cli;

import dev.valuex.core.ElementId;
import dev.valuex.core.Side;
import dev.valuex.core.ValueElement;
import dev.valuex.core.View;
import dev.valuex.core.journey.GapFinding;
import dev.valuex.core.journey.Stage;
import dev.valuex.core.analysis.PatternAnalysis;
import dev.valuex.interchange.AnalysisDocument;
import dev.valuex.planning.MeasureStatus;
import dev.valuex.planning.PlanStatus;
import dev.valuex.planning.RowStatus;
import dev.valuex.planning.program.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** What the commands share: option parsing and the JSON shapes of their results. */
final class Commands {
  /** The format token of {@code valuex demo --format json}. */
  static final String DEMO_FORMAT = "valuex.demo/1";
  /** The demo's analysis: top elements per side and slice, as its text shows them. */
  static final int DEMO_TOP = 5;
  /** The demo's analysis: the strongest pairs listed. */
  static final int DEMO_PAIRS = 10;
  /** The demo's analysis: the least number of ledgers a listed pair is seen together in. */
  static final int DEMO_MIN_TOGETHER = 5;

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

  /**
   * Names an element the way every valuex document does: its id under {@code "element"}, its
   * card name under {@code "card"}.
   */
  static void element(Map<String, Object> m, ElementId id, Function<ElementId, String> cards) {
    m.put("element", id.toString());
    m.put("card", cards.apply(id));
  }

  /**
   * One card as {@code valuex catalog list} prints it: {@code element}, {@code card}, then the
   * card's words, perspective and category, its typical side when it has one, keywords and
   * examples.
   */
  static Map<String, Object> cardJson(ValueElement e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("element", e.id().toString());
    m.put("card", e.name());
    m.put("short_phrase", e.shortPhrase());
    m.put("sentence", e.sentence());
    m.put("perspective", token(e.perspective()));
    m.put("category", e.category());
    e.typicalSide().ifPresent(s -> m.put("typical_side", token(s)));
    m.put("keywords", List.copyOf(e.keywords()));
    m.put("example_statements", e.exampleStatements());
    m.put("example_measures", e.exampleMeasures());
    return m;
  }

  /**
   * A plan's status as {@code valuex.plan-status/1} and {@code valuex.demo/1} write it: the
   * date of the latest review when there is one, each row's state and each measure's latest
   * achievement and trend.
   */
  static Map<String, Object> planStatusJson(PlanStatus status, Function<ElementId, String> cards) {
    Map<String, Object> m = new LinkedHashMap<>();
    status.asOf().ifPresent(d -> m.put("as_of", d.toString()));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (RowStatus r : status.rows()) {
      Map<String, Object> row = new LinkedHashMap<>();
      element(row, r.element(), cards);
      row.put("side", token(r.side()));
      row.put("state", token(r.state()));
      row.put("explanation", r.explanation());
      rows.add(row);
    }
    m.put("rows", rows);
    List<Map<String, Object>> measures = new ArrayList<>();
    for (MeasureStatus ms : status.measures()) {
      Map<String, Object> mm = new LinkedHashMap<>();
      mm.put("measure", ms.measure().name());
      element(mm, ms.element(), cards);
      mm.put("side", token(ms.side()));
      mm.put("target", ms.measure().target());
      mm.put("unit", ms.measure().unit());
      mm.put("trend", token(ms.trend()));
      ms.latest().ifPresent(a -> {
        mm.put("actual", a.actual());
        mm.put("percent_achieved", a.percentage());
        mm.put("met", a.met());
      });
      measures.add(mm);
    }
    m.put("measures", measures);
    return m;
  }

  /**
   * The {@code valuex.demo/1} document: the sample study's counts, its balance assessment (a
   * {@code valuex.assessment/1} document), its patterns (a {@code valuex.analysis/1} document
   * with the journey), the plan's status after each review (a {@code valuex.plan-status/1}
   * document each) and the program's findings.
   */
  static Map<String, Object> studyJson(Study s, String report) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", DEMO_FORMAT);
    m.put("report", report);
    m.put("ledgers", s.ledgers.size());
    m.put("current_ledgers", s.ledgersIn(View.CURRENT));
    m.put("desired_ledgers", s.ledgersIn(View.DESIRED));
    m.put("statements", s.statements());
    m.put("segments", s.segments);
    m.put("assessment", AssessCommand.json(s.policy, s.ledgers, s.balance, false));
    PatternAnalysis.Counts counts = PatternAnalysis.counts(Optional.empty());
    s.ledgers.forEach(counts::add);
    Map<String, Object> analysis = AnalysisDocument.of(counts.analysis(
        PatternAnalysis.Breakdown.SEGMENT, DEMO_TOP, DEMO_PAIRS, DEMO_MIN_TOGETHER, s.names()));
    s.journey.ifPresent(j -> analysis.put("journey", journeyJson(j, s.names())));
    m.put("analysis", analysis);
    List<Map<String, Object>> reviews = new ArrayList<>();
    for (int i = 0; i < s.statusAfterEachReview.size(); i++) {
      reviews.add(PlanCommand.Status.json(s.plan, i + 1, s.statusAfterEachReview.get(i),
          s.plan.completeness(), s.names()));
    }
    m.put("plan_reviews", reviews);
    Map<String, Object> program = new LinkedHashMap<>();
    program.put("scope", s.program.scope().name());
    List<Map<String, Object>> findings = new ArrayList<>();
    for (Finding f : s.program.findings()) {
      Map<String, Object> fm = new LinkedHashMap<>();
      fm.put("kind", token(f.kind()));
      fm.put("about", f.about());
      fm.put("explanation", s.findingInWords(f));
      findings.add(fm);
    }
    program.put("findings", findings);
    m.put("program", program);
    return m;
  }

  /**
   * A journey over ledgers as the {@code journey} of a {@code valuex.analysis/1} document: per
   * stage, in journey order, its phase, the elements sought (OUT) and given (IN) there with
   * ledger counts (most first, then by id) and the obstacles in evidence there; then every gap.
   */
  static Map<String, Object> journeyJson(JourneyStudy j, Function<ElementId, String> cards) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("journey", j.journey.name());
    m.put("model", j.journey.model().name());
    List<Map<String, Object>> stages = new ArrayList<>();
    for (Stage st : j.journey.model().stages()) {
      Map<String, Object> sm = new LinkedHashMap<>();
      sm.put("stage", st.name());
      sm.put("phase", token(st.phase()));
      for (Side side : new Side[] {Side.OUT, Side.IN}) {
        List<Map<String, Object>> counts = new ArrayList<>();
        j.breakdown.elementsAt(st.name(), side).entrySet().stream()
            .sorted(Map.Entry.<ElementId, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey()))
            .forEach(e -> {
              Map<String, Object> c = new LinkedHashMap<>();
              element(c, e.getKey(), cards);
              c.put("ledgers", e.getValue());
              counts.add(c);
            });
        sm.put(side == Side.OUT ? "sought" : "given", counts);
      }
      sm.put("obstacles", j.obstacles.stream().filter(o -> o.stage().equals(st.name())).count());
      stages.add(sm);
    }
    m.put("stages", stages);
    List<Map<String, Object>> gaps = new ArrayList<>();
    for (GapFinding g : j.gaps) {
      Map<String, Object> gm = new LinkedHashMap<>();
      gm.put("kind", token(g.kind()));
      gm.put("stages", g.stages());
      gm.put("explanation", g.explanation());
      gaps.add(gm);
    }
    m.put("gaps", gaps);
    return m;
  }
}
