package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.BalanceJudgement;
import dev.valuex.core.ElementId;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.Subject;
import dev.valuex.core.View;
import dev.valuex.core.journey.JourneyModel;
import dev.valuex.core.journey.Phase;
import dev.valuex.core.journey.Stage;
import dev.valuex.core.journey.StageTags;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exporting ledgers to a coding sheet: a ledger without entries and an entry without evidence
 * each get a row, and each thing a sheet cannot hold is refused before anything is written.
 */
class CodingSheetExportTest {
  private static final CodingSheet SHEET = CodingSheet.standard();

  private static Ledger bare() {
    return Ledger.builder().id(LedgerId.of("p1-desired"))
        .subject(Subject.builder().kind(Subject.Kind.PERSONA).label("P1").addSegment("a")
            .addSegment("b").build())
        .owner("P1").author("r1").perspective(Perspective.EMPLOYEE).view(View.DESIRED)
        .asOf(LocalDate.of(2026, 1, 2)).purpose("pilot").build();
  }

  private static String export(List<Ledger> ledgers) {
    StringBuilder out = new StringBuilder();
    SHEET.write(ledgers, out);
    return out.toString();
  }

  private static String refusal(Ledger l) {
    StringBuilder out = new StringBuilder();
    String message = assertThrows(InvalidValueException.class,
        () -> SHEET.write(List.of(bare(), l), out)).getMessage();
    assertEquals("", out.toString(), "nothing is written before the check");
    return message;
  }

  @Test
  void aLedgerWithoutEntriesAndAnEntryWithoutEvidenceEachGetARow() {
    Ledger withEntry = bare().withId(LedgerId.of("p1-b")).withEntry(LedgerEntry.of(
        ElementId.parse("customer.savings"), Side.OUT).withImportance(2).withNote("often"));
    String text = export(List.of(bare(), withEntry));
    String head = "persona,a;b,P1,r1,employee,desired,2026-01-02,,pilot,";
    assertEquals(List.of(String.join(",", CodingSheet.COLUMNS),
        "p1-desired,P1," + head + ",,,,,,,,",
        "p1-b,P1," + head + "out,customer.savings,2,often,,,,,"),
        List.of(text.split("\r\n")));
    assertEquals(List.of(bare(), withEntry), SHEET.read(new StringReader(text)));
  }

  @Test
  void theOwnersJudgementIsWrittenInItsColumnsOnEveryRowOfItsLedgerAndReadBack() {
    Ledger judged = bare().withId(LedgerId.of("p1-judged"))
        .withEntry(LedgerEntry.of(ElementId.parse("customer.savings"), Side.OUT))
        .withEntry(LedgerEntry.of(ElementId.parse("customer.money"), Side.IN))
        .withJudgement(BalanceJudgement.builder()
            .verdict(BalanceJudgement.Verdict.OWNER_GIVES_MORE)
            .rationale("I pay more than, I get").recordedBy("owner")
            .recordedOn(LocalDate.of(2026, 1, 5)).build());
    String text = export(List.of(bare(), judged));
    String head = "persona,a;b,P1,r1,employee,desired,2026-01-02,,pilot,";
    String judgement = "owner_gives_more,\"I pay more than, I get\",owner,2026-01-05";
    assertEquals(List.of(String.join(",", CodingSheet.COLUMNS)
            + ",verdict,rationale,recorded_by,recorded_on",
        "p1-desired,P1," + head + ",,,,,,,,,,,,",
        "p1-judged,P1," + head + "out,customer.savings,,,,,,,," + judgement,
        "p1-judged,P1," + head + "in,customer.money,,,,,,,," + judgement),
        List.of(text.split("\r\n")));
    assertEquals(List.of(bare(), judged), SHEET.read(new StringReader(text)));
  }

  @Test
  void refusesEachThingASheetCannotHold() {
    String rule = "must be empty to fit a coding sheet (write JSON to keep them), got ";
    assertEquals("Ledger p1-desired: notes " + rule + "2",
        refusal(bare().withNotes(List.of("one", "two"))));
    assertEquals("Ledger p1-desired: supersedes " + rule + "'p0'",
        refusal(bare().withSupersedes(LedgerId.of("p0"))));
    assertEquals("Ledger p1-desired: segments must not contain ';', which separates tags in a"
        + " coding sheet, got 'a;b'", refusal(bare().withSubject(Subject.builder()
            .kind(Subject.Kind.PERSONA).label("P1").addSegment("a;b").build())));
  }

  @Test
  void refusesAStageNameWithTheStageSeparator() {
    JourneyModel model = JourneyModel.builder().name("m")
        .addStages(Stage.of("Buy", Phase.PRE_PURCHASE), Stage.of("Use;Fix", Phase.POST_PURCHASE))
        .build();
    StringBuilder out = new StringBuilder();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> SHEET.write(List.of(bare()), StageTags.of(model), out));
    assertEquals("StageTags: model must name no stage with ';', which separates stages in a"
        + " coding sheet, got 'Use;Fix'", e.getMessage());
    assertEquals("", out.toString());
  }
}
