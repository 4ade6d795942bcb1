package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.ValuexFormatException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a JSON reader words a date that is written wrongly or names a day that does not exist,
 * at the bounds of each part, and how long a bad value it quotes.
 */
class DateAndValueMessagesTest {
  private final ValuexJson json = ValuexJson.create();

  private List<String> problems(String doc) {
    return assertThrows(ValuexFormatException.class, () -> json.readLedger(doc)).problems();
  }

  private String asOf(String date) {
    return Samples.LEDGER_JSON.replace("\"as_of\":\"2026-03-14\"", "\"as_of\":\"" + date + "\"");
  }

  @Test
  void aDayThatDoesNotExistIsToldApartFromADateWrittenWrongly() {
    String exists = "/as_of: must be a day that exists";
    assertEquals(List.of(exists + " (the month is written 01 to 12), got \"2026-00-10\""),
        problems(asOf("2026-00-10")));
    assertEquals(List.of(exists + " (the month is written 01 to 12), got \"2026-13-01\""),
        problems(asOf("2026-13-01")));
    assertEquals(List.of(exists + " (January 2026 has 31 days), got \"2026-01-32\""),
        problems(asOf("2026-01-32")));
    assertEquals(List.of(exists + " (December 2026 has 31 days), got \"2026-12-32\""),
        problems(asOf("2026-12-32")));
    assertEquals(List.of(exists + " (February 2026 has 28 days), got \"2026-02-00\""),
        problems(asOf("2026-02-00")));
    assertEquals(List.of(exists + " (February 2028 has 29 days), got \"2028-02-30\""),
        problems(asOf("2028-02-30")));
    assertEquals(List.of(exists + " (February 0 has 29 days), got \"0000-02-30\""),
        problems(asOf("0000-02-30")));
    String written = "/as_of: must be a date written YYYY-MM-DD, got ";
    assertEquals(List.of(written + "\"2026-3-14\""), problems(asOf("2026-3-14")));
    assertEquals(List.of(written + "\"2026/03/14\""), problems(asOf("2026/03/14")));
    assertEquals(List.of(written + "\"2026-03/14\""), problems(asOf("2026-03/14")));
    assertEquals(List.of(written + "\"20x6-03-14\""), problems(asOf("20x6-03-14")));
    assertEquals(List.of(written + "\"2026-0x-14\""), problems(asOf("2026-0x-14")));
    assertEquals(List.of(written + "\"2026-03-1x\""), problems(asOf("2026-03-1x")));
    assertEquals(List.of(written + "20260314"),
        problems(Samples.LEDGER_JSON.replace("\"as_of\":\"2026-03-14\"",
            "\"as_of\":20260314")));
  }

  @Test
  void theFirstAndLastDayOfEachPartAreRead() {
    assertEquals(LocalDate.of(0, 1, 1), json.readLedger(asOf("0000-01-01")).asOf());
    assertEquals(LocalDate.of(9999, 12, 31), json.readLedger(asOf("9999-12-31")).asOf());
    assertEquals(asOf("0000-01-01"), json.toJson(json.readLedger(asOf("0000-01-01"))));
    assertEquals(asOf("9999-12-31"), json.toJson(json.readLedger(asOf("9999-12-31"))));
  }

  @Test
  void aBadValueIsQuotedWholeUpToEightyCharactersAndCutAfter() {
    String rule = "/view: must be one of \"current\", \"desired\", got ";
    String eighty = "\"" + "v".repeat(78) + "\"";
    assertEquals(List.of(rule + eighty),
        problems(Samples.LEDGER_JSON.replace("\"current\"", eighty)));
    String longer = "\"" + "v".repeat(79) + "\"";
    assertEquals(List.of(rule + "\"" + "v".repeat(75) + "...\""),
        problems(Samples.LEDGER_JSON.replace("\"current\"", longer)));
  }
}
