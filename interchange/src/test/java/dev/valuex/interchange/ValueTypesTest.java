package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.google.common.testing.EqualsTester;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Perspective;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueTypesTest {
  @Test
  void readLimitsAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(ReadLimits.defaults(), ReadLimits.builder().build())
        .addEqualityGroup(ReadLimits.builder().maxStringLength(10).build(),
            ReadLimits.builder().maxStringLength(10).build())
        .addEqualityGroup(ReadLimits.builder().maxNestingDepth(3).build())
        .testEquals();
  }

  @Test
  void readLimitsBecomeJacksonConstraints() {
    StreamReadConstraints c = ReadLimits.builder().maxDocumentLength(1000)
        .maxNestingDepth(5).maxStringLength(100).build().toStreamReadConstraints();
    assertEquals(1000, c.getMaxDocumentLength());
    assertEquals(5, c.getMaxNestingDepth());
    assertEquals(100, c.getMaxStringLength());
    assertEquals(16L * 1024 * 1024, ReadLimits.defaults().maxDocumentLength());
  }

  @Test
  void rejectedRowsAndImportsAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(RejectedRow.of(2, List.of("row 2: x")),
            RejectedRow.of(2, List.of("row 2: x")))
        .addEqualityGroup(RejectedRow.of(3, List.of("row 2: x")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(CodingSheetImport.of(List.of(), List.of()),
            CodingSheetImport.of(List.of(), List.of()))
        .addEqualityGroup(CodingSheetImport.of(List.of(Samples.ledger()), List.of()))
        .testEquals();
  }

  @Test
  void codingSheetsAreEqualByValueIgnoringTheResolver() {
    new EqualsTester()
        .addEqualityGroup(CodingSheet.standard(),
            CodingSheet.builder().resolver(ElementResolver.idsOnly()).build())
        .addEqualityGroup(CodingSheet.builder().delimiter(';').build())
        .addEqualityGroup(CodingSheet.builder().defaultPerspective(Perspective.EMPLOYEE).build())
        .testEquals();
  }

  @Test
  void codingSheetRejectsAQuoteAsDelimiterAndAPaddedAuthor() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CodingSheet.builder().delimiter('"').build());
    assertEquals("CodingSheet: delimiter must not be a quote or a line break, got '\"'",
        e.getMessage());
    InvalidValueException a = assertThrows(InvalidValueException.class,
        () -> CodingSheet.builder().defaultAuthor(" r1").build());
    assertEquals("CodingSheet: defaultAuthor must not start or end with white space,"
        + " got ' r1'", a.getMessage());
  }
}
