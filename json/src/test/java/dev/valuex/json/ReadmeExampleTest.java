package dev.valuex.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.valuex.core.Ledger;
import dev.valuex.core.Perspective;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's JSON sample, verbatim between the markers, so it cannot rot. */
class ReadmeExampleTest {
  @Test
  void readmeSampleWritesReadsAndImportsLedgers() {
    Ledger ledger = Samples.ledger();
    // README-SAMPLE-START
    ValuexJson json = ValuexJson.create();
    String text = json.toJson(ledger);
    Ledger back = json.readLedger(text);

    CodingSheet sheet = CodingSheet.builder()
        .defaultAuthor("researcher-2").defaultPerspective(Perspective.CUSTOMER)
        .defaultAsOf(LocalDate.of(2026, 3, 14))
        .build();
    List<Ledger> coded = sheet.read(new StringReader(
        "subject,view,side,element,evidence text\n"
            + "P07,current,out,customer.savings,I always look around to get the best deal\n"));
    // README-SAMPLE-END
    assertEquals(ledger, back);
    assertEquals(1, coded.size());
    assertEquals("p07-current", coded.get(0).id().value());
    assertEquals(ledger.entries().get(0).evidence().get(0).text(),
        coded.get(0).entries().get(0).evidence().get(0).text());
  }
}
