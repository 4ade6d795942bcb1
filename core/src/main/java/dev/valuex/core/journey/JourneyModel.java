package dev.valuex.core.journey;

import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.InvalidValueException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A customer journey model: stages in order, pre-purchase stages (where barriers to consumption
 * arise) before post-purchase stages (where hurdles to satisfaction arise), with an optional
 * renewal loop from the last stage back to an earlier one.
 *
 * <p>Two models are built in: {@link #fiveStage()} (Awareness, Consideration, Acquisition,
 * Service, Loyalty) and {@link #eightStage()} (Solutions, Evaluation, Selection, Purchase, Take
 * Home/Deliver, Use, Maintain, Dispose); {@link StageMapping#eightToFive()} maps one onto the
 * other. Custom models are built with {@link #builder()}.
 *
 * <pre>{@code
 * JourneyModel subscription = JourneyModel.builder()
 *     .name("subscription")
 *     .addStages(Stage.of("Trial", Phase.PRE_PURCHASE), Stage.of("Subscribe", Phase.PRE_PURCHASE),
 *         Stage.of("Use", Phase.POST_PURCHASE), Stage.of("Renew", Phase.POST_PURCHASE))
 *     .renewsAt("Use")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class JourneyModel implements WithJourneyModel {
  private static final JourneyModel FIVE = builder().name("five-stage")
      .addStages(Stage.of("Awareness", Phase.PRE_PURCHASE),
          Stage.of("Consideration", Phase.PRE_PURCHASE),
          Stage.of("Acquisition", Phase.PRE_PURCHASE),
          Stage.of("Service", Phase.POST_PURCHASE),
          Stage.of("Loyalty", Phase.POST_PURCHASE))
      .build();
  private static final JourneyModel EIGHT = builder().name("eight-stage")
      .addStages(Stage.of("Solutions", Phase.PRE_PURCHASE),
          Stage.of("Evaluation", Phase.PRE_PURCHASE),
          Stage.of("Selection", Phase.PRE_PURCHASE),
          Stage.of("Purchase", Phase.PRE_PURCHASE),
          Stage.of("Take Home/Deliver", Phase.POST_PURCHASE),
          Stage.of("Use", Phase.POST_PURCHASE),
          Stage.of("Maintain", Phase.POST_PURCHASE),
          Stage.of("Dispose", Phase.POST_PURCHASE))
      .build();

  JourneyModel() {}

  /**
   * Returns the model's name, e.g. {@code five-stage}.
   *
   * @return the name, never null or blank
   */
  public abstract String name();

  /**
   * Returns the stages in journey order.
   *
   * @return the stages, never null, never empty
   */
  public abstract ImmutableList<Stage> stages();

  /**
   * Returns the stage the journey returns to after its last stage, for repeat purchases and
   * renewals.
   *
   * @return the name of the stage the loop returns to, empty when the journey ends
   */
  public abstract Optional<String> renewsAt();

  /**
   * Returns the built-in five-stage model: Awareness, Consideration and Acquisition before
   * purchase; Service and Loyalty after it.
   *
   * @return the model, never null
   */
  public static JourneyModel fiveStage() {
    return FIVE;
  }

  /**
   * Returns the built-in eight-stage model: Solutions, Evaluation, Selection and Purchase before
   * purchase; Take Home/Deliver, Use, Maintain and Dispose after it.
   *
   * @return the model, never null
   */
  public static JourneyModel eightStage() {
    return EIGHT;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the stage of a name.
   *
   * @param name the stage name, not null
   * @return the stage, empty when the model has no stage of that name
   */
  public final Optional<Stage> stage(String name) {
    for (Stage s : stages()) {
      if (s.name().equals(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the stage of a name, failing when the model has none.
   *
   * @param name the stage name, not null
   * @param who who refers to the stage, for the message, e.g. {@code "Touchpoint t1"}
   * @param field the referring field, for the message
   * @return the stage, never null
   * @throws InvalidValueException if the model has no stage of that name
   */
  public final Stage requireStage(String name, String who, String field) {
    Optional<Stage> s = stage(name);
    check(s.isPresent(), who, field, "name a stage of model " + name(), name);
    return s.orElseThrow();
  }

  /**
   * Returns the pairs of stages the customer moves between: each stage and the next, then the
   * last stage and the renewal stage when the model loops.
   *
   * @return the transitions in journey order, never null
   */
  public final ImmutableList<ImmutableList<Stage>> transitions() {
    ImmutableList.Builder<ImmutableList<Stage>> result = ImmutableList.builder();
    for (int i = 0; i + 1 < stages().size(); i++) {
      result.add(ImmutableList.of(stages().get(i), stages().get(i + 1)));
    }
    renewsAt().flatMap(this::stage).ifPresent(
        r -> result.add(ImmutableList.of(stages().get(stages().size() - 1), r)));
    return result.build();
  }

  @Value.Check
  final void validate() {
    String who = "JourneyModel " + name();
    trimmedText(name(), "JourneyModel", "name");
    check(!stages().isEmpty(), who, "stages", "not be empty", stages());
    Set<String> names = new HashSet<>();
    Phase previous = Phase.PRE_PURCHASE;
    for (Stage s : stages()) {
      check(names.add(s.name()), who, "stages", "have unique names", s.name());
      check(previous == Phase.PRE_PURCHASE || s.phase() == Phase.POST_PURCHASE, who, "stages",
          "put every pre-purchase stage before the post-purchase stages", s.name());
      previous = s.phase();
    }
    renewsAt().ifPresent(r -> check(names.contains(r), who, "renewsAt",
        "name a stage of the model", r));
  }

  /** Builds {@link JourneyModel}s; every attribute may be set once. */
  public static final class Builder extends ImmutableJourneyModel.Builder {
    Builder() {}
  }
}
