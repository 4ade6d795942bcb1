package dev.valuex.core.agreement;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Agreement on one code taken alone: for every statement, did each coder give it or not? The
 * kappa is Cohen's for two coders and Fleiss' for more (over statements every coder coded).
 */
@Value.Immutable
public abstract class ElementAgreement {
  ElementAgreement() {}

  /**
   * Returns the code.
   *
   * @return the code, never null
   */
  @Value.Parameter
  public abstract Code code();

  /**
   * Returns on how many statements coded by two coders or more at least one gave the code.
   *
   * @return the count, at least 1
   */
  @Value.Parameter
  public abstract int statements();

  /**
   * Returns the presence-or-absence kappa with its interval.
   *
   * @return the kappa, empty when undefined (e.g. every statement carries the code)
   */
  @Value.Parameter
  public abstract Optional<Estimate> kappa();
}
