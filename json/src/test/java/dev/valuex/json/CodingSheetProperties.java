package dev.valuex.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.valuex.core.Ledger;
import dev.valuex.testing.ValuexArbitraries;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CodingSheetProperties {
  @Property(tries = 500)
  void ledgersExportedToASheetAndImportedBackAreEqual(
      @ForAll("sheetLedgers") List<Ledger> ledgers, @ForAll("delimiters") char delimiter) {
    CodingSheet sheet = CodingSheet.builder().delimiter(delimiter).build();
    StringBuilder out = new StringBuilder();
    sheet.write(ledgers, out);
    assertEquals(ledgers, sheet.read(new StringReader(out.toString())));
  }

  @Provide
  Arbitrary<List<Ledger>> sheetLedgers() {
    return ValuexArbitraries.ledgers()
        .map(l -> l.withPairings(List.of()).withJudgement(Optional.empty())
            .withNotes(List.of()).withSupersedes(Optional.empty()))
        .list().ofMaxSize(4).uniqueElements(Ledger::id);
  }

  @Provide
  Arbitrary<Character> delimiters() {
    return net.jqwik.api.Arbitraries.of(',', ';', '\t');
  }
}
