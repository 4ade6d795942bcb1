package dev.valuex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.catalog.Catalog;
import dev.valuex.core.Ledger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job end to end: {@code valuex demo} on the sample study, and its HTML report. */
class DemoTest {
  @TempDir static Path tmp;
  static CliRun run;
  static Document report;

  @BeforeAll
  static void runDemo() throws Exception {
    run = CliRun.of("demo", "--out", tmp.toString());
    report = Jsoup.parse(Files.readString(tmp.resolve("report.html")));
  }

  @Test
  void demoWalksThroughEveryStepOfTheMethod() {
    assertEquals(0, run.code, run::toString);
    for (String step : List.of("1. Imported the coding sheet: 409 statements into 50 ledgers",
        "2. Balance by the declared policy", "3. Patterns:", "4. Summary set proposed",
        "5. Plan drafted from the proposal", "6. Program exchange 'Pedal Points'", "Report: ")) {
      assertTrue(run.out.contains(step), () -> "missing '" + step + "' in\n" + run);
    }
  }

  @Test
  void demoFlagsThePersonalDataAskedForWithoutPurpose() {
    assertTrue(run.out.contains("PERSONAL_DATA_WITHOUT_PURPOSE: personal data \u201cGive the app"
        + " access to your phone contacts to invite friends\u201d (PERSONAL DATA) is asked for"
        + " with no stated purpose"), run::toString);
  }

  @Test
  void demoNamesProgramItemsByTheirDescriptionNeverByTheirId() {
    String findings = run.out.substring(run.out.indexOf("6. Program exchange"));
    assertFalse(findings.matches("(?s).*'[bc]\\d+'.*"), findings);
  }

  @Test
  void reportHasEverySection() {
    for (String id : List.of("coverage", "cooccurrence", "segments", "balance", "summary-set",
        "plan", "program", "journey", "ledgers")) {
      assertFalse(report.select("section#" + id).isEmpty(), "section " + id);
    }
  }

  @Test
  void reportDrawsOneSvgPerChartEachWithATextAlternative() {
    List<String> charts = report.select("svg").eachAttr("id");
    assertEquals(List.of("coverage-out", "coverage-in", "heatmap", "segment-chart",
        "progress-chart"), charts);
    for (Element svg : report.select("svg")) {
      assertEquals("img", svg.attr("role"));
      assertFalse(svg.select("title").first().text().isBlank());
      assertFalse(svg.select("desc").first().text().isBlank());
    }
  }

  @Test
  void reportNeedsNothingFromOutside() {
    assertTrue(report.select("script[src], link, img[src^=http], iframe").isEmpty());
    for (Element e : report.getAllElements()) {
      for (org.jsoup.nodes.Attribute a : e.attributes()) {
        assertFalse(a.getValue().matches("(?i)\\s*(https?:)?//.*"),
            () -> "external reference " + a + " on " + e.tagName());
      }
    }
  }

  @Test
  void reportShowsEverySampleLedgerWithBothSides() {
    List<Ledger> ledgers = SampleStudy.load(Catalog.defaults()).ledgers;
    assertEquals(50, ledgers.size());
    for (Ledger l : ledgers) {
      Element card = report.getElementById("ledger-" + l.id());
      assertTrue(card != null, () -> "no card for " + l.id());
      assertEquals(l.in().size() + l.out().size(), card.select("li").size(), l.id()::toString);
    }
  }

  @Test
  void reportTableHasTheMethodsThreeColumnsAndEveryPlanRow() {
    Element plan = report.select("section#plan table.plan-table").get(1);
    assertEquals(List.of("Value to create", "How value is created and captured",
        "How value is measured", "Status"), plan.select("thead th").eachText());
    assertEquals(4, plan.select("tbody tr").size());
  }

  @Test
  void jsonOutputCarriesTheSameFindings() throws Exception {
    CliRun json = CliRun.of("demo", "--out", tmp.resolve("j").toString(), "--format", "json");
    assertEquals(0, json.code, json::toString);
    var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out);
    assertEquals(50, node.get("ledgers").asInt());
    assertEquals(2, node.get("planReviews").size());
  }
}
