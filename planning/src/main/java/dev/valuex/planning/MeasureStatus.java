package dev.valuex.planning;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.ElementId;
import dev.valuex.core.Side;
import dev.valuex.core.measure.Achievement;
import dev.valuex.core.measure.Measure;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How one measure of a plan has done across reviews: its achievement after each review that
 * observed it, computed from all its observations up to and including that review, and the
 * resulting trend. Part of {@link PlanStatus}.
 */
@Value.Immutable
public abstract class MeasureStatus {

  MeasureStatus() {}

  /**
   * Returns the element of the row the measure belongs to.
   *
   * @return the element id, never null
   */
  public abstract ElementId element();

  /**
   * Returns the side of the row the measure belongs to.
   *
   * @return the side, never null
   */
  public abstract Side side();

  /**
   * Returns the measure.
   *
   * @return the measure, never null
   */
  public abstract Measure measure();

  /**
   * Returns the achievement after each review that observed the measure, oldest first.
   *
   * @return the history, never null, empty when never observed
   */
  public abstract ImmutableList<Achievement> history();

  static ImmutableMeasureStatus.Builder builder() {
    return ImmutableMeasureStatus.builder();
  }

  /**
   * Returns the achievement after the latest review that observed the measure.
   *
   * @return the latest achievement, empty when never observed
   */
  public final Optional<Achievement> latest() {
    return history().isEmpty()
        ? Optional.empty()
        : Optional.of(history().get(history().size() - 1));
  }

  /**
   * Returns which way the percentage achieved moved between the last two reviews that
   * observed the measure.
   *
   * @return the trend, never null
   */
  public final Trend trend() {
    int n = history().size();
    if (n < 2) {
      return Trend.UNKNOWN;
    }
    int c = Double.compare(history().get(n - 1).percentage(), history().get(n - 2).percentage());
    return c > 0 ? Trend.IMPROVING : c < 0 ? Trend.WORSENING : Trend.STEADY;
  }
}
