package dev.valuex.benchmarks.patterns;

import dev.valuex.core.analysis.LedgerSummary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a distributed engine pays per partial summary: merging two summaries of the study's
 * ledgers (each half of them, over the same 96 or 1 strata), and writing one in Java
 * serialization, the form Spark's aggregation buffer and Beam's or Flink's state ship. The size
 * in bytes of one serialized summary is printed once per trial ({@code serialized size: ...}):
 * a JMH event counter would be summed over the measured iterations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class LedgerSummaryMergeBenchmark {
  /** How many ledgers each of the two summaries counts. */
  @Param({"100000"})
  public int ledgers;

  /** How many strata (segment set, view, month) the ledgers spread over: 96 or 1. */
  @Param({"96", "1"})
  public int strata;

  private LedgerSummary first;
  private LedgerSummary second;
  private byte[] serialized;

  /** Builds the two summaries once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    first = LedgerSummary.of(new Study(ledgers, strata > 1, 42).ledgers);
    second = LedgerSummary.of(new Study(ledgers, strata > 1, 43).ledgers);
    serialized = write(first);
    System.out.printf(Locale.ROOT, "serialized size: %d bytes (strata=%d, ledgers=%d)%n",
        serialized.length, strata, ledgers);
  }

  /**
   * Merges the two summaries.
   *
   * @return the merged summary
   */
  @Benchmark
  public LedgerSummary merge() {
    return first.merge(second);
  }

  /**
   * Writes one summary in Java serialization.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] serialize() {
    return write(first);
  }

  /**
   * Reads one summary back from Java serialization.
   *
   * @return the summary
   */
  @Benchmark
  public LedgerSummary deserialize() {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialized))) {
      return (LedgerSummary) in.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] write(LedgerSummary summary) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(summary);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
