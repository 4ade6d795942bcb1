package dev.valuex.core.journey;

import static dev.valuex.core.internal.Checks.check;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A total mapping from the stages of one journey model onto the stages of another: every stage
 * of {@link #from()} maps to exactly one stage of {@link #to()} in the same phase.
 *
 * <p>The built-in {@link #eightToFive()} mapping reads:
 *
 * <table>
 *   <caption>Eight-stage to five-stage</caption>
 *   <tr><th>Eight-stage</th><th>Five-stage</th><th>Phase</th></tr>
 *   <tr><td>Solutions</td><td>Awareness</td><td>pre-purchase</td></tr>
 *   <tr><td>Evaluation</td><td>Consideration</td><td>pre-purchase</td></tr>
 *   <tr><td>Selection</td><td>Consideration</td><td>pre-purchase</td></tr>
 *   <tr><td>Purchase</td><td>Acquisition</td><td>pre-purchase</td></tr>
 *   <tr><td>Take Home/Deliver</td><td>Service</td><td>post-purchase</td></tr>
 *   <tr><td>Use</td><td>Service</td><td>post-purchase</td></tr>
 *   <tr><td>Maintain</td><td>Service</td><td>post-purchase</td></tr>
 *   <tr><td>Dispose</td><td>Loyalty</td><td>post-purchase</td></tr>
 * </table>
 *
 * <p>Take Home/Deliver goes to Service rather than Acquisition because it happens after the
 * purchase; Dispose goes to Loyalty because it is where the customer decides whether to come
 * back. The way back, {@link #inverse()}, maps each five-stage stage to one or more eight-stage
 * stages, so it is total too.
 */
@Value.Immutable
public abstract class StageMapping {
  private static final StageMapping EIGHT_TO_FIVE = builder()
      .from(JourneyModel.eightStage())
      .to(JourneyModel.fiveStage())
      .putTarget("Solutions", "Awareness")
      .putTarget("Evaluation", "Consideration")
      .putTarget("Selection", "Consideration")
      .putTarget("Purchase", "Acquisition")
      .putTarget("Take Home/Deliver", "Service")
      .putTarget("Use", "Service")
      .putTarget("Maintain", "Service")
      .putTarget("Dispose", "Loyalty")
      .build();

  StageMapping() {}

  /**
   * Returns the model mapped from.
   *
   * @return the model, never null
   */
  public abstract JourneyModel from();

  /**
   * Returns the model mapped onto.
   *
   * @return the model, never null
   */
  public abstract JourneyModel to();

  /**
   * Returns the target stage name for each stage name of {@link #from()}.
   *
   * @return the targets, never null, one per stage of {@code from}
   */
  public abstract ImmutableMap<String, String> targets();

  /**
   * Returns the built-in mapping from the eight-stage model onto the five-stage model.
   *
   * @return the mapping, never null
   */
  public static StageMapping eightToFive() {
    return EIGHT_TO_FIVE;
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
   * Maps a stage of {@link #from()} onto {@link #to()}.
   *
   * @param stage a stage of {@code from}, not null
   * @return the target stage, never null
   * @throws dev.valuex.core.InvalidValueException if the stage is not one of {@code from}
   */
  public final Stage apply(Stage stage) {
    String who = "StageMapping " + from().name() + "->" + to().name();
    check(from().stages().contains(stage), who, "stage", "be a stage of " + from().name(),
        stage.name());
    return to().stage(targets().get(stage.name())).orElseThrow();
  }

  /**
   * Returns the way back: for each stage of {@link #to()}, the stages of {@link #from()} that
   * map onto it, in the order of {@code to}.
   *
   * @return the inverse, never null
   */
  public final ImmutableSetMultimap<Stage, Stage> inverse() {
    ImmutableSetMultimap.Builder<Stage, Stage> result = ImmutableSetMultimap.builder();
    for (Stage target : to().stages()) {
      for (Stage source : from().stages()) {
        if (targets().get(source.name()).equals(target.name())) {
          result.put(target, source);
        }
      }
    }
    return result.build();
  }

  @Value.Check
  final void validate() {
    String who = "StageMapping " + from().name() + "->" + to().name();
    for (Stage s : from().stages()) {
      check(targets().containsKey(s.name()), who, "targets", "map every stage of "
          + from().name(), s.name());
    }
    for (Map.Entry<String, String> e : targets().entrySet()) {
      Stage source = from().requireStage(e.getKey(), who, "targets");
      Stage target = to().requireStage(e.getValue(), who, "targets");
      check(source.phase() == target.phase(), who, "targets",
          "keep each stage in its phase", source.name() + "->" + target.name());
    }
    for (Stage t : to().stages()) {
      check(targets().containsValue(t.name()), who, "targets",
          "reach every stage of " + to().name(), t.name());
    }
  }

  /** Builds {@link StageMapping}s; every attribute may be set once. */
  public static final class Builder extends ImmutableStageMapping.Builder {
    Builder() {}
  }
}
