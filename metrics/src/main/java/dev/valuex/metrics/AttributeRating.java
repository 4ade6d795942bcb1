package dev.valuex.metrics;

import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;

import org.immutables.value.Value;

/**
 * One row of a profile in Gale's customer value analysis ("Managing Customer Value", 1994): an
 * attribute customers weigh when they choose, its weight, and how our offer rates against the
 * competitor's on it, as the ratio of our score to theirs.
 */
@Value.Immutable
public abstract class AttributeRating {

  AttributeRating() {}

  /**
   * Returns the attribute, e.g. "recovery time".
   *
   * @return the attribute name, never null or blank
   */
  public abstract String attribute();

  /**
   * Returns the weight customers give the attribute; a profile's weights sum to 100.
   *
   * @return the weight in (0, 100]
   */
  public abstract double weight();

  /**
   * Returns our score divided by the competitor's score; 1 is parity.
   *
   * @return the ratio, finite and positive
   */
  public abstract double ratio();

  /**
   * Returns a rating from the two scores, e.g. 8 for us and 4 for the competitor on a 1-10
   * scale.
   *
   * @param attribute the attribute, not blank
   * @param weight the weight in (0, 100]
   * @param ours our score, finite and positive
   * @param competitors the competitor's score, finite and positive
   * @return the rating, never null
   * @throws dev.valuex.core.InvalidValueException if a score is not a finite positive number or
   *     the weight is outside (0, 100]
   */
  public static AttributeRating of(String attribute, double weight, double ours,
      double competitors) {
    String who = "AttributeRating " + attribute;
    check(Double.isFinite(ours) && ours > 0, who, "ours", "be a finite positive number", ours);
    check(Double.isFinite(competitors) && competitors > 0, who, "competitors",
        "be a finite positive number", competitors);
    return ofRatio(attribute, weight, ours / competitors);
  }

  /**
   * Returns a rating from the ratio of our score to the competitor's.
   *
   * @param attribute the attribute, not blank
   * @param weight the weight in (0, 100]
   * @param ratio our score over the competitor's, finite and positive
   * @return the rating, never null
   * @throws dev.valuex.core.InvalidValueException if the ratio is not a finite positive number
   *     or the weight is outside (0, 100]
   */
  public static AttributeRating ofRatio(String attribute, double weight, double ratio) {
    return ImmutableAttributeRating.builder().attribute(attribute).weight(weight).ratio(ratio)
        .build();
  }

  /**
   * Returns the weighted contribution, weight x ratio.
   *
   * @return the contribution to the profile's score
   */
  public final double contribution() {
    return weight() * ratio();
  }

  @Value.Check
  final void validate() {
    trimmedText(attribute(), "AttributeRating", "attribute");
    String who = "AttributeRating " + attribute();
    check(weight() > 0 && weight() <= 100, who, "weight", "be a finite number in (0, 100]",
        weight());
    check(Double.isFinite(ratio()) && ratio() > 0, who, "ratio", "be a finite positive number",
        ratio());
  }
}
