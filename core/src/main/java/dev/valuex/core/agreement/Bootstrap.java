package dev.valuex.core.agreement;

import static dev.valuex.core.internal.Checks.check;

import org.immutables.value.Value;

/**
 * How agreement intervals are resampled: the number of bootstrap replicates and the seed of the
 * random draws. Units (statements) are drawn with replacement using {@link java.util.Random},
 * whose algorithm the Java specification fixes, so a seed gives the same interval on every
 * machine and Java version: one {@code Random} seeded once per coefficient, and each replicate
 * draws as many units as the coefficient uses, each with {@code nextInt(units)} over the units
 * in data order.
 *
 * <pre>{@code
 * Bootstrap quick = Bootstrap.of(500, 7);
 * }</pre>
 */
@Value.Immutable
public abstract class Bootstrap {
  /** The fewest replicates allowed: fewer cannot place a 95% interval's ends. */
  public static final int MIN_REPLICATES = 100;
  /** The most replicates allowed. */
  public static final int MAX_REPLICATES = 1_000_000;
  /** The replicates of {@link #defaults()}. */
  public static final int DEFAULT_REPLICATES = 1000;
  /** The seed of {@link #defaults()}. */
  public static final long DEFAULT_SEED = 20_060_522L;

  Bootstrap() {}

  /**
   * Returns how many resamples are drawn.
   *
   * @return the replicates, from {@link #MIN_REPLICATES} to {@link #MAX_REPLICATES}
   */
  @Value.Parameter
  public abstract int replicates();

  /**
   * Returns the seed of the random draws.
   *
   * @return the seed
   */
  @Value.Parameter
  public abstract long seed();

  /**
   * Creates a bootstrap setting.
   *
   * @param replicates resamples to draw, from 100 to 1,000,000
   * @param seed the seed of the draws
   * @return the setting, never null
   * @throws dev.valuex.core.InvalidValueException if replicates is out of range
   */
  public static Bootstrap of(int replicates, long seed) {
    return ImmutableBootstrap.of(replicates, seed);
  }

  /**
   * Returns 1000 replicates with the default seed.
   *
   * @return the default setting, never null
   */
  public static Bootstrap defaults() {
    return of(DEFAULT_REPLICATES, DEFAULT_SEED);
  }

  @Value.Check
  final void validate() {
    check(replicates() >= MIN_REPLICATES && replicates() <= MAX_REPLICATES, "Bootstrap",
        "replicates", "be from " + MIN_REPLICATES + " to " + MAX_REPLICATES, replicates());
  }
}
