package dev.valuex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.catalog.Catalog;
import dev.valuex.core.BalanceJudgement;
import dev.valuex.core.Evidence;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.View;
import dev.valuex.core.analysis.Association;
import dev.valuex.core.analysis.Placement;
import dev.valuex.core.analysis.ProposedElement;
import dev.valuex.core.balance.Assessment;
import dev.valuex.planning.PlanRow;
import dev.valuex.planning.program.Benefit;
import dev.valuex.planning.program.Contribution;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the sample study's HTML report says, and how it names and counts things. */
class ReportTest {
  static Study study;
  static Document report;

  @BeforeAll
  static void render() {
    study = Study.ofSample(Catalog.defaults());
    report = Jsoup.parse(new Report(study).render());
  }

  @Test
  void theContentsListEverySectionAndEachEntryLeadsToOne() {
    List<String> sections = report.select("body > section[id]").eachAttr("id");
    List<String> entries = report.select("nav.contents a").eachAttr("href").stream()
        .map(h -> h.substring(1)).toList();
    assertEquals(sections, entries);
    assertTrue(sections.size() >= 9, sections::toString);
  }

  @Test
  void thePlanSectionShowsTheDraftedPlanBesideTheBundledOneEachLabelled() {
    Element plan = report.selectFirst("section#plan");
    List<Element> tables = plan.select("table.plan-table");
    assertEquals(2, tables.size());
    Element draft = plan.getElementById("draft-plan");
    assertNotNull(draft);
    assertTrue(draft.nextElementSibling().text().startsWith("Drafted by valuex from this study's"
        + " summary set"), draft.nextElementSibling()::text);
    List<String> picks = study.proposal.picks().stream().map(ProposedElement::element)
        .map(study::name).toList();
    assertEquals(picks, tables.get(0).select("tbody tr td:first-child strong").eachText());
    Element bundled = plan.getElementById("bundled-plan");
    assertEquals(study.plan.title(), bundled.text());
    assertTrue(bundled.nextElementSibling().text().startsWith("The sample's own plan"));
    assertEquals(study.plan.rows().stream().map(PlanRow::element).map(study::name).toList(),
        tables.get(1).select("tbody tr td:first-child strong").eachText());
  }

  @Test
  void noElementIsNamedByItsIdAnywhereOnThePage() {
    String text = report.body().text();
    Set<String> ids = study.ledgers.stream().flatMap(l -> l.entries().stream())
        .map(e -> e.element().toString()).collect(Collectors.toSet());
    study.plan.rows().forEach(r -> ids.add(r.element().toString()));
    for (String id : ids) {
      assertFalse(text.contains(id), () -> "the page names " + id + " by its id");
    }
  }

  @Test
  void programItemsAreNamedByTheirDescriptionAndElementNeverByTheirId() {
    Element program = report.selectFirst("section#program");
    String text = program.text();
    for (Benefit b : study.program.benefits()) {
      assertTrue(text.contains(b.description()), b::description);
      assertFalse(text.contains("'" + b.id() + "'"), b::id);
    }
    for (Contribution c : study.program.contributions()) {
      assertTrue(text.contains(c.description()), c::description);
      assertFalse(text.contains("'" + c.id() + "'"), c::id);
    }
    Contribution c4 = study.program.contribution("c4").orElseThrow();
    assertTrue(program.select("ul.findings li").eachText().stream().anyMatch(f -> f.contains(
        "personal data \u201c" + c4.description() + "\u201d (" + study.name(
            c4.element().orElseThrow()) + ") is asked for with no stated purpose")),
        program.select("ul.findings")::text);
    List<String> elements = program.select("table").get(0).select("td[data-label=Value element]")
        .eachText();
    assertTrue(elements.contains("SAVINGS"), elements::toString);
  }

  @Test
  void textAlternativesAreAccessibleDescriptionsNotVisibleText() {
    assertFalse(report.body().text().contains("Text alternative"));
    for (Element svg : report.select("svg.chart-svg")) {
      Element desc = report.getElementById(svg.attr("aria-describedby"));
      assertNotNull(desc, svg.id());
      assertEquals("desc", desc.tagName());
      assertFalse(desc.text().isBlank(), svg.id());
      Element figure = svg.closest("figure");
      assertFalse(figure.selectFirst("figcaption .chart-title").text().isBlank(), svg.id());
      assertFalse(figure.select("ul.legend li").isEmpty(), svg.id());
      assertFalse(figure.selectFirst("details.chart-data").hasAttr("open"), svg.id());
    }
  }

  @Test
  void observationsAreLabelledAsSuchAndNeverPutInQuoteMarks() {
    int seen = 0;
    for (Ledger l : study.ledgers) {
      Element card = report.getElementById("ledger-" + l.id());
      for (LedgerEntry e : l.entries()) {
        for (Evidence ev : e.evidence()) {
          if (ev.kind() == Evidence.Kind.OBSERVATION) {
            seen++;
            Element shown = card.select(".evidence.observation").stream()
                .filter(x -> x.text().contains(ev.text())).findFirst().orElse(null);
            assertNotNull(shown, ev::text);
            assertTrue(shown.text().startsWith("Researcher's observation: " + ev.text()),
                shown::text);
            assertFalse(shown.text().contains("\u201c" + ev.text()), shown::text);
          }
        }
      }
      assertTrue(card.select("blockquote.quote").stream().allMatch(q -> q.text()
          .startsWith("\u201c")));
    }
    assertEquals(8, seen);
  }

