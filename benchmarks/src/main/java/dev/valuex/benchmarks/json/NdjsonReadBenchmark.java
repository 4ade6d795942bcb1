package dev.valuex.benchmarks.json;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.valuex.core.Ledger;
import dev.valuex.interchange.NdjsonLedgerReader;
import dev.valuex.interchange.ValuexJson;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reads 1,000,000 ledgers from an NDJSON stream generated on the fly (about 2 GB of text,
 * never held in memory) in a JVM with a 64 MB heap, and prints the peak heap use after each
 * iteration: a flat, small peak shows the reader streams. The baseline reads the same lines,
 * in the same heap, with plain Jackson data binding into {@link PlainLedger}s (no checks); the
 * issue's target is valuex within 1.3 times it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms64m", "-Xmx64m"})
public class NdjsonReadBenchmark {
  static final int LEDGERS = 1_000_000;

  private final ValuexJson json = ValuexJson.create();
  private final ObjectReader plain = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .build()
      .readerFor(PlainLedger.class);
  private byte[][] lines = new byte[0][];

  /** Writes a pool of 1,000 distinct ledger lines that the stream cycles through. */
  @Setup(Level.Trial)
  public void setUp() {
    Random random = new Random(7);
    lines = new byte[1000][];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = (json.toJson(Fixtures.ledger(i, random)) + "\n")
          .getBytes(StandardCharsets.UTF_8);
    }
  }

  /** Resets the peak-usage counters of the heap pools. */
  @Setup(Level.Iteration)
  public void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /** Prints the sum of the heap pools' peak use during the iteration. */
  @TearDown(Level.Iteration)
  public void reportPeak() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("%npeak heap used: %.1f MB (max heap %.0f MB)%n", peak / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6);
  }

  /**
   * Reads every ledger of the stream.
   *
   * @return the number of entries read, so nothing is optimised away
   * @throws IOException never, the stream is in memory
   */
  @Benchmark
  public long readMillionLedgers() throws IOException {
    return readLedgers(LEDGERS);
  }

  /** Reads the first {@code count} ledgers of the stream; also {@link NdjsonCpuTime}'s. */
  long readLedgers(int count) throws IOException {
    long entries = 0;
    try (NdjsonLedgerReader reader = json.ledgerReader(new Lines(lines, count))) {
      while (reader.hasNext()) {
        Ledger l = reader.next();
        entries += l.entries().size();
      }
    }
    return entries;
  }

  /**
   * Reads the same stream with plain Jackson data binding, one value per line.
   *
   * @return the number of entries read, so nothing is optimised away
   * @throws IOException never, the stream is in memory
   */
  @Benchmark
  public long plainJacksonReadMillionLedgers() throws IOException {
    return plainJacksonReadLedgers(LEDGERS);
  }

  /** Reads the first {@code count} ledgers of the stream with plain Jackson. */
  long plainJacksonReadLedgers(int count) throws IOException {
    long entries = 0;
    try (MappingIterator<PlainLedger> it = plain.readValues(new Lines(lines, count))) {
      while (it.hasNextValue()) {
        entries += it.nextValue().entries.size();
      }
    }
    return entries;
  }

  /** An input stream of {@code count} lines cycling through a pool. */
  private static final class Lines extends InputStream {
    private final byte[][] pool;
    private final int count;
    private int line;
    private int pos;

    Lines(byte[][] pool, int count) {
      this.pool = pool;
      this.count = count;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (line == count) {
        return -1;
      }
      byte[] current = pool[line % pool.length];
      int n = Math.min(len, current.length - pos);
      System.arraycopy(current, pos, b, off, n);
      pos += n;
      if (pos == current.length) {
        pos = 0;
        line++;
      }
      return n;
    }
  }

}
