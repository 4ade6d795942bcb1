package dev.valuex.core.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.ElementId;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A small two-coder study, every figure worked out by hand (and in Python) beforehand. */
class AgreementReportTest {
  static final Code MONEY = Code.of(ElementId.parse("customer.money"), Side.IN);
  static final Code TIME = Code.of(ElementId.parse("customer.time"), Side.IN);
  static final Code EFFORT = Code.of(ElementId.parse("customer.effort"), Side.IN);
  static final Code SAVINGS = Code.of(ElementId.parse("customer.savings"), Side.OUT);
  static final Code RELIABILITY = Code.of(ElementId.parse("customer.reliability"), Side.OUT);
  static final Code TIME_SAVING = Code.of(ElementId.parse("customer.time-saving"), Side.OUT);

  static CodedStatement statement(String subject, String text, Code... codes) {
    return CodedStatement.builder().subject(subject).text(text).addCodes(codes).build();
  }

  /** Six statements: alike, a superset, alike, different, a superset, alike. */
  static List<Coding> study() {
    Coding a = Coding.of("A", List.of(
        statement("P01", "I pay nineteen a month", MONEY),
        statement("P01", "It costs me money and an hour of my day", MONEY, TIME),
        statement("P02", "Cheaper than the bus", SAVINGS),
        statement("P02", "Finding a free dock takes ages", TIME),
        statement("P03", "The bike is always there", RELIABILITY),
        statement("P03", "I save on bus fares", SAVINGS)));
    Coding b = Coding.of("B", List.of(
        statement("P01", "I pay  nineteen\ta month", MONEY),
        statement("P01", "It costs me money and an hour of my day", MONEY),
        statement("P02", "Cheaper than the bus", SAVINGS),
        statement("P02", "Finding a free dock takes ages", EFFORT),
        statement("P03", "The bike is always there", RELIABILITY, TIME_SAVING),
        statement("P03", "I save on bus fares", SAVINGS)));
    return List.of(a, b);
  }

  @Test
  void measuresAgreeWithHandComputation() {
    AgreementReport r = AgreementReport.of(study(), AgreementOptions.defaults());
    assertEquals(AgreementReport.MatchedBy.SUBJECT_AND_TEXT, r.matchedBy());
    assertEquals(6, r.statements().size(), "white space is normalised before matching");
    assertEquals(0.5, r.percentAgreement().value(), 1e-12);
    // po = 3/6, pe = (1*1 + 2*2 + 1*0 ...)/36 = 6/36, kappa = (1/2 - 1/6) / (5/6) = 0.4
    assertEquals(0.4, r.cohensKappa().orElseThrow().value(), 1e-12);
    assertEquals(0.42105263157894735, r.krippendorffAlpha().orElseThrow().value(), 1e-12);
    assertEquals(0.5361445783132531, r.masiAlpha().orElseThrow().value(), 1e-12);
  }

  @Test
  void listsDisagreementsWithEachCodersCodes() {
    AgreementReport r = AgreementReport.of(study(), AgreementOptions.defaults());
    List<String> listed = new ArrayList<>();
    r.disagreements().forEach(s -> listed.add(s.key() + " " + s.codes()));
    assertEquals(List.of(
        "P01: It costs me money and an hour of my day {A=[customer.money in, customer.time in],"
            + " B=[customer.money in]}",
        "P02: Finding a free dock takes ages {A=[customer.time in], B=[customer.effort in]}",
        "P03: The bike is always there {A=[customer.reliability out], B=[customer.reliability"
            + " out, customer.time-saving out]}"), listed);
  }

  @Test
  void confusionTableCountsCodesGivenInsteadOfOneAnother() {
    AgreementReport r = AgreementReport.of(study(), AgreementOptions.defaults());
    assertEquals(1, r.confusions().size(), "a code added beside the other's is no confusion");
    Confusion c = r.mostConfused().orElseThrow();
    assertEquals(List.of(EFFORT, TIME, 1), List.of(c.first(), c.second(), c.count()));
  }

  @Test
  void perElementKappaIsCohensOnPresence() {
    AgreementReport r = AgreementReport.of(study(), AgreementOptions.defaults());
    ElementAgreement savings = r.elements().stream().filter(e -> e.code().equals(SAVINGS))
        .findFirst().orElseThrow();
    assertEquals(2, savings.statements());
    assertEquals(1, savings.kappa().orElseThrow().value(), 1e-12);
    ElementAgreement time = r.elements().stream().filter(e -> e.code().equals(TIME))
        .findFirst().orElseThrow();
    assertEquals(0, time.kappa().orElseThrow().value(), 1e-12);
  }

