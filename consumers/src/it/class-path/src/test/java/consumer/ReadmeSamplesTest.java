package consumer;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import readme.AllSamples;

/** Runs every Java sample of README.md, as a user's class-path project would. */
class ReadmeSamplesTest {
  @TestFactory
  Stream<DynamicTest> everyReadmeSampleRuns() {
    return AllSamples.byName().entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> e.getValue().call()));
  }
}
