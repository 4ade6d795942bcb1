package dev.valuex.metrics;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.valuex.core.internal.Checks.check;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * The fair-value line of Gale's value map: {@code relative price = intercept + slope x
 * quality}, the prices at which customers see quality as fairly paid for. Offers below and to
 * the right of it give better value; above and to the left, worse.
 *
 * <p>Either the diagonal through (100, 100), relative price = quality, or a least-squares line
 * of relative price on quality fitted across the competitors' positions.
 *
 * <pre>{@code
 * FairValueLine line = FairValueLine.diagonal();
 * line.distance(ValueMapPosition.of("us", 120, 100));   // 14.14: better value
 * }</pre>
 */
@Value.Immutable
public abstract class FairValueLine {

  FairValueLine() {}

  /**
   * Returns the relative price at quality 0.
   *
   * @return the intercept, finite
   */
  public abstract double intercept();

  /**
   * Returns how much relative price rises per point of quality.
   *
   * @return the slope, finite
   */
  public abstract double slope();

  /**
   * Returns the line {@code intercept + slope x quality}.
   *
   * @param intercept the relative price at quality 0, finite
   * @param slope the rise in relative price per point of quality, finite
   * @return the line, never null
   * @throws dev.valuex.core.InvalidValueException if a coefficient is not finite
   */
  public static FairValueLine of(double intercept, double slope) {
    return ImmutableFairValueLine.builder().intercept(intercept).slope(slope).build();
  }

  /**
   * Returns the diagonal through (100, 100): relative price equal to quality.
   *
   * @return the diagonal, never null
   */
  public static FairValueLine diagonal() {
    return of(0, 1);
  }

  /**
   * Fits the line by least squares of relative price on quality across competitors.
   *
   * @param positions the competitors' positions, at least two with different quality, not null
   * @return the fitted line, never null
   * @throws dev.valuex.core.InvalidValueException if fewer than two positions are given or all
   *     share one quality score
   */
  public static FairValueLine fitted(Iterable<ValueMapPosition> positions) {
    checkNotNull(positions, "positions");
    ImmutableList<ValueMapPosition> list = ImmutableList.copyOf(positions);
    check(list.size() >= 2, "FairValueLine", "positions", "hold at least two competitors",
        list.size());
    double meanX = 0;
    double meanY = 0;
    for (ValueMapPosition p : list) {
      meanX += p.quality();
      meanY += p.relativePrice();
    }
    meanX /= list.size();
    meanY /= list.size();
    double sxx = 0;
    double sxy = 0;
    for (ValueMapPosition p : list) {
      double dx = p.quality() - meanX;
      sxx += dx * dx;
      sxy += dx * (p.relativePrice() - meanY);
    }
    check(sxx > 0, "FairValueLine", "positions", "differ in quality", meanX);
    double slope = sxy / sxx;
    return of(meanY - slope * meanX, slope);
  }

  /**
   * Returns the fair relative price for a quality score.
   *
   * @param quality the quality score
   * @return the relative price on the line
   */
  public final double relativePriceAt(double quality) {
    return intercept() + slope() * quality;
  }

  /**
   * Returns the signed perpendicular distance of a position from the line, Gale's measure of
   * customer value: positive when the offer is priced below the line (below and, for a rising
   * line, to the right of it: better value than fair), negative when priced above it, 0 on the
   * line.
   *
   * @param position the position, not null
   * @return the customer value, in index points
   */
  public final double distance(ValueMapPosition position) {
    return (relativePriceAt(position.quality()) - position.relativePrice())
        / Math.sqrt(1 + slope() * slope());
  }

  @Value.Check
  final void validate() {
    check(Double.isFinite(intercept()), "FairValueLine", "intercept", "be a finite number",
        intercept());
    check(Double.isFinite(slope()), "FairValueLine", "slope", "be a finite number", slope());
  }
}
