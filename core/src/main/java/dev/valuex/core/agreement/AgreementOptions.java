package dev.valuex.core.agreement;

import org.immutables.value.Value;

/**
 * How codings are compared: whether sides count and how intervals are resampled.
 *
 * <pre>{@code
 * AgreementOptions elementsOnly = AgreementOptions.defaults().withIgnoreSide(true);
 * }</pre>
 */
@Value.Immutable
public abstract class AgreementOptions implements WithAgreementOptions {
  AgreementOptions() {}

  /**
   * Tells whether sides are ignored, so that {@code customer.money} IN and OUT are one code.
   *
   * @return true to compare elements only, by default false
   */
  @Value.Default
  public boolean ignoreSide() {
    return false;
  }

  /**
   * Returns how the intervals are resampled.
   *
   * @return the bootstrap, by default {@link Bootstrap#defaults()}
   */
  @Value.Default
  public Bootstrap bootstrap() {
    return Bootstrap.defaults();
  }

  /**
   * Returns sides counted and the default bootstrap.
   *
   * @return the default options, never null
   */
  public static AgreementOptions defaults() {
    return ImmutableAgreementOptions.builder().build();
  }
}
