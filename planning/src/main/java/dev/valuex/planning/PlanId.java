package dev.valuex.planning;

import static dev.valuex.core.internal.Checks.check;

import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The identifier of a value creation plan, chosen by the team: letters, digits and {@code . _ :
 * -}, 1 to 128 characters, starting with a letter or digit, e.g. {@code onboarding-2026}.
 *
 * <p>{@link #parse(CharSequence)} reads back what {@link #toString()} writes.
 */
@Value.Immutable
public abstract class PlanId implements Comparable<PlanId> {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

  PlanId() {}

  /**
   * Returns the id as text.
   *
   * @return the id, never null
   */
  @Value.Parameter
  public abstract String value();

  /**
   * Creates a plan id.
   *
   * @param value the id, not null
   * @return the id, never null
   * @throws dev.valuex.core.InvalidValueException if the id breaks the naming rule
   */
  public static PlanId of(String value) {
    return ImmutablePlanId.of(value);
  }

  /**
   * Reads a plan id written by {@link #toString()}.
   *
   * @param text the id, not null
   * @return the id, never null
   * @throws dev.valuex.core.InvalidValueException if the id breaks the naming rule
   */
  public static PlanId parse(CharSequence text) {
    return of(text.toString());
  }

  @Value.Check
  final void validate() {
    check(ID.matcher(value()).matches(), "PlanId", "value",
        "be 1 to 128 letters, digits or . _ : - starting with a letter or digit", value());
  }

  /**
   * Orders ids by their text.
   *
   * @param other the id to compare with, not null
   * @return negative, zero or positive as this id sorts before, with or after {@code other}
   */
  @Override
  public int compareTo(PlanId other) {
    return value().compareTo(other.value());
  }

  /**
   * Returns the id as text, the form {@link #parse(CharSequence)} reads.
   *
   * @return the id, never null
   */
  @Override
  public String toString() {
    return value();
  }
}
