package dev.valuex.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.ElementId;
import dev.valuex.core.Evidence;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.Pairing;
import dev.valuex.core.Provenance;
import dev.valuex.core.Subject;
import dev.valuex.core.ValueElement;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import org.junit.jupiter.api.Test;

/** The generators' promises: valid values, knobs respected. */
class GeneratorProperties {
  static final List<ElementId> UNIVERSE = List.of(
      ElementId.parse("employee.pay"), ElementId.parse("employee.time"),
      ElementId.parse("employee.recognition"));

  @Property(tries = 200)
  @Domain(ValuexDomain.class)
  void generatedValuesSurviveRevalidation(@ForAll ValueElement element,
      @ForAll Evidence evidence, @ForAll Subject subject, @ForAll Pairing pairing,
      @ForAll Provenance provenance) {
    // Copies run every @Value.Check again: a generated value that broke a rule would throw.
    assertEquals(element, element.withName(element.name() + "X").withName(element.name()));
    assertEquals(evidence, evidence.withText(evidence.text() + "!").withText(evidence.text()));
    assertEquals(subject, subject.withLabel(subject.label() + "x").withLabel(subject.label()));
    assertEquals(ElementId.parse(element.id().toString()), element.id());
    assertTrue(!pairing.given().isEmpty() && !pairing.received().isEmpty());
    assertEquals(provenance.kind() != Provenance.Kind.CUSTOM, provenance.isBundled());
  }

  @Property(tries = 200)
  void ledgersRespectTheSizeKnobs(@ForAll("knobbed") Ledger ledger) {
    assertTrue(ledger.entries().size() >= 2 && ledger.entries().size() <= 5,
        () -> "entries " + ledger.entries().size());
    for (LedgerEntry e : ledger.entries()) {
      assertTrue(UNIVERSE.contains(e.element()), () -> "outside universe " + e.element());
      assertTrue(e.evidence().size() >= 1 && e.evidence().size() <= 2);
    }
  }

  @Property(tries = 200)
  void ledgersAreFoundByTypeWithoutADomain(@ForAll Ledger ledger) {
    assertTrue(ledger.entries().size() <= 2 * LedgerArbitrary.DEFAULT_ELEMENTS.size());
  }

  @Provide
  Arbitrary<Ledger> knobbed() {
    return ValuexArbitraries.ledgers().elements(UNIVERSE).entriesPerLedger(2, 5)
        .evidencePerEntry(1, 2);
  }

  @Test
  void knobsRejectImpossibleSizes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ValuexArbitraries.ledgers().entriesPerLedger(3, 1));
    assertEquals("LedgerArbitrary: entriesPerLedger must have 0 <= min <= max, got min 3 and"
        + " max 1", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> ValuexArbitraries.ledgers().elements(UNIVERSE).entriesPerLedger(7, 9));
    assertThrows(IllegalArgumentException.class,
        () -> ValuexArbitraries.ledgers().entriesPerLedger(7, 9).elements(UNIVERSE));
  }
}
