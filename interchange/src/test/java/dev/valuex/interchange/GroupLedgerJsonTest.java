package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import dev.valuex.core.ElementId;
import dev.valuex.core.Evidence;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.Subject;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.core.View;
import dev.valuex.core.analysis.GroupLedger;
import dev.valuex.core.analysis.GroupRule;
import dev.valuex.core.analysis.GroupThreshold;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@code valuex.group-ledger/1} document on a hand-made group of two commuters. */
class GroupLedgerJsonTest {
  static final JsonSchemaFactory SCHEMAS =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  static final ElementId MONEY = ElementId.parse("customer.money");
  static final ElementId TIME_SAVING = ElementId.parse("customer.time-saving");

  static final String DOCUMENT = "{\"format\":\"valuex.group-ledger/1\","
      + "\"threshold\":{\"at_least_share\":0.5},\"with_evidence\":true,\"required_members\":1,"
      + "\"members\":[\"p01\",\"p02\"],"
      + "\"ledger\":{\"format\":\"valuex.ledger/1\",\"id\":\"commuter-current\","
      + "\"subject\":{\"kind\":\"segment\",\"label\":\"commuter\",\"segments\":[]},"
      + "\"owner\":\"commuter panel\",\"author\":\"researcher-2\",\"perspective\":\"customer\","
      + "\"view\":\"current\",\"as_of\":\"2026-03-09\",\"entries\":["
      + "{\"element\":\"customer.money\",\"side\":\"in\",\"importance\":3,\"evidence\":[],"
      + "\"note\":\"carried by 2 of 2 members\"},"
      + "{\"element\":\"customer.time-saving\",\"side\":\"out\",\"importance\":5,\"evidence\":"
      + "[{\"kind\":\"quote\",\"text\":\"I need to be at my desk by eight\"}],"
      + "\"note\":\"carried by 1 of 2 members\"}],\"pairings\":[],"
      + "\"notes\":[\"Composed from 2 member ledgers, an element entering a side when at least"
      + " 50% of members (1 of 2) carry it: p01, p02\"]},"
      + "\"entries\":[{\"element\":\"customer.money\",\"side\":\"in\",\"members\":[\"p01\","
      + "\"p02\"],\"weighed\":2,\"median_importance\":3.0},"
      + "{\"element\":\"customer.time-saving\",\"side\":\"out\",\"members\":[\"p01\"],"
      + "\"weighed\":1,\"median_importance\":5.0}]}";

  private final ValuexJson json = ValuexJson.create();

  static GroupLedger commuters() {
    Ledger p01 = member("p01", LocalDate.of(2026, 2, 3))
        .withEntry(LedgerEntry.of(MONEY, Side.IN).withImportance(4))
        .withEntry(LedgerEntry.of(TIME_SAVING, Side.OUT).withImportance(5)
            .withEvidence(Evidence.quote("I need to be at my desk by eight")));
    Ledger p02 = member("p02", LocalDate.of(2026, 3, 9))
        .withEntry(LedgerEntry.of(MONEY, Side.IN).withImportance(2));
    return GroupLedger.compose(List.of(p02, p01), GroupRule.builder()
        .id(LedgerId.of("commuter-current"))
        .subject(Subject.of(Subject.Kind.SEGMENT, "commuter"))
        .owner("commuter panel").author("researcher-2")
        .threshold(GroupThreshold.ofShare(0.5)).withEvidence(true).build());
  }

  static Ledger member(String id, LocalDate asOf) {
    return Ledger.builder().id(LedgerId.of(id)).subject(Subject.of(Subject.Kind.INDIVIDUAL, id))
        .owner(id).author("researcher-1").perspective(Perspective.CUSTOMER).view(View.CURRENT)
        .asOf(asOf).build();
  }

  @Test
  void writesTheThresholdMembersLedgerAndTraceInAFixedOrder() {
    assertEquals(DOCUMENT, json.toJson(commuters()));
  }

  @Test
  void readsTheDocumentBackEqual() {
    assertEquals(commuters(), json.readGroupLedger(DOCUMENT));
  }

  @Test
  void theJacksonModuleWritesAndReadsTheSameDocument() throws IOException {
    ObjectMapper mapper = json.newObjectMapper();
    assertEquals(DOCUMENT, mapper.writeValueAsString(commuters()));
    assertEquals(commuters(), mapper.readValue(DOCUMENT, GroupLedger.class));
  }

  @Test
  void theSchemaIsAValidDraft202012SchemaAndAcceptsTheDocument() throws IOException {
    JsonSchema meta = SCHEMAS.getSchema(
        SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    ObjectMapper plain = new ObjectMapper();
    assertEquals(Set.of(), meta.validate(plain.readTree(
        ValuexJson.schema(ValuexJson.GROUP_LEDGER_FORMAT))));
    JsonSchema schema = SCHEMAS.getSchema(ValuexJson.schema(ValuexJson.GROUP_LEDGER_FORMAT));
    assertEquals(Set.of(), schema.validate(plain.readTree(DOCUMENT)));
  }

  @Test
  void reportsARequiredCountThatDisagreesWithTheThreshold() {
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> json.readGroupLedger(DOCUMENT.replace("\"required_members\":1",
            "\"required_members\":2")));
    assertEquals(List.of("(root): GroupLedger commuter-current: required_members must be the"
        + " threshold's share of 2 members, 1, got 2"), e.problems());
  }

  @Test
  void reportsAThresholdWithBothShareAndCount() {
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> json.readGroupLedger(DOCUMENT.replace("{\"at_least_share\":0.5}",
            "{\"at_least_share\":0.5,\"at_least_count\":2}")));
    assertEquals(List.of("/threshold: must hold exactly one of at_least_share and"
        + " at_least_count, got both"), e.problems());
  }

  @Test
  void reportsAnEntryTracedToAMemberTheGroupLacks() {
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> json.readGroupLedger(DOCUMENT.replace("\"members\":[\"p01\"],",
            "\"members\":[\"p09\"],")));
    assertEquals(List.of("(root): GroupLedger commuter-current: entry customer.time-saving OUT"
        + " must rest on member ledgers only, got p09"), e.problems());
  }
}
