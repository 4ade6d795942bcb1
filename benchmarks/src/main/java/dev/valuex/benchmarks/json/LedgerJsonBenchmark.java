package dev.valuex.benchmarks.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.valuex.core.Ledger;
import dev.valuex.interchange.ValuexJson;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Writes then reads 100,000 ledgers: through valuex (strict reading with every model check)
 * and, as the baseline, through plain Jackson data binding of {@link PlainLedger}s of the same
 * JSON shape. Issue 18's target is valuex within 1.1 times the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class LedgerJsonBenchmark {
  static final int LEDGERS = 100_000;

  private final ValuexJson json = ValuexJson.create();
  private final ObjectMapper plain = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
          JsonInclude.Include.NON_NULL))
      .build();
  private List<Ledger> ledgers = new ArrayList<>();
  private List<PlainLedger> plainLedgers = new ArrayList<>();

  /** Builds the ledgers and their plain twins once. */
  @Setup(Level.Trial)
  public void setUp() {
    ledgers = Fixtures.ledgers(LEDGERS);
    plainLedgers = new ArrayList<>(LEDGERS);
    for (Ledger l : ledgers) {
      plainLedgers.add(PlainLedger.of(l));
    }
  }

  /**
   * Writes and reads every ledger with valuex.
   *
   * @param bh the sink
   */
  @Benchmark
  public void valuexWriteThenRead(Blackhole bh) {
    for (Ledger l : ledgers) {
      bh.consume(json.readLedger(json.toJson(l)));
    }
  }

  /**
   * Writes and reads every plain ledger with Jackson data binding.
   *
   * @param bh the sink
   * @throws JsonProcessingException never, the documents are valid
   */
  @Benchmark
  public void plainJacksonWriteThenRead(Blackhole bh) throws JsonProcessingException {
    for (PlainLedger l : plainLedgers) {
      bh.consume(plain.readValue(plain.writeValueAsString(l), PlainLedger.class));
    }
  }
}
