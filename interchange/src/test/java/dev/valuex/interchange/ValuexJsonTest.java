package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableMap;
import dev.valuex.core.ElementId;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.ValuexFormatException;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuexJsonTest {
  private final ValuexJson json = ValuexJson.create();

  @Test
  void writesLedgerInTheDocumentedFormat() {
    assertEquals(Samples.LEDGER_JSON, json.toJson(Samples.ledger()));
  }

  @Test
  void readsLedgerFromTheDocumentedFormat() {
    assertEquals(Samples.ledger(), json.readLedger(Samples.LEDGER_JSON));
  }

  @Test
  void readsLedgerFromUtf8AndUtf16Bytes() {
    byte[] utf8 = Samples.LEDGER_JSON.getBytes(StandardCharsets.UTF_8);
    byte[] utf16 = Samples.LEDGER_JSON.getBytes(StandardCharsets.UTF_16BE);
    assertEquals(Samples.ledger(), json.readLedger(new ByteArrayInputStream(utf8)));
    assertEquals(Samples.ledger(), json.readLedger(new ByteArrayInputStream(utf16)));
  }

  @Test
  void writesAndReadsValueElementInTheDocumentedFormat() {
    assertEquals(Samples.ELEMENT_JSON, json.toJson(Samples.element()));
    assertEquals(Samples.element(), json.readElement(Samples.ELEMENT_JSON));
  }

  @Test
  void readsMinimalLedgerWithAbsentArraysAsEmpty() {
    Ledger l = json.readLedger("{\"format\":\"valuex.ledger/1\",\"id\":\"a1\","
        + "\"subject\":{\"kind\":\"persona\",\"label\":\"Saver\"},\"owner\":\"Saver\","
        + "\"author\":\"r1\",\"perspective\":\"employee\",\"view\":\"desired\","
        + "\"as_of\":\"2025-01-31\"}");
    assertTrue(l.entries().isEmpty());
    assertTrue(l.pairings().isEmpty());
    assertTrue(l.notes().isEmpty());
  }

  @Test
  void reportsEveryProblemOfADocumentTogether() {
    String doc = Samples.LEDGER_JSON
        .replace("\"side\":\"out\"", "\"side\":\"sideways\"")
        .replace("\"importance\":4", "\"importance\":\"high\"")
        .replace("\"owner\":\"P07\"", "\"owner\":7,\"colour\":\"red\"")
        .replace("\"as_of\":\"2026-03-14\"", "\"as_of\":\"14/03/2026\"");
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> json.readLedger(doc));
    assertEquals(List.of(
        "/owner: must be a string, got 7",
        "/as_of: must be a date written YYYY-MM-DD, got \"14/03/2026\"",
        "/entries/0/side: must be one of \"in\", \"out\", got \"sideways\"",
        "/entries/0/importance: must be a whole number, got \"high\"",
        "/colour: must be a field of a ledger (format, id, subject, owner, author, perspective,"
            + " view, context, purpose, as_of, entries, pairings, judgement, notes, supersedes), got"
            + " unknown field"), e.problems());
    assertTrue(e.getMessage().startsWith("JSON: 5 problems"));
  }

  @Test
  void reportsModelRuleViolationsWithPointerAndRule() {
    String doc = Samples.LEDGER_JSON.replace("\"importance\":4", "\"importance\":9")
        .replace("\"label\":\"P07\"", "\"label\":\" P07\"");
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> json.readLedger(doc));
    assertEquals(List.of(
        "/subject/label: must not start or end with white space, got ' P07'",
        "/entries/0/importance: must be from 1 to 5 (leave it unset when not weighed), got 9"),
        e.problems());
  }

  @Test
  void aFieldRuleIsReportedAtTheFieldTogetherWithTheOtherProblemsOfItsObject() {
    String doc = Samples.LEDGER_JSON.replace("\"importance\":4", "\"importance\":9,\"note\":\" \"");
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> json.readLedger(doc));
    assertEquals(List.of(
        "/entries/0/importance: must be from 1 to 5 (leave it unset when not weighed), got 9",
        "/entries/0/note: must not be blank, got ' '"), e.problems());
    assertEquals("must be from 1 to 5 (leave it unset when not weighed)",
        e.details().get(0).rule());
  }

  @Test
  void lenientReaderSkipsUnknownFieldsButNotOtherProblems() {
    String unknown = Samples.LEDGER_JSON.replace("\"owner\":\"P07\"",
        "\"owner\":\"P07\",\"colour\":\"red\",\"extra\":{\"deep\":[1,2]}");
    assertEquals(Samples.ledger(), ValuexJson.lenient().readLedger(unknown));
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> ValuexJson.lenient().readLedger(unknown.replace("\"view\":\"current\"",
            "\"view\":\"now\"")));
    assertEquals(List.of("/view: must be one of \"current\", \"desired\", got \"now\""),
        e.problems());
  }

  @Test
  void moduleIsFoundByFindAndRegisterModules() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertTrue(mapper.getRegisteredModuleIds().contains(
        ValuexJsonModule.class.getName() + ":strict"));
    assertEquals(Samples.LEDGER_JSON, mapper.writeValueAsString(Samples.ledger()));
    assertEquals(Samples.ledger(), mapper.readValue(Samples.LEDGER_JSON, Ledger.class));
  }

  @Test
  void moduleThrowsEveryProblemWithPointersIntoTheWholeDocument() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new ValuexJsonModule()).build();
    String doc = "[" + Samples.LEDGER_JSON + "," + Samples.LEDGER_JSON.replace(
        "\"side\":\"in\"", "\"side\":\"IN\"") + "]";
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> mapper.readValue(doc, new TypeReference<List<Ledger>>() {}));
    ValuexFormatException cause = (ValuexFormatException) e.getCause();
    assertEquals(List.of("/1/entries/1/side: must be one of \"in\", \"out\", got \"IN\""),
        cause.problems());
  }

  @Test
  void moduleWritesAndReadsPartsAndIdMapKeys() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new ValuexJsonModule()).build();
    LedgerEntry entry = Samples.ledger().entries().get(1);
    String text = mapper.writeValueAsString(entry);
    assertEquals("{\"element\":\"customer.money\",\"side\":\"in\",\"evidence\":"
        + "[{\"kind\":\"quote\",\"text\":\"I pay a yearly fee\"}]}", text);
    assertEquals(entry, mapper.readValue(text, LedgerEntry.class));
    Map<ElementId, Integer> counts = ImmutableMap.of(Samples.SAVINGS, 3, Samples.MONEY, 1);
    String map = mapper.writeValueAsString(counts);
    assertEquals("{\"customer.savings\":3,\"customer.money\":1}", map);
    assertEquals(counts, mapper.readValue(map, new TypeReference<Map<ElementId, Integer>>() {}));
  }

  @Test
  void mapperNeverUsesDefaultTyping() {
    ObjectMapper mapper = json.newObjectMapper();
    assertNull(mapper.getSerializationConfig().getDefaultTyper(
        mapper.constructType(Object.class)));
    assertNull(mapper.getDeserializationConfig().getDefaultTyper(
        mapper.constructType(Object.class)));
  }

  @Test
  void nothingInTheModuleIsJavaSerializable() {
    assertFalse(Serializable.class.isAssignableFrom(ValuexJsonModule.class));
    assertFalse(Serializable.class.isAssignableFrom(ValuexJson.class));
  }

  @Test
  void rejectsNonPositiveReadLimits() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ReadLimits.builder().maxNestingDepth(0).build());
    assertEquals("ReadLimits: maxNestingDepth must be at least 1, got 0", e.getMessage());
  }
}
