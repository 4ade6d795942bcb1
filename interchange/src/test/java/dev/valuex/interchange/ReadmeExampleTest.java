package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.valuex.core.Ledger;
import dev.valuex.core.Perspective;
import dev.valuex.metrics.NetPromoterScore;
import dev.valuex.planning.ValueCreationPlan;
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

  @Test
  void moduleSampleRuns() throws Exception {
    ValueCreationPlan plan = ValuexJson.create().readPlan(PlanJsonTest.PLAN, PlanJsonTest.CARDS);
    // README-MODULE-SAMPLE-START
    ObjectMapper mapper = JsonMapper.builder().addModule(new ValuexJsonModule()).build();
    String text = mapper.writeValueAsString(plan);           // the valuex.plan/1 document
    ValueCreationPlan same = mapper.readValue(text, ValueCreationPlan.class);
    NetPromoterScore nps = mapper.readValue(
        "{\"promoters\":50,\"passives\":30,\"detractors\":20}", NetPromoterScore.class);
    // README-MODULE-SAMPLE-END
    assertEquals(plan, same);
    assertEquals(30, nps.value());
  }
}
