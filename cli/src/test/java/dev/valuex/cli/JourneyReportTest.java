package dev.valuex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.catalog.Catalog;
import dev.valuex.core.ElementId;
import dev.valuex.core.Side;
import dev.valuex.core.journey.GapFinding;
import dev.valuex.core.journey.StageTags;
import dev.valuex.interchange.ValuexJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journey section of the report and the journey options of {@code demo} and {@code analyze}. */
class JourneyReportTest {
  static final Path SAMPLE = Path.of("src/main/resources/dev/valuex/cli/sample");
  static final Path SHEET = SAMPLE.resolve("coding-sheet.csv");
  static final Path JOURNEY = SAMPLE.resolve("journey.json");

  @TempDir static Path tmp;
  static Study study;
  static JourneyStudy journey;
  static Element section;

  @BeforeAll
  static void render() {
    study = Study.ofSample(Catalog.defaults());
    journey = study.journey.orElseThrow();
    Document report = Jsoup.parse(new Report(study).render());
    section = report.selectFirst("section#journey");
  }

  @Test
  void stagesAreColumnsInJourneyOrderUnderTheirPhase() {
    assertEquals(List.of("Discover", "Compare", "Join", "Ride", "Get help", "Renew"),
        section.select("thead tr").get(1).select("th").eachText().stream()
            .map(t -> t.replace(" \u26a0", "")).toList());
    List<Element> phases = section.select("thead tr").get(0).select("th[colspan]");
    assertEquals("Before purchase: barriers to consumption", phases.get(0).text());
    assertEquals("3", phases.get(0).attr("colspan"));
    assertEquals("After purchase: hurdles to satisfaction", phases.get(1).text());
    assertEquals("3", phases.get(1).attr("colspan"));
  }

  @Test
  void theSampleHasAGapOfEachKindItsDataNaturallyHas() {
    List<GapFinding.Kind> kinds = journey.gaps.stream().map(GapFinding::kind).distinct().toList();
    assertEquals(List.of(GapFinding.Kind.MISSING_HAND_OFF, GapFinding.Kind.UNOWNED_TOUCHPOINT,
        GapFinding.Kind.UNSERVED_OBSTACLE), kinds);
  }

  @Test
  void everyGapIsListedWithItsExplanationAndItsStagesAreMarked() {
    List<String> listed = section.select("ul.gaps li.gap-finding").eachText();
    assertEquals(journey.gaps.size(), listed.size());
    for (int i = 0; i < listed.size(); i++) {
      GapFinding g = journey.gaps.get(i);
      assertTrue(listed.get(i).startsWith(Report.gapKind(g.kind())), listed.get(i));
      assertTrue(listed.get(i).endsWith(g.explanation()), listed.get(i));
    }
    assertTrue(listed.get(0).contains("Stage Get help is owned by Customer Care and stage Renew"
        + " by Billing"), listed.get(0));
    assertEquals(List.of("Compare \u26a0", "Get help \u26a0", "Renew \u26a0"),
        section.select("thead th.gap").eachText());
  }

  @Test
  void anUnownedTouchpointAndAStageWithoutTouchpointsAreFlagged() {
    List<String> flagged = section.select("li.flagged").eachText();
    assertTrue(flagged.stream().anyMatch(t -> t.startsWith("dock-price-panel (dock)")
        && t.endsWith("no owner")), flagged::toString);
    assertTrue(flagged.contains("no touchpoint"), flagged::toString);
  }

  @Test
  void elementsSoughtAtAStageShowTheirLedgerCountsFromTheBreakdown() {
    ElementId savings = ElementId.parse("customer.savings");
    long count = journey.breakdown.count("Compare", Side.OUT, savings);
    assertTrue(count > 0);
    Element row = section.select("tbody tr").stream()
        .filter(r -> r.selectFirst("th").text().equals("Value sought (OUT)")).findFirst()
        .orElseThrow();
    assertEquals(List.of(study.name(savings) + " (" + count + ")"),
        row.select("td").get(1).select("li").eachText());
  }

  @Test
  void obstaclesComeOnlyFromCostsOnTheInSideAtTaggedStages() {
    assertFalse(journey.obstacles.isEmpty());
    assertTrue(journey.obstacles.stream().noneMatch(o -> o.stage().equals("Discover")),
        "advocacy tagged at Discover is a contribution, not an obstacle");
    assertTrue(journey.obstacles.stream().anyMatch(o -> o.stage().equals("Renew")
        && o.evidence().text().startsWith("Summer's the problem.")));
  }

