package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.valuex.core.BalanceJudgement;
import dev.valuex.core.ElementId;
import dev.valuex.core.Evidence;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Pairing;
import dev.valuex.core.Provenance;
import dev.valuex.core.Subject;
import dev.valuex.core.ValueElement;
import dev.valuex.testing.ValuexArbitraries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class JsonRoundTripProperties {
  private final ValuexJson json = ValuexJson.create();
  private final ObjectMapper mapper =
      JsonMapper.builder().addModule(new ValuexJsonModule()).build();

  private <T> void roundTrips(T value, Class<T> type) throws IOException {
    String text = mapper.writeValueAsString(value);
    assertEquals(value, mapper.readValue(text, type));
  }

  @Property(tries = 500)
  void ledgerWrittenThenReadIsEqual(@ForAll("ledgers") Ledger ledger) throws IOException {
    assertEquals(ledger, json.readLedger(json.toJson(ledger)));
    roundTrips(ledger, Ledger.class);
  }

  @Property(tries = 500)
  void valueElementWrittenThenReadIsEqual(@ForAll("elements") ValueElement element)
      throws IOException {
    assertEquals(element, json.readElement(json.toJson(element)));
    roundTrips(element, ValueElement.class);
  }

  @Property(tries = 500)
  void subjectWrittenThenReadIsEqual(@ForAll("subjects") Subject subject) throws IOException {
    roundTrips(subject, Subject.class);
  }

  @Property(tries = 500)
  void evidenceWrittenThenReadIsEqual(@ForAll("evidence") Evidence evidence)
      throws IOException {
    roundTrips(evidence, Evidence.class);
  }

  @Property(tries = 500)
  void entryWrittenThenReadIsEqual(@ForAll("entries") LedgerEntry entry) throws IOException {
    roundTrips(entry, LedgerEntry.class);
  }

  @Property(tries = 500)
  void pairingWrittenThenReadIsEqual(@ForAll("pairings") Pairing pairing) throws IOException {
    roundTrips(pairing, Pairing.class);
  }

  @Property(tries = 500)
  void judgementWrittenThenReadIsEqual(@ForAll("judgements") BalanceJudgement judgement)
      throws IOException {
    roundTrips(judgement, BalanceJudgement.class);
  }

  @Property(tries = 500)
  void provenanceWrittenThenReadIsEqual(@ForAll("provenances") Provenance provenance)
      throws IOException {
    roundTrips(provenance, Provenance.class);
  }

  @Property(tries = 500)
  void idsWrittenThenReadAreEqual(@ForAll("elementIds") ElementId element,
      @ForAll("ledgerIds") LedgerId ledger) throws IOException {
    roundTrips(element, ElementId.class);
    roundTrips(ledger, LedgerId.class);
  }

  @Property(tries = 500)
  void ledgersStreamedAsNdjsonThenReadAreEqual(@ForAll("ledgerLists") List<Ledger> ledgers)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonLedgerWriter w = json.ledgerWriter(out)) {
      assertEquals(ledgers.size(), w.writeAll(ledgers.iterator()));
    }
    List<Ledger> back = new ArrayList<>();
    try (NdjsonLedgerReader r = json.ledgerReader(new ByteArrayInputStream(out.toByteArray()))) {
      r.forEachRemaining(back::add);
      assertEquals(ledgers.size(), r.lineNumber());
    }
    assertEquals(ledgers, back);
    assertEquals(ledgers.size(), out.toString(StandardCharsets.UTF_8).split("\n", -1).length - 1);
  }

  @Provide
  Arbitrary<Ledger> ledgers() {
    return ValuexArbitraries.ledgers();
  }

  @Provide
  Arbitrary<List<Ledger>> ledgerLists() {
    return ValuexArbitraries.ledgers().list().ofMaxSize(5);
  }

  @Provide
  Arbitrary<ValueElement> elements() {
    return ValuexArbitraries.valueElements();
  }

  @Provide
  Arbitrary<Subject> subjects() {
    return ValuexArbitraries.subjects();
  }

  @Provide
  Arbitrary<Evidence> evidence() {
    return ValuexArbitraries.evidence();
  }

  @Provide
  Arbitrary<LedgerEntry> entries() {
    return ValuexArbitraries.ledgerEntries();
  }

  @Provide
  Arbitrary<Pairing> pairings() {
    return ValuexArbitraries.pairings();
  }

  @Provide
  Arbitrary<BalanceJudgement> judgements() {
    return ValuexArbitraries.judgements();
  }

  @Provide
  Arbitrary<Provenance> provenances() {
    return ValuexArbitraries.provenances();
  }

  @Provide
  Arbitrary<ElementId> elementIds() {
    return ValuexArbitraries.elementIds();
  }

  @Provide
  Arbitrary<LedgerId> ledgerIds() {
    return ValuexArbitraries.ledgerIds();
  }
}
