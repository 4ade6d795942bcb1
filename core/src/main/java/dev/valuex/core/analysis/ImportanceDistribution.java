package dev.valuex.core.analysis;

import static dev.valuex.core.internal.Checks.check;

import dev.valuex.core.LedgerEntry;
import java.util.Arrays;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * How the entries of one placement were weighed: how many entries carry each importance level
 * from {@value LedgerEntry#MIN_IMPORTANCE} to {@value LedgerEntry#MAX_IMPORTANCE}, and how many
 * were not weighed. Unweighed entries are kept apart and never counted as zero.
 *
 * <pre>{@code
 * ImportanceDistribution d = ImportanceDistribution.of(2, 0, 0, 1, 3, 4);
 * assert d.weighed() == 8 && d.mean().getAsDouble() == 4.375;
 * }</pre>
 */
public final class ImportanceDistribution {
  private static final ImportanceDistribution NONE = new ImportanceDistribution(new long[6]);

  private final long[] counts;

  private ImportanceDistribution(long[] counts) {
    this.counts = counts;
  }

  /**
   * Creates a distribution from its counts.
   *
   * @param unweighed the entries without importance, at least 0
   * @param levels the entries at levels 1 to 5, five counts, each at least 0
   * @return the distribution, never null
   * @throws dev.valuex.core.InvalidValueException if a count is negative or there are not five
   *     levels
   */
  public static ImportanceDistribution of(long unweighed, long... levels) {
    check(levels.length == LedgerEntry.MAX_IMPORTANCE, "ImportanceDistribution", "levels",
        "hold one count per level 1 to " + LedgerEntry.MAX_IMPORTANCE, levels.length);
    long[] counts = new long[LedgerEntry.MAX_IMPORTANCE + 1];
    counts[0] = unweighed;
    System.arraycopy(levels, 0, counts, 1, levels.length);
    for (long c : counts) {
      check(c >= 0, "ImportanceDistribution", "counts", "be at least 0", c);
    }
    return new ImportanceDistribution(counts);
  }

  /**
   * Returns the distribution of no entries.
   *
   * @return the empty distribution, never null
   */
  public static ImportanceDistribution none() {
    return NONE;
  }

  static ImportanceDistribution ofBuckets(long[] counts) {
    return new ImportanceDistribution(counts.clone());
  }

  /**
   * Returns how many entries carry an importance level.
   *
   * @param level the level, 1 to 5
   * @return the count, at least 0
   * @throws dev.valuex.core.InvalidValueException if the level is off the scale
   */
  public long count(int level) {
    check(level >= LedgerEntry.MIN_IMPORTANCE && level <= LedgerEntry.MAX_IMPORTANCE,
        "ImportanceDistribution", "level", "be from 1 to " + LedgerEntry.MAX_IMPORTANCE, level);
    return counts[level];
  }

  /**
   * Returns how many entries were not weighed.
   *
   * @return the count, at least 0
   */
  public long unweighed() {
    return counts[0];
  }

  /**
   * Returns how many entries carry an importance.
   *
   * @return the count, at least 0
   */
  public long weighed() {
    long n = 0;
    for (int i = 1; i < counts.length; i++) {
      n += counts[i];
    }
    return n;
  }

  /**
   * Returns the mean importance of the weighed entries.
   *
   * @return the mean, empty when no entry was weighed
   */
  public OptionalDouble mean() {
    long n = weighed();
    if (n == 0) {
      return OptionalDouble.empty();
    }
    double sum = 0;
    for (int i = 1; i < counts.length; i++) {
      sum += (double) i * counts[i];
    }
    return OptionalDouble.of(sum / n);
  }

  /**
   * Compares distributions by their counts.
   *
   * @param o the object to compare with, may be null
   * @return true for a distribution with the same counts
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ImportanceDistribution
        && Arrays.equals(counts, ((ImportanceDistribution) o).counts);
  }

  /**
   * Hashes the counts.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  /**
   * Shows the counts, e.g. {@code {unweighed=2, 1=0, 2=0, 3=1, 4=3, 5=4}}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("{unweighed=").append(counts[0]);
    for (int i = 1; i < counts.length; i++) {
      s.append(", ").append(i).append('=').append(counts[i]);
    }
    return s.append('}').toString();
  }
}
