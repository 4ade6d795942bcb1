package dev.valuex.interchange;

import dev.valuex.core.Ledger;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.testing.ValuexArbitraries;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Valid documents broken at random (bytes flipped, cut, spliced): the readers either read them
 * or throw {@link ValuexFormatException}; nothing else ever escapes.
 */
class MutatedInputProperties {
  private static final ValuexJson JSON = ValuexJson.create();

  @Property(tries = 500)
  void brokenJsonOnlyEverFailsWithTheFormatException(@ForAll("brokenLedgers") byte[] doc) {
    try {
      JSON.readLedger(new ByteArrayInputStream(doc));
    } catch (ValuexFormatException expected) {
      // the documented failure
    }
    try (NdjsonLedgerReader r = JSON.ledgerReader(new ByteArrayInputStream(doc))) {
      r.forEachRemaining(l -> { });
    } catch (ValuexFormatException expected) {
      // the documented failure
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Property(tries = 500)
  void brokenSheetsOnlyEverFailWithTheFormatException(@ForAll("brokenSheets") byte[] sheet) {
    try {
      CodingSheet.standard().read(new ByteArrayInputStream(sheet));
    } catch (ValuexFormatException expected) {
      // the documented failure
    }
    try {
      CodingSheet.standard().readLenient(new StringReader(
          new String(sheet, StandardCharsets.UTF_8)));
    } catch (ValuexFormatException expected) {
      // the documented failure
    }
  }

  @Provide
  Arbitrary<byte[]> brokenLedgers() {
    return mutate(ValuexArbitraries.ledgers().map(JSON::toJson));
  }

  @Provide
  Arbitrary<byte[]> brokenSheets() {
    return mutate(ValuexArbitraries.ledgers().list().ofMaxSize(3).map(ls -> {
      StringBuilder out = new StringBuilder();
      CodingSheet.standard().write(ls.stream().map(MutatedInputProperties::fitting)
          .collect(java.util.stream.Collectors.toList()), out);
      return out.toString();
    }));
  }

  private static Ledger fitting(Ledger l) {
    return l.withPairings(List.of()).withJudgement(Optional.empty()).withNotes(List.of())
        .withSupersedes(Optional.empty());
  }

  private static Arbitrary<byte[]> mutate(Arbitrary<String> docs) {
    Arbitrary<Integer> positions = Arbitraries.integers().between(0, 100_000);
    Arbitrary<Byte> junk = Arbitraries.oneOf(Arbitraries.bytes(),
        Arbitraries.of((byte) '"', (byte) '{', (byte) '}', (byte) '[', (byte) ',',
            (byte) ':', (byte) '\n', (byte) '\\', (byte) 0));
    return Combinators.combine(docs, positions.list().ofMinSize(1).ofMaxSize(4),
            junk.list().ofMinSize(1).ofMaxSize(4), Arbitraries.integers().between(0, 2))
        .as((doc, at, with, how) -> {
          byte[] b = doc.getBytes(StandardCharsets.UTF_8);
          if (b.length == 0) {
            return b;
          }
          if (how == 0) {
            return java.util.Arrays.copyOf(b, at.get(0) % b.length);
          }
          for (int i = 0; i < at.size(); i++) {
            b[at.get(i) % b.length] = with.get(i % with.size());
          }
          if (how == 2) {
            int cut = at.get(0) % b.length;
            byte[] spliced = new byte[b.length * 2 - cut];
            System.arraycopy(b, 0, spliced, 0, b.length);
            System.arraycopy(b, cut, spliced, b.length, b.length - cut);
            return spliced;
          }
          return b;
        });
  }
}
