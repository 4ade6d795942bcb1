package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.BalanceJudgement;
import dev.valuex.core.Ledger;
import dev.valuex.core.Perspective;
import dev.valuex.core.ValuexFormatException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of a coding sheet's rows that a researcher filling a sheet by hand can
 * break: each problem with its row number, column and the value that broke it, and the values
 * each rule still accepts.
 */
class CodingSheetRowRulesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 14);
  private static final CodingSheet SHEET = CodingSheet.builder()
      .defaultAuthor("r1").defaultPerspective(Perspective.CUSTOMER).defaultAsOf(DAY).build();

  private static List<String> problems(CodingSheet sheet, String csv) {
    return assertThrows(ValuexFormatException.class,
        () -> sheet.read(new StringReader(csv))).problems();
  }

  private static List<Ledger> read(String csv) {
    return SHEET.read(new StringReader(csv));
  }

  @Test
  void sideAndElementAreGivenTogether() {
    assertEquals(List.of(
        "row 2: element must be given when side is, got ''",
        "row 3: side must be given when element is, got ''"),
        problems(SHEET, "subject,view,side,element\n"
            + "P1,current,out,\n"
            + "P1,current,,customer.savings\n"));
  }

  @Test
  void evidenceDetailsNeedTheEvidenceText() {
    String rule = "evidence_text must be given when evidence_kind, source, speaker or date is,"
        + " got ''";
    assertEquals(List.of("row 2: " + rule, "row 3: " + rule, "row 4: " + rule,
        "row 5: " + rule),
        problems(SHEET, "subject,view,side,element,evidence_text,evidence_kind,source,speaker,"
            + "date\n"
            + "P1,current,out,customer.savings,,quote,,,\n"
            + "P1,current,out,customer.savings,,,interview 3,,\n"
            + "P1,current,out,customer.savings,,,,Kari,\n"
            + "P1,current,out,customer.savings,,,,,2026-03-01\n"));
  }

  @Test
  void aStatementIdNeedsTheEvidenceTextAndTheElement() {
    assertEquals(List.of(
        "row 2: element must be given with evidence, importance or a note, got ''",
        "row 2: element must be given when statement is, got ''",
        "row 3: evidence_text must be given when statement is, got ''"),
        problems(SHEET, "subject,view,side,element,evidence_text,statement\n"
            + "P1,current,,,I save,s1\n"
            + "P1,current,out,customer.savings,,s2\n"));
  }

  @Test
  void aStageNeedsAnElementAndAnImportanceOrNoteNeedsOneToo() {
    assertEquals(List.of(
        "row 2: element must be given with evidence, importance or a note, got ''",
        "row 3: element must be given with evidence, importance or a note, got ''"),
        problems(SHEET, "subject,view,side,element,importance,note\n"
            + "P1,current,,,3,\n"
            + "P1,current,,,,a note\n"));
    // A row with only the ledger's cells is a ledger without entries.
    Ledger l = read("subject,view,side,element\nP1,current,,\n").get(0);
    assertEquals(0, l.entries().size());
  }

  @Test
  void aBlankViewIsReportedAsBlank() {
    assertEquals(List.of("row 2: view must not be blank, got ''"),
        problems(SHEET, "subject,view,side,element\nP1, ,out,customer.savings\n"));
  }

  @Test
  void theLedgerIdIsMadeFromTheSubjectOrGivenAndMustBeAnId() {
    assertEquals(List.of(
        "row 2: ledger must be given when the subject has no ASCII letters or digits, got ''",
        "row 3: ledger must be 1 to 128 letters, digits or . _ : - starting with a letter or"
            + " digit, got '-p1'"),
        problems(SHEET, "ledger,subject,view,side,element\n"
            + ",\u00e9\u00e9,current,out,customer.savings\n"
            + "-p1,P1,current,out,customer.savings\n"));
    assertEquals("kari-s-1-desired",
        read("subject,view,side,element\nKari's #1,desired,,\n").get(0).id().value());
    assertEquals("l-1",
        read("ledger,subject,view,side,element\nl-1,\u00e9\u00e9,current,,\n").get(0).id()
            .value());
  }

  @Test
  void aLedgerCellLeftBlankWithoutADefaultIsReported() {
    assertEquals(List.of(
        "row 2: author must be given in the row or as the sheet's default, got ''",
        "row 2: perspective must be given in the row or as the sheet's default, got ''",
        "row 2: as_of must be given in the row or as the sheet's default, got ''"),
        problems(CodingSheet.standard(), "subject,view,side,element,author,perspective,as_of\n"
            + "P1,current,out,customer.savings,,,\n"
            + "P2,current,out,customer.savings,r2,customer,2026-01-31\n"));
  }

  @Test
  void everyLedgerCellMustAgreeWithTheLedgersFirstRow() {
    String header = "ledger,subject,subject_kind,segments,author,perspective,as_of,context,"
        + "purpose,view,side,element\n";
    String first = "l1,P1,individual,a;b,r1,customer,2026-01-31,,,current,out,customer.savings\n";
    assertEquals(List.of(
        "row 3: subject_kind must match row 2 of ledger l1 ('individual'), got 'persona'",
        "row 3: segments must match row 2 of ledger l1 ('a;b'), got 'a'",
        "row 3: author must match row 2 of ledger l1 ('r1'), got 'r2'",
        "row 3: perspective must match row 2 of ledger l1 ('customer'), got 'employee'",
        "row 3: as_of must match row 2 of ledger l1 ('2026-01-31'), got '2026-02-01'",
        "row 3: context must match row 2 of ledger l1 (blank), got 'shop'",
        "row 3: purpose must match row 2 of ledger l1 (blank), got 'audit'"),
        problems(SHEET, header + first
            + "l1,P1,persona,a,r2,employee,2026-02-01,shop,audit,current,in,customer.money\n"));
    // Blank cells repeat the first row (subject and view are given in every row); the same
    // values agree.
    Ledger l = read(header + first
        + "l1,P1,,,,,,,,current,in,customer.money\n"
        + "l1,P1,individual,b;a,r1,customer,2026-01-31,,,current,in,customer.safety\n").get(0);
    assertEquals(3, l.entries().size());
    assertEquals("r1", l.author());
    assertEquals(LocalDate.of(2026, 1, 31), l.asOf());
  }

  @Test
  void anEntrysImportanceAndNoteMustAgreeAcrossItsRows() {
    assertEquals(List.of(
        "row 3: importance must match row 2 for customer.savings OUT (blank), got '3'",
        "row 4: note must match row 2 for customer.savings OUT (blank), got 'later'",
        "row 6: note must match row 5 for customer.money IN ('first'), got 'second'"),
        problems(SHEET, "subject,view,side,element,importance,note,evidence_text\n"
            + "P1,current,out,customer.savings,,,one\n"
            + "P1,current,out,customer.savings,3,,two\n"
            + "P1,current,out,customer.savings,,later,three\n"
            + "P1,current,in,customer.money,2,first,four\n"
            + "P1,current,in,customer.money,2,second,five\n"));
    // Blank cells in later rows keep the entry's importance and note.
    Ledger l = read("subject,view,side,element,importance,note,evidence_text\n"
        + "P1,current,in,customer.money,2,first,four\n"
        + "P1,current,in,customer.money,,,five\n"
        + "P1,current,in,customer.money,2,first,six\n").get(0);
    assertEquals(2, l.entries().get(0).importance().getAsInt());
    assertEquals("first", l.entries().get(0).note().get());
    assertEquals(3, l.entries().get(0).evidence().size());
  }

  @Test
  void importanceIsAWholeNumberFromOneToFive() {
    String rule = "importance must be a whole number from 1 to 5 (leave it blank when not"
        + " weighed), got ";
    assertEquals(List.of("row 2: " + rule + "'0'", "row 3: " + rule + "'6'",
        "row 4: " + rule + "'4.0'", "row 5: " + rule + "'12345678901'"),
        problems(SHEET, "subject,view,side,element,importance\n"
            + "P1,current,out,customer.savings,0\n"
            + "P2,current,out,customer.savings,6\n"
            + "P3,current,out,customer.savings,4.0\n"
            + "P4,current,out,customer.savings,12345678901\n"));
    List<Ledger> ok = read("subject,view,side,element,importance\n"
        + "P1,current,out,customer.savings,1\n"
        + "P2,current,out,customer.savings,5\n");
    assertEquals(1, ok.get(0).entries().get(0).importance().getAsInt());
    assertEquals(5, ok.get(1).entries().get(0).importance().getAsInt());
  }

  @Test
  void aJudgementIsRecordedByTheAuthorOnTheLedgersDateUnlessTheSheetSaysOtherwise() {
    List<Ledger> ledgers = read("subject,view,side,element,verdict,rationale,recorded_by,"
        + "recorded_on\n"
        + "P1,current,,,balanced,,,\n"
        + "P2,current,,,undecided,not sure,r9,2026-03-01\n");
    BalanceJudgement first = ledgers.get(0).judgement().get();
    assertEquals(BalanceJudgement.Verdict.BALANCED, first.verdict());
    assertEquals("r1", first.recordedBy());
    assertEquals(DAY, first.recordedOn());
    assertEquals(false, first.rationale().isPresent());
    BalanceJudgement second = ledgers.get(1).judgement().get();
    assertEquals("r9", second.recordedBy());
    assertEquals(LocalDate.of(2026, 3, 1), second.recordedOn());
    assertEquals("not sure", second.rationale().get());
  }

  @Test
  void whoRecordedTheJudgementAndWhenMustAgreeAcrossTheLedgersRows() {
    assertEquals(List.of(
        "row 3: recorded_by must match row 2 of ledger p1-current ('r5'), got 'r6'",
        "row 3: recorded_on must match row 2 of ledger p1-current ('2026-03-01'), got"
            + " '2026-03-02'"),
        problems(SHEET, "subject,view,side,element,verdict,recorded_by,recorded_on\n"
            + "P1,current,out,customer.savings,balanced,r5,2026-03-01\n"
            + "P1,current,in,customer.money,balanced,r6,2026-03-02\n"));
  }

  @Test
  void aCellOfExactlyTheLimitIsReadAndOneCharacterMoreIsNot() {
    CodingSheet small = SHEET.withLimits(ReadLimits.builder().maxStringLength(16).build());
    String header = "subject,view,side,element\n";
    assertEquals("customer.savings", small.read(new StringReader(header
        + "P1,current,out,customer.savings\n")).get(0).entries().get(0).element().toString());
    assertEquals(List.of("row 2: column 4 must be at most 16 characters long, got 17"
        + " characters"), problems(small, header + "P1,current,out,customer.savings2\n"));
  }

  @Test
  void headerNamesAreReadInAnyCaseWithSpacesOrDashesAndTheirCommonAliases() {
    List<Ledger> ledgers = read("Ledger ID,SUBJECT, View ,Side,Element,Quote,"
        + "Evidence-Speaker,Judged By,Owner Verdict,Date of ledger\n"
        + "l1,P1,current,out,customer.savings,I save,Kari,r5,balanced,2026-01-02\n");
    Ledger l = ledgers.get(0);
    assertEquals("l1", l.id().value());
    assertEquals("Kari", l.entries().get(0).evidence().get(0).speaker().get());
    assertEquals("r5", l.judgement().get().recordedBy());
    assertEquals(LocalDate.of(2026, 1, 2), l.asOf());
  }

  @Test
  void aLenientReadKeepsCellsBeyondTheHeaderAndLeavesOutOnlyTheBadRows() {
    CodingSheetImport result = SHEET.readLenient(new StringReader(
        "subject,view,side,element,evidence_text,statement\n"
            + "P1,current,out,customer.savings,I save,s1,extra\n"
            + "P1,current,out,customer.savings,,s2\n"
            + "P2,current,in,customer.money,I pay,\n"));
    assertEquals(List.of("p1-current", "p2-current"),
        result.ledgers().stream().map(l -> l.id().value()).toList());
    assertEquals(List.of(RejectedRow.of(3,
        List.of("row 3: evidence_text must be given when statement is, got ''"))),
        result.rejectedRows());
  }
}
