package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.base.CaseFormat;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the seeds and findings of the one-reader fuzz runs ({@code EachReaderFuzzTestInputs},
 * one directory per {@link EachReaderFuzzTest} method) through their reader in every build, so a
 * fixed finding stays fixed without starting Jazzer.
 */
class FuzzFindingsTest {
  private static final String INPUTS = "EachReaderFuzzTestInputs";

  static Stream<Arguments> findings() throws IOException, URISyntaxException {
    Path root = Path.of(FuzzFindingsTest.class.getResource(INPUTS).toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).sorted()
          .map(f -> Arguments.of(reader(f.getParent().getFileName().toString()),
              f.getFileName().toString(), f))
          .toList().stream();
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("findings")
  void readerReturnsOrReportsFormatProblems(FuzzedReader reader, String name, Path file)
      throws IOException {
    reader.fuzz(Files.readAllBytes(file));
  }

  @Test
  void everyReaderHasSeedsToStartFrom() throws IOException, URISyntaxException {
    assertEquals(EnumSet.allOf(FuzzedReader.class), findings()
        .map(a -> (FuzzedReader) a.get()[0])
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(FuzzedReader.class))));
  }

  /** The reader a directory belongs to: {@code metricValues} is {@code METRIC_VALUES}. */
  private static FuzzedReader reader(String method) {
    return FuzzedReader.valueOf(CaseFormat.LOWER_CAMEL.to(CaseFormat.UPPER_UNDERSCORE, method));
  }
}
