package dev.valuex.metrics;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.valuex.core.internal.Checks.check;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A weighted attribute profile in Gale's customer value analysis ("Managing Customer Value",
 * 1994): the market-perceived quality profile, or the price-satisfaction profile. Weights sum
 * to 100 and the score is {@code sum of weight x ratio}, so 100 means parity with the
 * competitor.
 *
 * <p>Gale's surgery example, endoscopic against traditional gallbladder surgery, weights
 * recovery 40, hospital stay 30, complications 10, scar 5 and operation time 15 with ratios
 * 3.0, 2.0, 1.5, 1.4 and 2.0, for a quality score of 120 + 60 + 15 + 7 + 30 = 232.
 *
 * <pre>{@code
 * AttributeProfile surgery = AttributeProfile.of(
 *     AttributeRating.ofRatio("recovery", 40, 3.0),
 *     AttributeRating.ofRatio("hospital stay", 30, 2.0),
 *     AttributeRating.ofRatio("complications", 10, 1.5),
 *     AttributeRating.ofRatio("scar", 5, 1.4),
 *     AttributeRating.ofRatio("operation time", 15, 2.0));
 * surgery.score();   // 232.0
 * }</pre>
 */
@Value.Immutable
public abstract class AttributeProfile implements MetricResult {

  /** Weights may miss 100 by this much, for rounding in published tables. */
  private static final double WEIGHT_TOLERANCE = 1e-6;

  AttributeProfile() {}

  /**
   * Returns the ratings, one per attribute.
   *
   * @return the ratings, never null or empty
   */
  public abstract ImmutableList<AttributeRating> ratings();

  /**
   * Returns a profile of ratings whose weights sum to 100.
   *
   * @param ratings the ratings, one per attribute, at least one, not null
   * @return the profile, never null
   * @throws dev.valuex.core.InvalidValueException if there are no ratings, an attribute repeats
   *     or the weights do not sum to 100
   */
  public static AttributeProfile of(AttributeRating... ratings) {
    checkNotNull(ratings, "ratings");
    return of(ImmutableList.copyOf(ratings));
  }

  /**
   * Returns a profile of ratings whose weights sum to 100.
   *
   * @param ratings the ratings, one per attribute, at least one, not null
   * @return the profile, never null
   * @throws dev.valuex.core.InvalidValueException if there are no ratings, an attribute repeats
   *     or the weights do not sum to 100
   */
  public static AttributeProfile of(Iterable<AttributeRating> ratings) {
    checkNotNull(ratings, "ratings");
    return ImmutableAttributeProfile.builder().addAllRatings(ratings).build();
  }

  /**
   * Returns the weighted score, {@code sum of weight x ratio}; 100 is parity.
   *
   * @return the score, positive
   */
  public final double score() {
    double sum = 0;
    for (AttributeRating r : ratings()) {
      sum += r.contribution();
    }
    return sum;
  }

  /**
   * Returns {@code "Weighted attribute score"}.
   *
   * @return the metric name, never null
   */
  @Override
  public final String metric() {
    return "Weighted attribute score";
  }

  /**
   * Returns the {@link #score()}.
   *
   * @return the score, 100 = parity
   */
  @Override
  public final double value() {
    return score();
  }

  /**
   * Returns {@code "index (100 = parity)"}.
   *
   * @return the unit, never null
   */
  @Override
  public final String unit() {
    return "index (100 = parity)";
  }

  @Value.Check
  final void validate() {
    check(!ratings().isEmpty(), "AttributeProfile", "ratings", "hold at least one attribute",
        ratings());
    double total = 0;
    Set<String> seen = new HashSet<>();
    for (AttributeRating r : ratings()) {
      check(seen.add(r.attribute()), "AttributeProfile", "ratings", "name each attribute once",
          r.attribute());
      total += r.weight();
    }
    check(Math.abs(total - 100) <= WEIGHT_TOLERANCE, "AttributeProfile", "weights",
        "sum to 100", total);
  }
}
