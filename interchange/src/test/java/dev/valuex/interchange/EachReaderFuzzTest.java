package dev.valuex.interchange;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;

/**
 * Coverage-guided fuzzing of one reader at a time (Jazzer), for the long runs on record in
 * FORMAT.md: {@code -Pfuzz-long -Dfuzz.test=EachReaderFuzzTest#deck} fuzzes the deck reader for
 * 30 minutes. Jazzer fuzzes one test per run, so each reader has its own method, its own corpus
 * and its own findings directory ({@code EachReaderFuzzTestInputs/<method>}); the default build
 * replays those findings as regression tests. {@link ReaderFuzzTest} fuzzes all of them at once
 * for the default build's bounded run.
 */
class EachReaderFuzzTest {
  @FuzzTest
  void ledger(byte[] data) throws IOException {
    FuzzedReader.LEDGER.fuzz(data);
  }

  @FuzzTest
  void element(byte[] data) throws IOException {
    FuzzedReader.ELEMENT.fuzz(data);
  }

  @FuzzTest
  void ndjson(byte[] data) throws IOException {
    FuzzedReader.NDJSON.fuzz(data);
  }

  @FuzzTest
  void sheet(byte[] data) throws IOException {
    FuzzedReader.SHEET.fuzz(data);
  }

  @FuzzTest
  void plan(byte[] data) throws IOException {
    FuzzedReader.PLAN.fuzz(data);
  }

  @FuzzTest
  void program(byte[] data) throws IOException {
    FuzzedReader.PROGRAM.fuzz(data);
  }

  @FuzzTest
  void journey(byte[] data) throws IOException {
    FuzzedReader.JOURNEY.fuzz(data);
  }

  @FuzzTest
  void deck(byte[] data) throws IOException {
    FuzzedReader.DECK.fuzz(data);
  }

  @FuzzTest
  void cjml(byte[] data) throws IOException {
    FuzzedReader.CJML.fuzz(data);
  }

  @FuzzTest
  void policy(byte[] data) throws IOException {
    FuzzedReader.POLICY.fuzz(data);
  }

  @FuzzTest
  void metricValues(byte[] data) throws IOException {
    FuzzedReader.METRIC_VALUES.fuzz(data);
  }
}