  @Test
  void sideIsPartOfTheCodeUnlessIgnored() {
    Code moneyOut = Code.of(ElementId.parse("customer.money"), Side.OUT);
    List<Coding> codings = List.of(
        Coding.of("A", List.of(statement("P01", "a", MONEY), statement("P01", "b", SAVINGS))),
        Coding.of("B", List.of(statement("P01", "a", moneyOut),
            statement("P01", "b", SAVINGS))));
    assertEquals(0.5, AgreementReport.of(codings, AgreementOptions.defaults())
        .percentAgreement().value(), 1e-12);
    assertEquals(1, AgreementReport.of(codings, AgreementOptions.defaults()
        .withIgnoreSide(true)).percentAgreement().value(), 1e-12);
  }

  @Test
  void statementsInOnlySomeSheetsAreReportedNotDropped() {
    List<Coding> codings = new ArrayList<>(study());
    codings.set(1, Coding.of("B", codings.get(1).statements().subList(0, 4)));
    AgreementReport r = AgreementReport.of(codings, AgreementOptions.defaults());
    assertEquals(6, r.statements().size());
    assertEquals(2, r.partial().size());
    assertEquals(List.of("A"), List.copyOf(r.partial().get(0).codes().keySet()));
    assertEquals(4, r.cohensKappa().orElseThrow().units());
  }

  @Test
  void statementIdsMatchWhenEverySheetHasThem() {
    List<Coding> codings = List.of(
        Coding.of("A", List.of(CodedStatement.builder().id("s1").subject("P01")
            .text("first wording").addCodes(MONEY).build())),
        Coding.of("B", List.of(CodedStatement.builder().id("s1").subject("P01")
            .text("first  wording, corrected").addCodes(MONEY).build())));
    AgreementReport r = AgreementReport.of(codings, AgreementOptions.defaults());
    assertEquals(AgreementReport.MatchedBy.STATEMENT_ID, r.matchedBy());
    assertEquals(1, r.statements().size());
    assertEquals(Optional.of("s1"), r.statements().get(0).id());
    assertFalse(r.cohensKappa().isPresent(), "one value throughout: kappa is undefined");
  }

  @Test
  void threeCodersGetFleissButNoCohen() {
    List<Coding> codings = new ArrayList<>(study());
    codings.add(Coding.of("C", codings.get(0).statements()));
    AgreementReport r = AgreementReport.of(codings, AgreementOptions.defaults());
    assertFalse(r.cohensKappa().isPresent());
    assertEquals(6, r.fleissKappa().orElseThrow().units());
  }

  @Test
  void rejectsFewerThanTwoCodings() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> AgreementReport.of(study().subList(0, 1), AgreementOptions.defaults()));
    assertEquals("Agreement: codings must be at least two, got 1", e.getMessage());
  }

  @Test
  void rejectsCodingsWithNoSharedStatement() {
    List<Coding> codings = List.of(Coding.of("A", List.of(statement("P01", "a", MONEY))),
        Coding.of("B", List.of(statement("P02", "a", MONEY))));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> AgreementReport.of(codings, AgreementOptions.defaults()));
    assertEquals("Agreement: statements must include one coded by two coders or more, got none"
        + " shared among A, B (2 statements, matched by subject and text)", e.getMessage());
  }

  @Test
  void rejectsRepeatedCoderNamesAndStatements() {
    assertEquals("Agreement: coders must have distinct names, got 'A' twice",
        assertThrows(InvalidValueException.class, () -> AgreementReport.of(
            List.of(study().get(0), study().get(0)), AgreementOptions.defaults()))
            .getMessage());
    Coding twice = Coding.of("A", List.of(statement("P01", "a b", MONEY),
        statement("P01", "a  b", TIME)));
    assertEquals("Coding A: statements must be distinct by subject and text when a sheet has"
        + " no statement ids, got 'P01: a b' twice", assertThrows(InvalidValueException.class,
            () -> AgreementReport.of(List.of(twice, study().get(1)),
                AgreementOptions.defaults())).getMessage());
  }

  @Test
  void rejectsAStatementWithoutCodes() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CodedStatement.builder().subject("P01").text("a").build());
    assertEquals("CodedStatement: codes must hold at least one code, got 'none'",
        e.getMessage());
  }

  @Test
  void codeReadsBackWhatItWrites() {
    assertEquals("customer.money in", MONEY.toString());
    assertEquals(MONEY, Code.parse("customer.money in"));
    assertEquals(Code.of(ElementId.parse("customer.money")), Code.parse("customer.money"));
    assertEquals("Code: side must be in or out, got 'IN'",
        assertThrows(InvalidValueException.class, () -> Code.parse("customer.money IN"))
            .getMessage());
  }
}
