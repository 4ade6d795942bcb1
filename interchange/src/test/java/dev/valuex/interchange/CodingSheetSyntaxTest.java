package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.Perspective;
import dev.valuex.core.ValuexFormatException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a syntax error in a coding sheet is reported: the sheet's row and column, also far
 * into a long sheet (the reader keeps only the text since the last good row), with semicolons
 * as delimiters, and past the header's last column.
 */
class CodingSheetSyntaxTest {
  private static final CodingSheet SHEET = CodingSheet.builder()
      .defaultAuthor("r1").defaultPerspective(Perspective.CUSTOMER)
      .defaultAsOf(LocalDate.of(2026, 3, 14)).build();
  private static final String AFTER_QUOTE = " after it (a quote inside quoted text is written"
      + " twice: \"\")";

  private static List<String> problems(CodingSheet sheet, String csv) {
    return assertThrows(ValuexFormatException.class,
        () -> sheet.read(new StringReader(csv))).problems();
  }

  @Test
  void aSyntaxErrorFarIntoALongSheetIsPlacedAtItsRow() {
    // 1,500 good rows of about 60 characters: far more than the 65,536 characters kept.
    StringBuilder csv = new StringBuilder("subject,view,side,element,evidence_text\r\n");
    for (int i = 0; i < 1500; i++) {
      csv.append("P").append(i).append(",current,out,customer.savings,\"a \"\"quoted\"\"\r\n")
          .append("line ").append(i).append("\"\r\n");
    }
    csv.append("P9,current,out,customer.savings,\"closed\"x\r\n");
    assertEquals(List.of("row 1502: column 5 (evidence_text) must end its quoted text at the"
        + " closing quote, got 'x'" + AFTER_QUOTE), problems(SHEET, csv.toString()));
  }

  @Test
  void columnsAreCountedBySemicolonsInASemicolonSheet() {
    CodingSheet semicolons = SHEET.withDelimiter(';');
    assertEquals(List.of("row 3: column 4 (element) must end its quoted text at the closing"
        + " quote, got 'y'" + AFTER_QUOTE),
        problems(semicolons, "subject;view;side;element\n"
            + "P1;current;out;customer.savings\n"
            + "P1,x;current;out;\"customer.money\"y\n"));
  }

  @Test
  void aColumnPastTheHeaderIsNamedByItsNumber() {
    assertEquals(List.of("row 2: column 5 must end its quoted text at the closing quote,"
        + " got 'z'" + AFTER_QUOTE),
        problems(SHEET, "subject,view,side,element\n"
            + "P1,current,out,customer.savings,\"a\"z\n"));
    // A lenient read skips a column whose header is blank; it is named by number too.
    assertEquals(List.of("row 2: column 3 must end its quoted text at the closing quote,"
        + " got 'z'" + AFTER_QUOTE),
        assertThrows(ValuexFormatException.class, () -> SHEET.readLenient(new StringReader(
            "subject,view, ,side,element\n"
            + "P1,current,\"a\"z,out,customer.savings\n"))).problems());
  }

  @Test
  void aQuoteInsideAnUnquotedCellIsText() {
    assertEquals("I said \"yes\"", SHEET.read(new StringReader(
        "subject,view,side,element,evidence_text\n"
            + "P1,current,out,customer.savings,I said \"yes\"\n")).get(0).entries().get(0)
        .evidence().get(0).text());
  }
}
