package dev.valuex.core.agreement;

import java.util.HashSet;
import java.util.Set;

/**
 * How far apart two values coded for the same unit are, from 0 (the same) to 1, for
 * Krippendorff's alpha ({@link ReliabilityData#alpha(Distance, Bootstrap)}). A distance must
 * be symmetric and give 0 for equal values.
 *
 * @param <V> the type of the values
 */
@FunctionalInterface
public interface Distance<V> {
  /**
   * Returns the distance between two values.
   *
   * @param a one value, not null
   * @param b the other value, not null
   * @return the distance, from 0 to 1
   */
  double between(V a, V b);

  /**
   * Returns the nominal distance: 0 for equal values, 1 otherwise.
   *
   * @param <V> the type of the values
   * @return the nominal distance, never null
   */
  static <V> Distance<V> nominal() {
    return (a, b) -> a.equals(b) ? 0 : 1;
  }

  /**
   * Returns the MASI distance between sets (Passonneau, "Measuring Agreement on Set-valued
   * Items (MASI) for Semantic and Pragmatic Annotation", LREC 2006): one minus the Jaccard
   * share {@code |A ∩ B| / |A ∪ B|} times a monotonicity weight of 1 when the sets are equal,
   * 2/3 when one holds the other, 1/3 when they overlap otherwise and 0 when they are
   * disjoint. For {A, B} against {A}: 1 - 1/2 × 2/3 = 2/3.
   *
   * @param <T> the type of the set members
   * @return the MASI distance, never null
   */
  static <T> Distance<Set<T>> masi() {
    return (a, b) -> {
      if (a.equals(b)) {
        return 0;
      }
      Set<T> common = new HashSet<>(a);
      common.retainAll(b);
      if (common.isEmpty()) {
        return 1;
      }
      int union = a.size() + b.size() - common.size();
      double monotonicity = common.size() == a.size() || common.size() == b.size()
          ? 2.0 / 3 : 1.0 / 3;
      return 1 - (double) common.size() / union * monotonicity;
    };
  }
}
