package dev.valuex.core.agreement;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.valuex.core.internal.Checks.trimmedText;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One unit of reliability data (a statement, a patient, a text): its id and the value each
 * coder gave it; a coder who did not code the unit is simply absent.
 *
 * @param <V> the type of the values
 */
@Value.Immutable
public abstract class RatedUnit<V> {
  RatedUnit() {}

  /**
   * Returns the unit's id.
   *
   * @return the id, not blank, never null
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Returns the value each coder gave, by coder name, in coder order.
   *
   * @return the values, never null
   */
  @Value.Parameter
  public abstract ImmutableMap<String, V> values();

  /**
   * Creates a unit.
   *
   * @param <V> the type of the values
   * @param id the unit's id, not blank, not null
   * @param values the value of each coder who coded it, by coder name, not null
   * @return the unit, never null
   */
  public static <V> RatedUnit<V> of(String id, Map<String, ? extends V> values) {
    checkNotNull(id, "id");
    checkNotNull(values, "values");
    return ImmutableRatedUnit.of(id, ImmutableMap.copyOf(values));
  }

  @Value.Check
  final void validate() {
    trimmedText(id(), "RatedUnit", "id");
  }
}
