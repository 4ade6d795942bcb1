package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.BalanceJudgement;
import dev.valuex.core.ElementId;
import dev.valuex.core.Evidence;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Perspective;
import dev.valuex.core.Provenance;
import dev.valuex.core.Side;
import dev.valuex.core.Subject;
import dev.valuex.core.UnknownElementException;
import dev.valuex.core.ValueElement;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.core.View;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodingSheetTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 14);
  private static final CodingSheet SHEET = CodingSheet.builder()
      .defaultAuthor("researcher-2").defaultPerspective(Perspective.CUSTOMER).defaultAsOf(DAY)
      .build();

  private static ValueElement card(String slug, String name) {
    return ValueElement.builder().id(ElementId.of("customer", slug)).name(name)
        .shortPhrase(name).sentence("I get " + name.toLowerCase(java.util.Locale.ROOT))
        .perspective(Perspective.CUSTOMER).category("functional")
        .provenance(Provenance.of(Provenance.Kind.OWN_ADDITION)).build();
  }

  private static final List<ValueElement> CARDS = List.of(card("savings", "SAVINGS"),
      card("safety", "SAFETY"), card("peace-of-mind", "PEACE OF MIND"),
      card("status-recognition", "STATUS/RECOGNITION"), card("money", "MONEY"));

  private static List<String> problems(CodingSheet sheet, String csv) {
    return assertThrows(ValuexFormatException.class,
        () -> sheet.read(new StringReader(csv))).problems();
  }

  @Test
  void groupsRowsIntoLedgersAndAccumulatesEvidence() {
    String csv = "\uFEFFSubject,Segment tags,View,Side,Element,Evidence text,Evidence kind,"
        + "Source,Date,Importance\n"
        + "P07,frequent-flyer;budget,current,OUT,Savings,\"I always look around,\n"
        + "to get the best deal\",quote,interview 7,2026-03-10,4\n"
        + "P07,,current,out,customer.savings,I compare prices,observation,,,\n"
        + "P07,,current,in,money,I pay a yearly fee,,,,\n"
        + "P08,,desired,out,Peace of Mind,,,,,\n";
    List<Ledger> ledgers = SHEET.withResolver(ElementResolver.of(CARDS))
        .read(new StringReader(csv));
    Ledger p07 = Ledger.builder().id(LedgerId.of("p07-current"))
        .subject(Subject.builder().kind(Subject.Kind.INDIVIDUAL).label("P07")
            .addSegment("frequent-flyer").addSegment("budget").build())
        .owner("P07").author("researcher-2").perspective(Perspective.CUSTOMER)
        .view(View.CURRENT).asOf(DAY).build()
        .withEntry(LedgerEntry.of(ElementId.parse("customer.savings"), Side.OUT)
            .withImportance(4)
            .withEvidence(Evidence.builder().kind(Evidence.Kind.QUOTE)
                    .text("I always look around,\nto get the best deal").source("interview 7")
                    .date(LocalDate.of(2026, 3, 10)).build(),
                Evidence.of(Evidence.Kind.OBSERVATION, "I compare prices")))
        .withEvidence(ElementId.parse("customer.money"), Side.IN,
            Evidence.quote("I pay a yearly fee"));
    Ledger p08 = Ledger.builder().id(LedgerId.of("p08-desired"))
        .subject(Subject.of(Subject.Kind.INDIVIDUAL, "P08")).owner("P08")
        .author("researcher-2").perspective(Perspective.CUSTOMER).view(View.DESIRED)
        .asOf(DAY).build()
        .withEntry(LedgerEntry.of(ElementId.parse("customer.peace-of-mind"), Side.OUT));
    assertEquals(List.of(p07, p08), ledgers);
  }

  @Test
  void reportsEveryBadRowWithItsNumberAndNearestNames() {
    String csv = "subject,view,side,element,importance,evidence_text,date\n"
        + "P07,current,out,Savngs,9,ok,2026-02-30\n"
        + "P07,current,sideways,SAFETY,,,\n"
        + "P07,someday,in,MONEY,,,\n"
        + ",current,in,MONEY,,,\n"
        + "P09,current,,,,a quote,\n";
    assertEquals(List.of(
        "row 2: element must name a known value element, got 'Savngs' (nearest known:"
            + " SAVINGS, SAFETY, MONEY)",
        "row 2: importance must be a whole number from 1 to 5 (leave it blank when not"
            + " weighed), got '9'",
        "row 2: date must be a day that exists (February 2026 has 28 days), got '2026-02-30'",
        "row 3: side must be one of \"in\", \"out\", got 'sideways'",
        "row 4: view must be one of \"current\", \"desired\", got 'someday'",
        "row 5: subject must not be blank, got ''",
        "row 6: element must be given with evidence, importance or a note, got ''"),
        problems(SHEET.withResolver(ElementResolver.of(CARDS)), csv));
  }

  @Test
  void rowsThatContradictTheirLedgerOrEntryAreErrors() {
    String csv = "ledger,subject,owner,view,side,element,importance,evidence_text\n"
        + "l1,P07,P07,current,out,customer.savings,4,first\n"
        + "l1,P07,P08,current,out,customer.savings,3,second\n"
        + "l1,P7,,desired,out,customer.savings,,third\n";
    assertEquals(List.of(
        "row 3: owner must match row 2 of ledger l1 ('P07'), got 'P08'",
        "row 3: importance must match row 2 for customer.savings OUT (4), got '3'",
        "row 4: subject must match row 2 of ledger l1 ('P07'), got 'P7'",
        "row 4: view must match row 2 of ledger l1 ('current'), got 'desired'"),
        problems(SHEET, csv));
  }

  @Test
  void lenientImportReturnsValidLedgersAndRejectedRows() {
    String csv = "subject,view,side,element,evidence_text,colour\n"
        + "P07,current,out,customer.savings,I look for deals,red\n"
        + "P07,current,out,savings,I compare,blue\n"
        + "P08,current,in,customer.money,I pay,green\n";
    CodingSheetImport result = SHEET.readLenient(new StringReader(csv));
    assertEquals(List.of("p07-current", "p08-current"),
        result.ledgers().stream().map(l -> l.id().value()).collect(
            java.util.stream.Collectors.toList()));
    assertEquals(List.of(RejectedRow.of(3, List.of(
            "row 3: element must name a known value element, got 'savings'"))),
        result.rejectedRows());
    assertEquals(1, result.ledgers().get(0).entries().get(0).evidence().size());
  }

  @Test
  void badHeaderIsFatalEvenForLenientImport() {
    String csv = "subject,subject,side,colour\nP07,P07,out,red\n";
    assertEquals(List.of(
        "row 1: column 2 must not repeat column 1, got 'subject'",
        "row 1: column 4 must be one of ledger, subject, subject_kind, segments, owner,"
            + " author, perspective, view, as_of, context, purpose, side, element, importance,"
            + " note, evidence_kind, evidence_text, source, speaker, date, stage, statement,"
            + " verdict, rationale, recorded_by or recorded_on,"
            + " got 'colour'",
        "row 1: header must have a column view, got none",
        "row 1: header must have a column element, got none",
        "row 1: header must have a column author when the sheet sets no default, got none",
        "row 1: header must have a column perspective when the sheet sets no default,"
            + " got none",
        "row 1: header must have a column as_of when the sheet sets no default, got none"),
        problems(CodingSheet.standard(), csv));
    ValuexFormatException lenient = assertThrows(ValuexFormatException.class,
        () -> CodingSheet.standard().readLenient(new StringReader(csv)));
    assertEquals(6, lenient.problems().size());
  }

  @Test
  void judgementColumnsGiveEachLedgerItsOwnersVerdict() {
    String csv = "subject,view,side,element,verdict,rationale,recorded by,recorded on\n"
        + "P07,current,out,customer.savings,owner_gives_more,I pay more than I get,"
        + "researcher-1,2026-03-02\n"
        + "P07,current,in,customer.money,,,,\n"
        + "P08,current,out,customer.savings,Balanced,,,\n"
        + "P09,current,out,customer.savings,,,,\n";
    List<Ledger> ledgers = SHEET.read(new StringReader(csv));
    assertEquals(Optional.of(BalanceJudgement.builder()
            .verdict(BalanceJudgement.Verdict.OWNER_GIVES_MORE)
            .rationale("I pay more than I get").recordedBy("researcher-1")
            .recordedOn(LocalDate.of(2026, 3, 2)).build()),
        ledgers.get(0).judgement());
    assertEquals(Optional.of(BalanceJudgement.builder()
            .verdict(BalanceJudgement.Verdict.BALANCED).recordedBy("researcher-2")
            .recordedOn(DAY).build()),
        ledgers.get(1).judgement(), "who and when default to the ledger's author and as_of");
    assertEquals(Optional.empty(), ledgers.get(2).judgement());
  }

  @Test
  void judgementCellsMustAgreeAcrossALedgersRows() {
    String csv = "subject,view,side,element,verdict,rationale,recorded_on\n"
        + "P07,current,out,customer.savings,owner-gets-more,fair,2026-03-02\n"
        + "P07,current,in,customer.money,owner-gives-more,,\n"
        + "P07,current,in,customer.time,,unfair,\n"
        + "P08,current,out,customer.savings,,only a rationale,\n"
        + "P09,current,out,customer.savings,sideways,,\n"
        + "P10,current,out,customer.savings,balanced,,2026-02-30\n";
    assertEquals(List.of(
        "row 3: verdict must match row 2 of ledger p07-current ('owner-gets-more'),"
            + " got 'owner-gives-more'",
        "row 4: rationale must match row 2 of ledger p07-current ('fair'), got 'unfair'",
        "row 5: verdict must be given when rationale, recorded_by or recorded_on is, got ''",
        "row 6: verdict must be one of \"balanced\", \"owner_gives_more\","
            + " \"owner_gets_more\", \"undecided\", got 'sideways'",
        "row 7: recorded_on must be a day that exists (February 2026 has 28 days),"
            + " got '2026-02-30'"),
        problems(SHEET, csv));
  }

  @Test
  void datesThatDoNotExistAreToldApartFromDatesWrittenWrongly() {
    String csv = "subject,view,as_of,side,element\n"
        + "P07,current,2026-02-30,out,customer.savings\n"
        + "P08,current,2026-13-01,out,customer.savings\n"
        + "P09,current,2024-02-29,out,customer.savings\n"
        + "P10,current,30/02/2026,out,customer.savings\n";
    assertEquals(List.of(
        "row 2: as_of must be a day that exists (February 2026 has 28 days), got '2026-02-30'",
        "row 3: as_of must be a day that exists (the month is written 01 to 12), got"
            + " '2026-13-01'",
        "row 5: as_of must be a date written YYYY-MM-DD, got '30/02/2026'"),
        problems(SHEET, csv));
  }

  @Test
  void malformedCsvIsReportedAtTheSheetsRowAndColumn() {
    String csv = "subject,view,side,element\nP07,current,out,customer.savings\n"
        + "P07,current,\"out\"x,customer.money\n";
    assertEquals(List.of("row 3: column 3 (side) must end its quoted text at the closing quote,"
            + " got 'x' after it (a quote inside quoted text is written twice: \"\")"),
        problems(SHEET, csv));
  }

  @Test
  void syntaxErrorsAfterQuotedLineBreaksAreCountedInRowsNotLines() {
    String csv = "subject,view,side,element,evidence_text\n"
        + "P07,current,out,customer.savings,\"first line\nsecond line\"\n"
        + "P07,current,out,customer.savings,\"say \"\"hi\"\"\" ,\n"
        + "P08,current,out,customer.savings,\"a \"quote\" inside\"\n";
    assertEquals(List.of("row 4: column 5 (evidence_text) must end its quoted text at the"
            + " closing quote, got 'q' after it (a quote inside quoted text is written twice:"
            + " \"\")"),
        problems(SHEET, csv));
  }

  @Test
  void aQuoteLeftOpenIsReportedWhereItOpens() {
    String csv = "subject,view,side,element,evidence_text\r\n"
        + "P07,current,out,customer.savings,fine\r\n"
        + "P07,current,out,customer.savings,\"never closed\r\nP08,current,out,x,y\r\n";
    assertEquals(List.of("row 3: column 5 (evidence_text) must close its quotes, got the end of"
            + " the sheet inside them (is a closing quote missing?)"),
        problems(SHEET, csv));
  }

  @Test
  void oversizedSheetAndCellsAreRejected() {
    CodingSheet small = SHEET.withLimits(ReadLimits.builder().maxDocumentLength(200)
        .maxStringLength(20).build());
    String header = "subject,view,side,element,evidence_text\n";
    assertEquals(List.of("row 2: column 5 must be at most 20 characters long,"
            + " got 30 characters"),
        problems(small, header + "P07,current,out,customer.savings," + "x".repeat(30) + "\n"));
    String many = header + "P07,current,out,customer.savings,short\n".repeat(10);
    assertEquals(List.of("sheet must be at most 200 characters long, got more"),
        problems(small, many));
  }

  @Test
  void bytesThatAreNotUtf8AreReportedAtTheirRowAndColumn() {
    byte[] latin1 = ("subject,view,side,element,evidence_text\n"
        + "P07,current,out,customer.savings,fine\n"
        + "P07,current,out,customer.savings,\"two\nlines\"\n"
        + "P07,current,out,customer.savings,caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> SHEET.read(new ByteArrayInputStream(latin1)));
    assertEquals(List.of("row 4: column 5 (evidence_text) must be UTF-8 text, got byte 0xE9"
            + " (was the sheet saved as Latin-1 or Windows-1252? save it as UTF-8)"),
        e.problems());
  }

  @Test
  void bytesThatAreNotUtf8FarIntoALongSheetAreStillPlaced() {
    StringBuilder csv = new StringBuilder("subject,view,side,element,evidence_text\n");
    for (int i = 0; i < 5000; i++) {
      csv.append("P07,current,out,customer.savings,a statement of some length number ")
          .append(i).append('\n');
    }
    csv.append("P07,current,out,customer.savings,na\u00efve\n");
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> SHEET.read(new ByteArrayInputStream(
            csv.toString().getBytes(StandardCharsets.ISO_8859_1))));
    assertEquals(List.of("row 5002: column 5 (evidence_text) must be UTF-8 text, got byte 0xEF"
            + " (was the sheet saved as Latin-1 or Windows-1252? save it as UTF-8)"),
        e.problems());
  }

  @Test
  void skipsBlankRowsAndRejectsCellsBeyondTheHeader() {
    String csv = "subject,view,side,element\n,,,\nP07,current,out,customer.savings,extra\n\n";
    assertEquals(List.of("row 3: column 5 must be blank (the header names no column for it),"
        + " got 'extra'"), problems(SHEET, csv));
    assertEquals(1, SHEET.readLenient(new StringReader(csv)).ledgers().size());
  }

  @Test
  void semicolonDelimitedSheetsAreRead() {
    String csv = "subject;view;side;element\nP07;current;out;customer.savings\n";
    assertEquals(1, SHEET.withDelimiter(';').read(new StringReader(csv)).size());
  }

  @Test
  void exportWritesTheColumnsImportReads() {
    StringBuilder out = new StringBuilder();
    Ledger ledger = Samples.ledger().withPairings(List.of())
        .withJudgement(java.util.Optional.empty()).withNotes(List.of());
    SHEET.write(List.of(ledger), out);
    assertEquals("ledger,subject,subject_kind,segments,owner,author,perspective,view,as_of,"
        + "context,purpose,side,element,importance,note,evidence_kind,evidence_text,source,"
        + "speaker,date\r\n"
        + "p07-current,P07,individual,frequent-flyer,P07,researcher-2,customer,current,"
        + "2026-03-14,Airline loyalty programme,,out,customer.savings,4,,quote,"
        + "I always look around to get the best deal,\"interview 7, 00:12:40\",P07,2026-03-10\r\n"
        + "p07-current,P07,individual,frequent-flyer,P07,researcher-2,customer,current,"
        + "2026-03-14,Airline loyalty programme,,in,customer.money,,,quote,"
        + "I pay a yearly fee,,,\r\n", out.toString());
    assertEquals(List.of(ledger), CodingSheet.standard().read(new StringReader(out.toString())));
  }

  @Test
  void exportRefusesWhatASheetCannotHold() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> SHEET.write(List.of(Samples.ledger()), new StringBuilder()));
    assertEquals("Ledger p07-current: pairings must be empty to fit a coding sheet"
        + " (write JSON to keep them), got 1", e.getMessage());
  }

  @Test
  void nameResolverFindsNamesIgnoringCaseAndPunctuation() {
    ElementResolver r = ElementResolver.of(CARDS);
    assertEquals(ElementId.parse("customer.status-recognition"), r.resolve("Status Recognition"));
    assertEquals(ElementId.parse("customer.peace-of-mind"), r.resolve("customer.peace-of-mind"));
    UnknownElementException e = assertThrows(UnknownElementException.class,
        () -> r.resolve("Piece of mind"));
    assertEquals("Unknown value element 'Piece of mind', nearest known: PEACE OF MIND,"
        + " MONEY, SAFETY", e.getMessage());
    assertThrows(UnknownElementException.class,
        () -> ElementResolver.idsOnly().resolve("SAVINGS"));
  }
}
