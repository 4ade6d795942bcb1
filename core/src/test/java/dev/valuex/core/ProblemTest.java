package dev.valuex.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void pointerProblemReadsAsReadersAlwaysReportedIt() {
    Problem p = Problem.at("/entries/0/side", "must be one of \"in\", \"out\", got \"up\"");
    assertEquals("/entries/0/side: must be one of \"in\", \"out\", got \"up\"", p.toString());
    assertEquals("must be one of \"in\", \"out\"", p.rule());
    assertEquals("(root): must have the field 'format'",
        Problem.at("", "must have the field 'format'").toString());
  }

  @Test
  void everyLocationShapeReadsBackWithParse() {
    List<Problem> all = List.of(
        Problem.at("", "must be a JSON document, got nothing"),
        Problem.at("/owner", "must not be blank, got ''").onLine(3),
        Problem.builder().pointer("/as_of").line(1).column(174)
            .message("must be well-formed JSON, got Unexpected character").build(),
        Problem.atLine(17, 47, "actualCommunicationPoint TP1: receiver must name an actor"),
        Problem.atLine(2, "must be UTF-8 text, got malformed bytes"),
        Problem.atRow(2, "side must be one of in, out, got 'up'"),
        Problem.of("the document has no root element"));
    for (Problem p : all) {
      assertEquals(p, Problem.parse(p.toString()), p.toString());
    }
    assertEquals("line 3: /owner: must not be blank, got ''", all.get(1).toString());
    assertEquals("/as_of (line 1, column 174): must be well-formed JSON, got Unexpected"
        + " character", all.get(2).toString());
    assertEquals("line 17, column 47: actualCommunicationPoint TP1: receiver must name an"
        + " actor", all.get(3).toString());
    assertEquals("row 2: side must be one of in, out, got 'up'", all.get(5).toString());
  }

  @Test
  void parseTakesTheLocationApart() {
    Problem p = Problem.parse("line 3: /entries/1/side: must be one of \"in\", got \"up\"");
    assertEquals(OptionalLong.of(3), p.line());
    assertEquals(Optional.of("/entries/1/side"), p.pointer());
    assertEquals("must be one of \"in\", got \"up\"", p.message());
    assertEquals("must be one of \"in\"", p.rule());
  }

  @Test
  void ruleIsTheMessageUpToTheBadValue() {
    assertEquals("must be at most 5", Problem.atRow(3, "importance must be at most 5, got 9")
        .rule());
    assertEquals("the document has no root element",
        Problem.of("the document has no root element").rule());
    assertEquals("must appear once", Problem.at("/a", "must appear once").rule());
  }

  @Test
  void underPutsAPointerInsideAnEmbeddingDocument() {
    assertEquals("/decks/0/cards/1/id: must not be blank, got ''",
        Problem.at("/cards/1/id", "must not be blank, got ''").under("/decks/0").toString());
    assertEquals("/decks/0: must be a deck object, got an array",
        Problem.at("", "must be a deck object, got an array").under("/decks/0").toString());
  }

  @Test
  void rejectsABlankMessageAColumnWithoutLineAndABadPointer() {
    assertEquals("Problem: message must not be blank, got ' '", assertThrows(
        InvalidValueException.class, () -> Problem.of(" ")).getMessage());
    assertEquals("Problem: column must come with a line, got 4", assertThrows(
        InvalidValueException.class, () -> Problem.builder().column(4).message("m").build())
        .getMessage());
    assertEquals("Problem: pointer must be empty or start with '/', got 'entries'", assertThrows(
        InvalidValueException.class, () -> Problem.at("entries", "m")).getMessage());
    assertEquals("Problem: line must be at least 1, got 0", assertThrows(
        InvalidValueException.class, () -> Problem.atLine(0, "m")).getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(Problem.at("/a", "must be x, got y"),
            Problem.parse("/a: must be x, got y"))
        .addEqualityGroup(Problem.at("/a", "must be x, got y").onLine(2))
        .addEqualityGroup(Problem.atRow(2, "must be x, got y"))
        .testEquals();
  }

  @Test
  void formatExceptionKeepsTheProblemsAndTheirText() {
    ValuexFormatException e = ValuexFormatException.of("ledger.json",
        List.of(Problem.at("/owner", "must not be blank, got ''")));
    assertEquals("ledger.json", e.source());
    assertEquals(List.of("/owner: must not be blank, got ''"), e.problems());
    assertEquals("ledger.json: 1 problem" + System.lineSeparator()
        + "  /owner: must not be blank, got ''", e.getMessage());
    ValuexFormatException legacy = new ValuexFormatException("x",
        List.of("line 2: /owner: must not be blank, got ''"));
    assertEquals(OptionalLong.of(2), legacy.details().get(0).line());
    assertThrows(IllegalArgumentException.class, () -> ValuexFormatException.of("x", List.of()));
  }
}
