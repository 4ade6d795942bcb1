package dev.valuex.planning.program;

import org.immutables.value.Value;

/**
 * A link between a benefit the business gives and a contribution it asks in return. An
 * exchange is mutual when every benefit and every contribution takes part in a pairing.
 *
 * <pre>{@code
 * ExchangePairing p = ExchangePairing.of("free-pastry", "birthday");
 * }</pre>
 */
@Value.Immutable
public abstract class ExchangePairing {

  ExchangePairing() {}

  /**
   * Returns the id of the benefit given.
   *
   * @return the benefit id, never null
   */
  @Value.Parameter
  public abstract String benefit();

  /**
   * Returns the id of the contribution asked in return.
   *
   * @return the contribution id, never null
   */
  @Value.Parameter
  public abstract String contribution();

  /**
   * Pairs a benefit with a contribution.
   *
   * @param benefit the benefit id, not null
   * @param contribution the contribution id, not null
   * @return the pairing, never null
   */
  public static ExchangePairing of(String benefit, String contribution) {
    return ImmutableExchangePairing.of(benefit, contribution);
  }

  /**
   * Returns {@code benefit <-> contribution}.
   *
   * @return the pairing as text, never null
   */
  @Override
  public String toString() {
    return benefit() + " <-> " + contribution();
  }
}
