package dev.valuex.planning.program;

import static dev.valuex.core.internal.Checks.check;

import java.util.regex.Pattern;

/** The five-point scale and item ids shared by benefits and contributions. */
final class Ratings {
  static final int MIN = 1;
  static final int MAX = 5;
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Ratings() {}

  static void rating(int value, String who, String field) {
    check(value >= MIN && value <= MAX, who, field, "be from " + MIN + " to " + MAX, value);
  }

  static void id(String id, String subject) {
    check(ID.matcher(id).matches(), subject, "id",
        "be lower-case letters or digits in words joined by single hyphens", id);
  }
}
