package dev.valuex.core.journey;

import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A customer journey through a model: the jobs the customer is trying to get done, the
 * organisation functions that own its stages and the touchpoints where the customer meets them.
 * Every stage, owner and hand-off named must exist, so gap findings ({@link Gaps}) never rest on
 * a typo.
 *
 * <pre>{@code
 * Journey journey = Journey.builder()
 *     .name("home broadband")
 *     .model(JourneyModel.fiveStage())
 *     .addFunctions(OrganisationFunction.builder().name("Marketing")
 *         .addOwnedStages("Awareness").addHandsOffTo("Sales").build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Journey implements WithJourney {
  Journey() {}

  /**
   * Returns the journey's name.
   *
   * @return the name, never null or blank
   */
  public abstract String name();

  /**
   * Returns the journey model whose stages the journey uses.
   *
   * @return the model, never null
   */
  public abstract JourneyModel model();

  /**
   * Returns the jobs the customer is trying to get done.
   *
   * @return the jobs, never null, possibly empty
   */
  public abstract ImmutableList<Job> jobs();

  /**
   * Returns the organisation functions along the journey.
   *
   * @return the functions, never null, possibly empty
   */
  public abstract ImmutableList<OrganisationFunction> functions();

  /**
   * Returns the touchpoints along the journey.
   *
   * @return the touchpoints, never null, possibly empty
   */
  public abstract ImmutableList<Touchpoint> touchpoints();

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the function of a name.
   *
   * @param name the function name, not null
   * @return the function, empty when the journey has none of that name
   */
  public final Optional<OrganisationFunction> function(String name) {
    return functions().stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /**
   * Returns the functions that own a stage, in journey order.
   *
   * @param stage the stage name, not null
   * @return the owners, never null, possibly empty
   */
  public final ImmutableList<OrganisationFunction> ownersOf(String stage) {
    return functions().stream().filter(f -> f.ownedStages().contains(stage))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the touchpoints at a stage, in journey order.
   *
   * @param stage the stage name, not null
   * @return the touchpoints, never null, possibly empty
   */
  public final ImmutableList<Touchpoint> touchpointsAt(String stage) {
    return touchpoints().stream().filter(t -> t.stage().equals(stage))
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  final void validate() {
    trimmedText(name(), "Journey", "name");
    String who = "Journey " + name();
    Set<String> names = new HashSet<>();
    for (OrganisationFunction f : functions()) {
      check(names.add(f.name()), who, "functions", "have unique names", f.name());
      for (String s : f.ownedStages()) {
        model().requireStage(s, who + " function " + f.name(), "ownedStages");
      }
    }
    for (OrganisationFunction f : functions()) {
      for (String h : f.handsOffTo()) {
        check(names.contains(h), who + " function " + f.name(), "handsOffTo",
            "name a function of the journey", h);
      }
    }
    Set<String> ids = new HashSet<>();
    for (Touchpoint t : touchpoints()) {
      check(ids.add(t.id()), who, "touchpoints", "have unique ids", t.id());
      model().requireStage(t.stage(), who + " touchpoint " + t.id(), "stage");
      t.owner().ifPresent(o -> check(names.contains(o), who + " touchpoint " + t.id(), "owner",
          "name a function of the journey", o));
    }
  }

  /** Builds {@link Journey}s; every attribute may be set once. */
  public static final class Builder extends ImmutableJourney.Builder {
    Builder() {}
  }
}
