package dev.valuex.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.valuex.core.ValuexFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Coverage-guided fuzzing of every reader (Jazzer): whatever the bytes, a reader returns or
 * throws {@link ValuexFormatException}, never anything else. The first byte picks the reader.
 * The default build fuzzes for 30 seconds (Surefire execution {@code fuzz}); the profile
 * {@code fuzz-long} fuzzes for 10 minutes, or {@code -Dfuzz.duration=1h} for any time.
 */
class ReaderFuzzTest {
  private static final ValuexJson STRICT = ValuexJson.create()
      .withLimits(ReadLimits.builder().maxDocumentLength(100_000).build());
  private static final CodingSheet SHEET = CodingSheet.standard();

  @FuzzTest(maxDuration = "30s")
  void readersOnlyEverThrowTheFormatException(byte[] data) throws IOException {
    if (data.length == 0) {
      return;
    }
    byte[] rest = Arrays.copyOfRange(data, 1, data.length);
    try {
      switch (data[0] & 7) {
        case 0 -> STRICT.readLedger(in(rest));
        case 1 -> ValuexJson.lenient().readLedger(new String(rest, StandardCharsets.UTF_8));
        case 2 -> STRICT.readElement(new String(rest, StandardCharsets.UTF_8));
        case 3 -> {
          try (NdjsonLedgerReader r = STRICT.ledgerReader(in(rest))) {
            r.forEachRemaining(l -> { });
          }
        }
        case 4 -> SHEET.read(in(rest));
        case 5 -> SHEET.readLenient(new StringReader(new String(rest, StandardCharsets.UTF_8)));
        case 6 -> SHEET.withDelimiter(';').read(in(rest));
        default -> SHEET.withResolver(ElementResolver.of(java.util.List.of(Samples.element())))
            .readLenient(in(rest));
      }
    } catch (ValuexFormatException expected) {
      // the one documented failure of a reader
    } catch (UncheckedIOException e) {
      throw new AssertionError("in-memory input cannot fail to read", e);
    }
  }

  private static InputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }
}
