package dev.valuex.core.agreement;

import org.immutables.value.Value;

/**
 * Two codes that coders gave the same statements instead of one another, and how often: for
 * every statement and every pair of coders who coded it, each code one coder gave and the other
 * did not is paired with each code the other gave and the first did not.
 */
@Value.Immutable
public abstract class Confusion {
  Confusion() {}

  /**
   * Returns the code that sorts first.
   *
   * @return the code, never null
   */
  @Value.Parameter
  public abstract Code first();

  /**
   * Returns the code that sorts second.
   *
   * @return the code, never null
   */
  @Value.Parameter
  public abstract Code second();

  /**
   * Returns how many times the two were given instead of one another.
   *
   * @return the count, at least 1
   */
  @Value.Parameter
  public abstract int count();

  static Confusion of(Code first, Code second, int count) {
    return ImmutableConfusion.of(first, second, count);
  }
}
