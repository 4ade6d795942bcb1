package dev.valuex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.catalog.Catalog;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.Side;
import dev.valuex.core.View;
import dev.valuex.planning.Offering;
import dev.valuex.planning.ValueProposition;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report's proposition-fit section on the sample study, checked against counts made here. */
class PropositionReportTest {
  static Study study;
  static ValueProposition proposition;
  static Element section;

  @BeforeAll
  static void render() {
    study = Study.ofSample(Catalog.defaults());
    proposition = PropositionSection.sampleProposition(study);
    section = Jsoup.parse(new Report(study).render()).selectFirst("section#proposition");
  }

  @Test
  void headsTheSectionWithTheSampleProposition() {
    assertEquals("Proposition fit: Pedal Commons, spring 2026", section.selectFirst("h2").text());
    assertTrue(section.selectFirst("p.meta").text().startsWith(
        "7 offerings fitted to the 40 CURRENT ledgers."), section::text);
  }

  @Test
  void theServedShareIsTheSoughtEntriesThatSomeOfferingCreates() {
    // Counted here from the ledgers: OUT entries of CURRENT ledgers, and those whose element
    // some offering creates. Each entry is one ledger seeking one element.
    Set<ElementId> created = new HashSet<>();
    proposition.offerings().forEach(o -> created.addAll(o.creates()));
    long sought = 0;
    long served = 0;
    for (Ledger l : current()) {
      for (LedgerEntry e : l.out()) {
        sought++;
        served += created.contains(e.element()) ? 1 : 0;
      }
    }
    String expected = String.format(Locale.ROOT, "%.0f%%", 100.0 * served / sought);
    List<String> overall = section.select("table").get(0).select("tbody tr").get(0)
        .select("td").eachText();
    assertEquals("all CURRENT ledgers", overall.get(0));
    assertEquals("40", overall.get(1));
    assertEquals(expected, overall.get(2));
    assertEquals("Cargo bike hire", overall.get(4));
  }

  @Test
  void reliabilityIsSoughtByEveryCommuterAndServedByNothing() {
    ElementId reliability = ElementId.parse("customer.reliability");
    long seeking = current().stream()
        .filter(l -> l.entry(reliability, Side.OUT).isPresent()).count();
    List<String> row = section.select("table").get(1).select("tbody tr").stream()
        .map(r -> r.select("td").eachText()).filter(r -> r.get(0).equals("RELIABILITY"))
        .findFirst().orElseThrow();
    assertEquals(List.of("RELIABILITY", String.valueOf(seeking),
        String.format(Locale.ROOT, "%.0f%%", 100.0 * seeking / 40), "nothing"), row);
    long commuters = current().stream().filter(l -> l.subject().segments().contains("commuter"))
        .count();
    List<String> commuterRow = section.select("table").get(0).select("tbody tr").stream()
        .map(r -> r.select("td").eachText()).filter(r -> r.get(0).equals("segment commuter"))
        .findFirst().orElseThrow();
    assertTrue(commuterRow.get(3).startsWith("RELIABILITY " + commuters), commuterRow::toString);
    assertTrue(commuterRow.get(3).endsWith(" more"), commuterRow::toString);
  }

  @Test
  void seedsOnePlanRowPerUnservedElementMostSoughtFirst() {
    // unserved rows of the sought table whose share is at least 10% (4 of 40 ledgers)
    long unserved = section.select("table").get(1).select("tbody tr.unserved").stream()
        .filter(r -> Integer.parseInt(r.select("td").get(1).text()) >= 4).count();
    List<String> rows = section.select("ol li").eachText();
    assertEquals(unserved, rows.size());
    assertTrue(rows.get(0).startsWith("RELIABILITY ("), rows::toString);
    assertTrue(section.text().contains(rows.size() + " plan rows drafted"), section::text);
  }

  @Test
  void namesTheCostsThePassesRelieve() {
    String relieved = section.select("p").stream().map(Element::text)
        .filter(t -> t.startsWith("Costs riders give")).findFirst().orElseThrow();
    Offering monthly = proposition.offering("Monthly pass and annual plan").orElseThrow();
    assertEquals(Set.of(ElementId.parse("customer.money")), monthly.relieves());
    long giving = current().stream()
        .filter(l -> l.entry(ElementId.parse("customer.money"), Side.IN).isPresent()).count();
    assertTrue(relieved.contains("MONEY (" + giving + " ledgers; Monthly pass and annual plan,"
        + " Student pass)"), relieved);
  }

  private static List<Ledger> current() {
    return study.ledgers.stream().filter(l -> l.view() == View.CURRENT).toList();
  }
}
