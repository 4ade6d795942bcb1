package dev.valuex.metrics.clv;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The CDNOW sample, read from {@code shared/data/cdnow} beside the repository (found by walking
 * up from the working directory, or named by the system property {@code valuex.cdnow.dir}).
 * The data are never copied into the repository; tests that need them are skipped without.
 */
final class Cdnow {
  static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);

  private Cdnow() {}

  static Path folder() {
    Optional<Path> found = locate();
    assumeTrue(found.isPresent(), "Skipped: the CDNOW sample was not found in shared/data/cdnow"
        + " beside the repository (or -Dvaluex.cdnow.dir); it is not part of the repository");
    return found.orElseThrow();
  }

  private static Optional<Path> locate() {
    String property = System.getProperty("valuex.cdnow.dir");
    if (property != null) {
      Path p = Path.of(property);
      return Files.isRegularFile(p.resolve("CDNOW_sample.txt")) ? Optional.of(p) : Optional.empty();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/data/cdnow");
      if (Files.isRegularFile(candidate.resolve("CDNOW_sample.txt"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The published summary with mean repeat spend, in weeks. */
  static ImmutableList<PurchaseHistory> summary() {
    ImmutableList.Builder<PurchaseHistory> result = ImmutableList.builder();
    for (String line : lines("cdnow_customers_summary_with_transactions.csv")) {
      if (line.startsWith("ID")) {
        continue;
      }
      String[] f = line.split(",");
      result.add(PurchaseHistory.builder().customer(f[0]).frequency(Integer.parseInt(f[1]))
          .recency(Double.parseDouble(f[2])).age(Double.parseDouble(f[3]))
          .meanRepeatSpend(Double.parseDouble(f[4])).unit(ChronoUnit.WEEKS).build());
    }
    return result.build();
  }

  /** The transactions, customer = the sample id without leading zeros. */
  static ImmutableList<Purchase> transactions() {
    DateTimeFormatter format = DateTimeFormatter.BASIC_ISO_DATE;
    ImmutableList.Builder<Purchase> result = ImmutableList.builder();
    for (String line : lines("CDNOW_sample.txt")) {
      String[] f = line.strip().split("\\s+");
      if (f.length < 5) {
        continue;
      }
      result.add(Purchase.of(String.valueOf(Integer.parseInt(f[1])),
          LocalDate.parse(f[2], format), Double.parseDouble(f[4])));
    }
    return result.build();
  }

  private static List<String> lines(String file) {
    try {
      return Files.readAllLines(folder().resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
