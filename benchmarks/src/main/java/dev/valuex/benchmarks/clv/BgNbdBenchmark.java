package dev.valuex.benchmarks.clv;

import dev.valuex.metrics.clv.BgNbdFit;
import dev.valuex.metrics.clv.BgNbdModel;
import dev.valuex.metrics.clv.PurchaseHistory;
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

/**
 * BG/NBD on one thread: a maximum-likelihood fit (with standard errors) of 2,357 customers, the
 * size of the CDNOW sample, and one log-likelihood evaluation over 1,000,000 customers through
 * the public {@link BgNbdModel#logLikelihood(List)}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class BgNbdBenchmark {
  private List<PurchaseHistory> cohort;
  private List<PurchaseHistory> million;

  /** Draws the two cohorts once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    cohort = Cohort.draw(2_357, 2005);
    million = Cohort.draw(1_000_000, 1997);
  }

  /**
   * Fits the model to 2,357 customers.
   *
   * @return the fit, so the work is not eliminated
   */
  @Benchmark
  public BgNbdFit fit2357() {
    return BgNbdModel.fit(cohort);
  }

  /**
   * Evaluates the log-likelihood of 1,000,000 customers once.
   *
   * @return the log-likelihood
   */
  @Benchmark
  public double logLikelihoodMillion() {
    return Cohort.CDNOW.logLikelihood(million);
  }
}