  @Test
  void coverageCountsCurrentAndDesiredApartAndAgreesWithTheSummarySet() {
    Element chart = report.getElementById("coverage-out");
    List<String> legend = chart.closest("figure").select("ul.legend li").eachText();
    assertEquals("CURRENT: 40 ledgers, the exchange as it is", legend.get(0));
    assertEquals("DESIRED: 10 ledgers, as the subject wants it", legend.get(1));
    List<String> rows = chart.closest("figure").select("details tbody tr").eachText();
    for (ProposedElement pick : study.proposal.picks()) {
      String name = study.name(pick.element());
      long desired = study.summary.coverage(Placement.of(pick.element(), dev.valuex.core.Side.OUT),
          dev.valuex.core.analysis.Slice.ofView(View.DESIRED)).ledgers();
      assertTrue(rows.stream().anyMatch(r -> r.startsWith(name + " ")
              && r.contains("(" + pick.ledgers() + " of 40)")
              && r.contains("(" + desired + " of 10)")),
          () -> name + " " + pick.ledgers() + " in " + rows);
      Element row = report.select("section#summary-set tbody tr").stream()
          .filter(r -> r.child(0).text().equals(name)).findFirst().orElseThrow();
      assertEquals(String.valueOf(pick.ledgers()), row.child(1).text());
    }
  }

  @Test
  void theHeatMapShowsItsCountsAColourScaleAndThePairsTheCommandLineRanksFirst() {
    Element heatmap = report.getElementById("heatmap");
    Element figure = heatmap.closest("figure");
    assertNotNull(figure.selectFirst("ul.legend .gradient"));
    assertFalse(heatmap.select("text.count").isEmpty());
    List<String> labels = heatmap.select("text[text-anchor=end]").eachText();
    List<Association> strongest = study.strongestAssociations(3);
    assertEquals(3, strongest.size());
    List<String> framed = heatmap.select("rect.strongest title").eachText();
    for (Association a : strongest) {
      String first = study.name(a.antecedent().element()) + " \u00b7 " + a.antecedent().side();
      String second = study.name(a.consequent().element()) + " \u00b7 " + a.consequent().side();
      assertTrue(labels.contains(first) && labels.contains(second), labels::toString);
      long together = study.summary.together(a.antecedent(), a.consequent(),
          dev.valuex.core.analysis.Slice.all());
      assertTrue(framed.contains(first + " with " + second + ": " + together + " ledgers"),
          framed::toString);
    }
    List<String> pairs = report.select("section#cooccurrence table.pairs tbody tr").eachText();
    assertEquals(3, pairs.size());
  }

  @Test
  void barChartsHaveAnAxisAndAValueBesideEveryBar() {
    for (String id : List.of("coverage-out", "coverage-in", "segment-chart", "progress-chart")) {
      Element svg = report.getElementById(id);
      assertFalse(svg.select("line.axis").isEmpty(), id);
      assertTrue(svg.select("text.tick").eachText().contains("100%"), id);
      assertEquals(svg.select("rect").size(), svg.select("text.value").size(), id);
    }
  }

  @Test
  void measureLabelsAreWholeInTheProgressChart() {
    Element svg = report.getElementById("progress-chart");
    String labels = String.join(" ", svg.select("text.label").eachText());
    for (var row : study.plan.rows()) {
      for (var m : row.measures()) {
        assertTrue(labels.contains(m.name()), () -> m.name() + " in " + labels);
      }
    }
    assertFalse(labels.contains("\u2026"));
  }

  @Test
  void ownersAndRulesAreReadInOneVocabulary() {
    for (Element row : report.select("section#balance table.balance-ledgers tbody tr")) {
      String owner = row.selectFirst("td[data-label=Owner says] .reading").text();
      assertTrue(Set.of("gets more than they give", "in balance", "gives more than they get",
          "undecided", "not recorded").contains(owner), owner);
      for (Element cell : row.select("td").subList(2, row.select("td").size())) {
        String reading = cell.selectFirst(".reading").text();
        assertTrue(Set.of("gets more than they give", "in balance", "gives more than they get",
            "cannot say: data missing", "does not apply").contains(reading), reading);
      }
    }
    Ledger judged = study.ledgers.stream().filter(l -> l.judgement().map(
        j -> j.verdict() == BalanceJudgement.Verdict.OWNER_GETS_MORE).orElse(false))
        .findFirst().orElseThrow();
    Element row = report.select("section#balance tbody tr").stream()
        .filter(r -> r.select("a[href=#ledger-" + judged.id() + "]").size() == 1)
        .findFirst().orElseThrow();
    assertEquals("gets more than they give",
        row.selectFirst("td[data-label=Owner says] .reading").text());
    assertEquals(study.balance.ledgers().stream().filter(la -> la.ledger().equals(judged.id()))
        .findFirst().orElseThrow().assessments().stream()
        .map(a -> a.status() == Assessment.Status.OUT_HEAVY ? "agrees with the owner"
            : a.status() == Assessment.Status.INCOMPLETE
                || a.status() == Assessment.Status.NOT_APPLICABLE ? "" : "differs from the owner")
        .toList(),
        row.select("td").subList(2, row.select("td").size()).stream()
            .map(c -> c.select(".agreement").text()).toList());
  }
}
