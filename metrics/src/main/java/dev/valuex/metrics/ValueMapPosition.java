package dev.valuex.metrics;

import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;

import org.immutables.value.Value;

/**
 * An offer's place on Gale's value map: market-perceived quality on the horizontal axis and
 * relative price on the vertical axis, both 100 at parity with the competitors.
 */
@Value.Immutable
public abstract class ValueMapPosition {

  ValueMapPosition() {}

  /**
   * Returns whose offer this is, e.g. a brand.
   *
   * @return the name, never null or blank
   */
  public abstract String name();

  /**
   * Returns the market-perceived quality score.
   *
   * @return the quality score, finite and positive
   */
  public abstract double quality();

  /**
   * Returns the relative price.
   *
   * @return the relative price, finite and positive
   */
  public abstract double relativePrice();

  /**
   * Returns a position.
   *
   * @param name whose offer it is, not blank
   * @param quality the market-perceived quality score, finite and positive
   * @param relativePrice the relative price, finite and positive
   * @return the position, never null
   * @throws dev.valuex.core.InvalidValueException if a coordinate is not a finite positive
   *     number
   */
  public static ValueMapPosition of(String name, double quality, double relativePrice) {
    return ImmutableValueMapPosition.builder().name(name).quality(quality)
        .relativePrice(relativePrice).build();
  }

  /**
   * Returns a position from a quality profile and a relative price.
   *
   * @param name whose offer it is, not blank
   * @param quality the market-perceived quality profile, not null
   * @param relativePrice the relative price, finite and positive
   * @return the position, never null
   */
  public static ValueMapPosition of(String name, AttributeProfile quality,
      double relativePrice) {
    return of(name, quality.score(), relativePrice);
  }

  @Value.Check
  final void validate() {
    trimmedText(name(), "ValueMapPosition", "name");
    String who = "ValueMapPosition " + name();
    check(Double.isFinite(quality()) && quality() > 0, who, "quality",
        "be a finite positive number", quality());
    check(Double.isFinite(relativePrice()) && relativePrice() > 0, who, "relativePrice",
        "be a finite positive number", relativePrice());
  }
}
