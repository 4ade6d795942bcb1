package dev.valuex.planning;

import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A value proposition: the products, services and features an organisation offers, each naming
 * the value elements it creates and the costs it relieves, so that {@link PropositionFit} can
 * say how much of the value customers seek it serves.
 *
 * <pre>{@code
 * ValueProposition offer = ValueProposition.builder()
 *     .name("Pedal Commons, spring 2026")
 *     .addOfferings(ebikes, monthlyPass, riderApp)
 *     .build();
 * PropositionFit fit = PropositionFit.of(offer, ledgers);
 * }</pre>
 */
@Value.Immutable
public abstract class ValueProposition implements WithValueProposition {

  ValueProposition() {}

  /**
   * Returns the proposition's name.
   *
   * @return the name, never null or blank
   */
  public abstract String name();

  /**
   * Returns who the proposition is for or what it covers, in a sentence.
   *
   * @return the description, empty when not given
   */
  public abstract Optional<String> description();

  /**
   * Returns the offerings, in the order the team lists them.
   *
   * @return the offerings, never null or empty, names unique
   */
  public abstract ImmutableList<Offering> offerings();

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the offering of a name.
   *
   * @param name the name, not null
   * @return the offering, empty when the proposition has none of that name
   */
  public final Optional<Offering> offering(String name) {
    return offerings().stream().filter(o -> o.name().equals(name)).findFirst();
  }

  @Value.Check
  final void validate() {
    trimmedText(name(), "ValueProposition", "name");
    String who = "ValueProposition '" + name() + "'";
    description().ifPresent(d -> trimmedText(d, who, "description"));
    check(!offerings().isEmpty(), who, "offerings", "hold at least one offering", "none");
    Set<String> names = new HashSet<>();
    for (Offering o : offerings()) {
      check(names.add(o.name()), who, "offerings", "have distinct names", o.name());
    }
  }

  /** Builds {@link ValueProposition}s; every attribute may be set once. */
  public static final class Builder extends ImmutableValueProposition.Builder {
    Builder() {}
  }
}
