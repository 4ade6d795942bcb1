package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.valuex.core.ElementId;
import dev.valuex.core.Evidence;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Pairing;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.Subject;
import dev.valuex.core.View;
import dev.valuex.interchange.NdjsonLedgerReader;
import dev.valuex.interchange.NdjsonLedgerWriter;
import dev.valuex.interchange.ValuexJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** valuex-interchange with only its own dependencies: no catalog, no metrics, no Lucene. */
class JsonAloneTest {
  private static Ledger ledger(String id) {
    ElementId savings = ElementId.parse("customer.savings");
    ElementId money = ElementId.parse("customer.money");
    return Ledger.builder()
        .id(LedgerId.of(id))
        .subject(Subject.of(Subject.Kind.INDIVIDUAL, "P07"))
        .owner("P07").author("researcher-2")
        .perspective(Perspective.CUSTOMER).view(View.CURRENT)
        .asOf(LocalDate.of(2026, 3, 14))
        .build()
        .withEvidence(savings, Side.OUT, Evidence.quote("I always look around to get the best deal"))
        .withEvidence(money, Side.IN, Evidence.quote("I pay a yearly fee"))
        .withPairing(Pairing.of(money, savings));
  }

  @Test
  void ledgerDocumentsRoundTrip() {
    ValuexJson json = ValuexJson.create();
    Ledger ledger = ledger("p07-current");
    String text = json.toJson(ledger);
    assertEquals(ledger, json.readLedger(text));
  }

  @Test
  void ndjsonRoundTrips() throws Exception {
    ValuexJson json = ValuexJson.create();
    List<Ledger> ledgers = List.of(ledger("p07-current"), ledger("p08-current"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonLedgerWriter writer = json.ledgerWriter(out)) {
      ledgers.forEach(writer::write);
    }
    try (NdjsonLedgerReader reader =
        json.ledgerReader(new ByteArrayInputStream(out.toByteArray()))) {
      assertEquals(ledgers, reader.stream().collect(Collectors.toList()));
    }
  }

  @Test
  void jacksonFindsTheModuleWithoutCatalogOrMetrics() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    Ledger ledger = ledger("p07-current");
    assertEquals(ledger, mapper.readValue(mapper.writeValueAsString(ledger), Ledger.class));
    assertFalse(classLoads("dev.valuex.catalog.Catalog"));
    assertFalse(classLoads("dev.valuex.metrics.NetPromoterScore"));
  }

  private static boolean classLoads(String name) {
    try {
      Class.forName(name, false, JsonAloneTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
