package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SchemaLocation;
import dev.valuex.catalog.Catalog;
import dev.valuex.core.ElementId;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.planning.Offering;
import dev.valuex.planning.ValueProposition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@code valuex.proposition/1} document, on a small proposition and the sample study's. */
class PropositionJsonTest {
  static final Path SAMPLE = Path.of("../cli/src/main/resources/dev/valuex/cli/sample/"
      + "proposition.json");
  static final String DOCUMENT = "{\"format\":\"valuex.proposition/1\",\"name\":\"Bakery\","
      + "\"offerings\":[{\"name\":\"Pre-order app\",\"kind\":\"feature\",\"description\":"
      + "\"Order by 8 pm, collect from 7 am\",\"creates\":[\"customer.time-saving\"],"
      + "\"relieves\":[\"customer.patience\"]},{\"name\":\"Loyalty card\",\"kind\":\"service\","
      + "\"creates\":[\"customer.rewards\"],\"relieves\":[]}]}";

  private final ValuexJson json = ValuexJson.create();

  static ValueProposition bakery() {
    return ValueProposition.builder().name("Bakery").addOfferings(
        Offering.builder().name("Pre-order app").kind(Offering.Kind.FEATURE)
            .description("Order by 8 pm, collect from 7 am")
            .addCreates(ElementId.parse("customer.time-saving"))
            .addRelieves(ElementId.parse("customer.patience")).build(),
        Offering.builder().name("Loyalty card").kind(Offering.Kind.SERVICE)
            .addCreates(ElementId.parse("customer.rewards")).build()).build();
  }

  @Test
  void writesOfferingsInOrderWithElementIds() {
    assertEquals(DOCUMENT, json.toJson(bakery()));
    assertEquals(bakery(), json.readProposition(DOCUMENT));
  }

  @Test
  void theJacksonModuleWritesAndReadsTheSameDocument() throws IOException {
    ObjectMapper mapper = json.newObjectMapper();
    assertEquals(DOCUMENT, mapper.writeValueAsString(bakery()));
    assertEquals(bakery(), mapper.readValue(DOCUMENT, ValueProposition.class));
  }

  @Test
  void readsTheSampleStudysPropositionByCardName() throws IOException {
    ValueProposition p = json.readProposition(Files.readString(SAMPLE),
        CatalogResolver.of(Catalog.defaults()));
    assertEquals("Pedal Commons, spring 2026", p.name());
    assertEquals(7, p.offerings().size());
    assertEquals(Set.of(ElementId.parse("customer.savings"),
            ElementId.parse("customer.simplification")),
        p.offering("Monthly pass and annual plan").orElseThrow().creates());
    assertEquals(Set.of(ElementId.parse("customer.money")),
        p.offering("Student pass").orElseThrow().relieves());
    assertEquals(p, json.readProposition(json.toJson(p)));
  }

  @Test
  void theSchemaIsValidAndAcceptsTheWrittenAndTheSampleDocuments() throws IOException {
    JsonSchema meta = GroupLedgerJsonTest.SCHEMAS.getSchema(
        SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    ObjectMapper plain = new ObjectMapper();
    assertEquals(Set.of(), meta.validate(plain.readTree(
        ValuexJson.schema(ValuexJson.PROPOSITION_FORMAT))));
    JsonSchema schema = GroupLedgerJsonTest.SCHEMAS.getSchema(
        ValuexJson.schema(ValuexJson.PROPOSITION_FORMAT));
    assertEquals(Set.of(), schema.validate(plain.readTree(DOCUMENT)));
    assertEquals(Set.of(), schema.validate(plain.readTree(Files.readString(SAMPLE))));
  }

  @Test
  void reportsEveryProblemWithItsPointer() {
    String bad = "{\"format\":\"valuex.proposition/1\",\"name\":\"Bakery\",\"offerings\":["
        + "{\"name\":\"App\",\"kind\":\"gadget\",\"creates\":[\"Time Savng\"]},"
        + "{\"name\":\"Card\",\"kind\":\"service\",\"creates\":[\"Rewards\",\"rewards\"]}]}";
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> json.readProposition(bad, CatalogResolver.of(Catalog.defaults())));
    assertEquals(List.of(
        "/offerings/0/kind: must be one of \"product\", \"service\", \"feature\", got \"gadget\"",
        "/offerings/0/creates/0: must name a known value element, got 'Time Savng' (nearest"
            + " known: TIME SAVING, TIME, IDEAS)",
        "/offerings/1/creates/1: must not repeat an earlier item, got \"rewards\""
            + " (customer.rewards again)"),
        e.problems());
  }

  @Test
  void reportsAnOfferingThatNamesNoElement() {
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> json.readProposition("{\"format\":\"valuex.proposition/1\",\"name\":\"B\","
            + "\"offerings\":[{\"name\":\"Gift card\",\"kind\":\"product\"}]}"));
    assertEquals(List.of("/offerings/0: Offering 'Gift card': creates or relieves must name at"
        + " least one element, got 'nothing'"), e.problems());
  }
}
