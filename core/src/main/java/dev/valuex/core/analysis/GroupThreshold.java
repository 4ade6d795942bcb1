package dev.valuex.core.analysis;

import static dev.valuex.core.internal.Checks.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How many members of a group must carry an element on a side before it enters the group's
 * ledger: at least a share of the members (e.g. 30%) or at least a count of them (e.g. 3).
 *
 * <p>A share is turned into a count by rounding up: at least 30% of 12 members is 4 members
 * (3.6 rounded up), of 10 members 3. The arithmetic is decimal, so 0.3 of 10 is exactly 3 and
 * not one more. At least one member is always required.
 *
 * <pre>{@code
 * GroupThreshold.ofShare(0.3).requiredOf(12);   // 4
 * GroupThreshold.ofCount(3).requiredOf(12);     // 3
 * }</pre>
 */
@Value.Immutable
public abstract class GroupThreshold {

  GroupThreshold() {}

  /**
   * Returns the share of members required.
   *
   * @return the share, above 0 and at most 1; empty for a count threshold
   */
  public abstract OptionalDouble share();

  /**
   * Returns the number of members required.
   *
   * @return the count, at least 1; empty for a share threshold
   */
  public abstract OptionalInt count();

  /**
   * Creates a threshold of a share of the members.
   *
   * @param share the share, above 0 and at most 1, e.g. 0.3 for 30%
   * @return the threshold, never null
   * @throws dev.valuex.core.InvalidValueException if the share is not above 0 and at most 1
   */
  public static GroupThreshold ofShare(double share) {
    return ImmutableGroupThreshold.builder().share(share).build();
  }

  /**
   * Creates a threshold of a number of members.
   *
   * @param count the number, at least 1
   * @return the threshold, never null
   * @throws dev.valuex.core.InvalidValueException if the count is below 1
   */
  public static GroupThreshold ofCount(int count) {
    return ImmutableGroupThreshold.builder().count(count).build();
  }

  /**
   * Returns how many of a group's members must carry a placement for it to enter the group's
   * ledger.
   *
   * @param members how many members the group has, at least 1
   * @return the number required, at least 1; above {@code members} for a count threshold
   *     larger than the group, when nothing enters
   * @throws IllegalArgumentException if {@code members} is below 1
   */
  public final int requiredOf(int members) {
    if (members < 1) {
      throw new IllegalArgumentException(
          "GroupThreshold: members must be at least 1, got " + members);
    }
    if (count().isPresent()) {
      return count().getAsInt();
    }
    int required = BigDecimal.valueOf(share().getAsDouble())
        .multiply(BigDecimal.valueOf(members))
        .setScale(0, RoundingMode.CEILING)
        .intValueExact();
    return Math.max(1, required);
  }

  @Value.Check
  final void validate() {
    check(share().isPresent() != count().isPresent(), "GroupThreshold", "share or count",
        "be set, exactly one of them",
        share().isPresent() ? "both" : "neither");
    if (share().isPresent()) {
      double s = share().getAsDouble();
      check(s > 0 && s <= 1, "GroupThreshold", "share", "be above 0 and at most 1", s);
    } else {
      check(count().getAsInt() >= 1, "GroupThreshold", "count", "be at least 1",
          count().getAsInt());
    }
  }

  /**
   * Describes the threshold, e.g. {@code at least 30% of members} or {@code at least 3
   * members}.
   *
   * @return the description, never null
   */
  @Override
  public String toString() {
    if (count().isPresent()) {
      int c = count().getAsInt();
      return "at least " + c + (c == 1 ? " member" : " members");
    }
    return "at least " + BigDecimal.valueOf(share().getAsDouble()).movePointRight(2)
        .stripTrailingZeros().toPlainString() + "% of members";
  }
}
