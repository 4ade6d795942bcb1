package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.valuex.core.Ledger;
import dev.valuex.core.journey.StageTags;
import dev.valuex.testing.JourneyArbitraries;
import dev.valuex.testing.ValuexArbitraries;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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

  @Property(tries = 500)
  void ledgersWithStageTagsExportedAndImportedBackAreEqualTagsIncluded(
      @ForAll("taggedSheets") Tagged tagged, @ForAll("delimiters") char delimiter) {
    CodingSheet sheet = CodingSheet.builder().delimiter(delimiter)
        .journeyModel(tagged.tags().model()).build();
    StringBuilder out = new StringBuilder();
    sheet.write(tagged.ledgers(), tagged.tags(), out);
    CodingSheetImport back = sheet.readWithStages(new StringReader(out.toString()));
    assertEquals(tagged.ledgers(), back.ledgers());
    assertEquals(Optional.of(tagged.tags()), back.stageTags());
    assertEquals(tagged.ledgers(), sheet.read(new StringReader(out.toString())));
  }

  record Tagged(List<Ledger> ledgers, StageTags tags) {}

  @Provide
  Arbitrary<Tagged> taggedSheets() {
    return Combinators.combine(JourneyArbitraries.models().filter(
            m -> m.stages().stream().noneMatch(s -> s.name().contains(";"))),
            sheetLedgers())
        .flatAs((model, ledgers) -> JourneyArbitraries.stageTags(model, ledgers)
            .map(tags -> new Tagged(ledgers, tags)));
  }

  @Provide
  Arbitrary<List<Ledger>> sheetLedgers() {
    return ValuexArbitraries.ledgers()
        .map(l -> l.withPairings(List.of()).withNotes(List.of())
            .withSupersedes(Optional.empty()))
        .list().ofMaxSize(4).uniqueElements(Ledger::id);
  }

  @Provide
  Arbitrary<Character> delimiters() {
    return net.jqwik.api.Arbitraries.of(',', ';', '\t');
  }
}
