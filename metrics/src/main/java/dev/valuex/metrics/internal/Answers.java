package dev.valuex.metrics.internal;

import static dev.valuex.core.internal.Checks.check;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Longs;

/** Counting answers on an integer rating scale, with validation in the valuex message shape. */
public final class Answers {
  private Answers() {}

  /**
   * Counts answers on the scale {@code min..max}: element {@code i} of the result counts the
   * answer {@code min + i}.
   *
   * @param answers the answers, each on the scale
   * @param min the lowest point of the scale
   * @param max the highest point of the scale
   * @param subject who is validated, for messages
   * @param field the field name, for messages
   * @return the counts, one per point of the scale, never null
   * @throws dev.valuex.core.InvalidValueException if an answer lies off the scale
   */
  public static ImmutableList<Long> count(
      Iterable<Integer> answers, int min, int max, String subject, String field) {
    long[] counts = new long[max - min + 1];
    long i = 0;
    for (int a : answers) {
      i++;
      check(a >= min && a <= max, subject, field + " (answer " + i + ")",
          "lie on the scale " + min + " to " + max, a);
      counts[a - min]++;
    }
    return ImmutableList.copyOf(Longs.asList(counts));
  }

  /**
   * Checks that counts are not negative and that there is at least one respondent.
   *
   * @param counts the counts
   * @param subject who is validated
   * @param field the field name
   * @return the total of the counts
   */
  public static long total(Iterable<Long> counts, String subject, String field) {
    long total = 0;
    for (long c : counts) {
      check(c >= 0, subject, field, "not be negative", c);
      total = Math.addExact(total, c);
    }
    check(total > 0, subject, field, "hold at least one answer (the sample is empty)", total);
    return total;
  }

  /**
   * Returns the mean answer.
   *
   * @param counts counts per point of the scale
   * @param min the lowest point of the scale
   * @return the mean
   */
  public static double mean(ImmutableList<Long> counts, int min) {
    double sum = 0;
    long n = 0;
    for (int i = 0; i < counts.size(); i++) {
      sum += (double) counts.get(i) * (min + i);
      n += counts.get(i);
    }
    return sum / n;
  }

  /**
   * Returns the share of answers from {@code from} to {@code to}, both inclusive.
   *
   * @param counts counts per point of the scale
   * @param min the lowest point of the scale
   * @param from the lowest answer counted
   * @param to the highest answer counted
   * @return the share in [0, 1]
   */
  public static double share(ImmutableList<Long> counts, int min, int from, int to) {
    long part = 0;
    long n = 0;
    for (int i = 0; i < counts.size(); i++) {
      n += counts.get(i);
      int answer = min + i;
      if (answer >= from && answer <= to) {
        part += counts.get(i);
      }
    }
    return (double) part / n;
  }

  /**
   * Checks that a number is finite.
   *
   * @param value the number
   * @param subject who is validated
   * @param field the field name
   */
  public static void finite(double value, String subject, String field) {
    check(Double.isFinite(value), subject, field, "be a finite number", value);
  }

  /**
   * Checks a confidence or significance level.
   *
   * @param level the level
   * @param subject who is validated
   * @param field the field name, e.g. {@code "level"}
   */
  public static void level(double level, String subject, String field) {
    check(level > 0 && level < 1, subject, field, "be strictly between 0 and 1", level);
  }
}