  @Test
  void demoTakesAJourneyOfTheCallersAndDropsSampleTagsOfAnotherModel() throws Exception {
    Path file = tmp.resolve("journey.json");
    Files.writeString(file, "{\"format\":\"valuex.journey/1\",\"name\":\"short\",\"model\":"
        + "{\"name\":\"five\",\"stages\":[{\"name\":\"Awareness\",\"phase\":\"pre_purchase\"},"
        + "{\"name\":\"Service\",\"phase\":\"post_purchase\"}]},\"functions\":[{\"name\":"
        + "\"Marketing\",\"owned_stages\":[\"Awareness\"]}]}");
    CliRun run = CliRun.of("demo", "--out", tmp.resolve("r").toString(), "--journey",
        file.toString());
    assertEquals(0, run.code, run::toString);
    assertTrue(run.out.contains("7. Journey 'short' (2 stages): 0 tagged entries, 0 barriers"
        + " and hurdles in evidence, 1 gaps"), run::toString);
    assertTrue(run.out.contains("UNOWNED_STAGE: No function owns stage Service"), run::toString);
  }

  @Test
  void analyzeTagsEntriesFromTheSheetsStageColumnAndShowsElementsByStageAndTheGaps() {
    CliRun run = CliRun.of("analyze", SHEET.toString(), "--journey", JOURNEY.toString(),
        "--top", "2");
    assertEquals(0, run.code, run::toString);
    assertTrue(run.out.contains("  Compare          OUT SAVINGS 4; IN -"), run::toString);
    assertTrue(run.out.contains("4 gaps"), run::toString);
    assertTrue(run.out.contains("UNOWNED_TOUCHPOINT: Touchpoint dock-price-panel (dock)"),
        run::toString);
  }

  @Test
  void analyzeTakesStageTagsFromAFileInsteadAndWritesTheJourneyInJson() throws Exception {
    Path tags = tmp.resolve("tags.json");
    Files.writeString(tags, ValuexJson.create().toJson(StageTags.of(journey.journey.model())
        .tag(journey.tags.tags().keySet().iterator().next(), "Renew")));
    CliRun run = CliRun.of("analyze", SHEET.toString(), "--journey", JOURNEY.toString(),
        "--stage-tags", tags.toString(), "--format", "json");
    assertEquals(0, run.code, run::toString);
    assertTrue(run.out.contains("\"journey\""), run::toString);
    assertTrue(run.out.contains("\"missing_hand_off\""), run::toString);
    CliRun fromSheet = CliRun.of("analyze", SHEET.toString(), "--journey",
        JOURNEY.toString(), "--format", "json");
    assertEquals(0, fromSheet.code, fromSheet::toString);
    assertFalse(run.out.equals(fromSheet.out), "the tags file must replace the sheet's stages");
  }

  @Test
  void importKeepsTheStageColumnAsATagsDocumentThatAnalyzeReadsBack() throws Exception {
    Path ledgers = tmp.resolve("imported-ledgers.ndjson");
    Path tags = tmp.resolve("imported-tags.json");
    CliRun imported = CliRun.of("import", SHEET.toString(), "-o", ledgers.toString(),
        "--journey", JOURNEY.toString(), "--stage-tags-output", tags.toString());
    assertEquals(0, imported.code, imported::toString);
    assertTrue(imported.out.contains("Stage tags on 33 entries"), imported::toString);
    assertEquals(journey.tags, ValuexJson.create().readStageTags(Files.readString(tags)));

    CliRun fromFiles = CliRun.of("analyze", ledgers.toString(), "--journey", JOURNEY.toString(),
        "--stage-tags", tags.toString(), "--format", "json");
    CliRun fromSheet = CliRun.of("analyze", SHEET.toString(), "--journey", JOURNEY.toString(),
        "--format", "json");
    assertEquals(0, fromFiles.code, fromFiles::toString);
    assertEquals(fromSheet.out, fromFiles.out);
  }

  @Test
  void importWithAJourneyButNowhereToWriteTheTagsIsAUsageError() {
    CliRun run = CliRun.of("import", SHEET.toString(), "-o", tmp.resolve("l.ndjson").toString(),
        "--journey", JOURNEY.toString());
    assertEquals(Main.USAGE, run.code, run::toString);
    assertTrue(run.err.contains("--journey and --stage-tags-output go together"), run::toString);
  }

  @Test
  void stageTagsWithoutAJourneyAreAUsageError() {
    CliRun run = CliRun.of("analyze", SHEET.toString(), "--stage-tags", "tags.json");
    assertEquals(Main.USAGE, run.code, run::toString);
    assertTrue(run.err.contains("--stage-tags needs --journey"), run::toString);
  }

  @Test
  void stageTagsOfAnotherModelAreAUsageError() throws Exception {
    Path file = tmp.resolve("other.json");
    Files.writeString(file, "{\"format\":\"valuex.journey/1\",\"name\":\"other\",\"model\":"
        + "{\"name\":\"m\",\"stages\":[{\"name\":\"Buy\",\"phase\":\"pre_purchase\"}]}}");
    Path tags = tmp.resolve("sample-tags.json");
    Files.writeString(tags, ValuexJson.create().toJson(journey.tags));
    CliRun run = CliRun.of("analyze", SHEET.toString(), "--journey", file.toString(),
        "--stage-tags", tags.toString());
    assertEquals(Main.USAGE, run.code, run::toString);
    assertTrue(run.err.contains("the stage tags use model 'Pedal Commons rider journey' but the"
        + " journey uses model 'm'"), run::toString);
  }
}
