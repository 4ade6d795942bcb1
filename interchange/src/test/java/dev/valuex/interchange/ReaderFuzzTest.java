package dev.valuex.interchange;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.util.Arrays;

/**
 * Coverage-guided fuzzing of every reader at once (Jazzer), the default build's bounded run:
 * whatever the bytes, a reader returns or throws {@link dev.valuex.core.ValuexFormatException}
 * (through a Jackson mapper also Jackson's {@code JsonProcessingException}), never anything
 * else. The first byte picks the {@link FuzzedReader}, the rest is its input. The default build
 * fuzzes for 30 seconds (Surefire execution {@code fuzz}); {@link EachReaderFuzzTest} fuzzes one
 * reader at a time for the long runs.
 */
class ReaderFuzzTest {
  private static final FuzzedReader[] READERS = FuzzedReader.values();

  @FuzzTest(maxDuration = "30s")
  void readersOnlyEverThrowTheFormatException(byte[] data) throws IOException {
    if (data.length == 0) {
      return;
    }
    READERS[(data[0] & 0xff) % READERS.length].fuzz(Arrays.copyOfRange(data, 1, data.length));
  }
}
