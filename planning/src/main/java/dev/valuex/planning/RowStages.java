package dev.valuex.planning;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.valuex.core.internal.Checks.check;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import dev.valuex.core.ElementId;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Side;
import dev.valuex.core.journey.JourneyModel;
import org.immutables.value.Value;

/**
 * The journey stages where the rows of a value creation plan create value, kept beside the plan
 * so that plans and rows stay as they are. Rows are named by element and side, as in {@link
 * ValueCreationPlan#row(ElementId, Side)}.
 *
 * <pre>{@code
 * RowStages stages = RowStages.of(JourneyModel.fiveStage())
 *     .with(ElementId.parse("customer.simplification"), Side.OUT, "Acquisition", "Service");
 * ImmutableSet<String> where = stages.stagesOf(row);
 * }</pre>
 */
@Value.Immutable
public abstract class RowStages implements WithRowStages {
  RowStages() {}

  /**
   * Returns the journey model whose stages are named.
   *
   * @return the model, never null
   */
  public abstract JourneyModel model();

  /**
   * Returns the stage names for each row, keyed by {@code <element> <side>}.
   *
   * @return the stages by row key, never null, possibly empty
   */
  public abstract ImmutableSetMultimap<String, String> stages();

  /**
   * Creates stages for no row yet.
   *
   * @param model the journey model, not null
   * @return the empty row stages, never null
   */
  public static RowStages of(JourneyModel model) {
    return builder().model(model).build();
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
   * Returns a copy naming more stages for the row of an element and side.
   *
   * @param element the row's element, not null
   * @param side the row's side, not null
   * @param stageNames stages of {@link #model()}
   * @return the new row stages, never null
   * @throws dev.valuex.core.InvalidValueException if a stage is not one of the model
   */
  public final RowStages with(ElementId element, Side side, String... stageNames) {
    checkNotNull(stageNames, "stageNames");
    return withStages(ImmutableSetMultimap.<String, String>builder().putAll(stages())
        .putAll(rowKey(element, side), stageNames).build());
  }

  /**
   * Returns the key that names a plan row in {@link #stages()}: its element and side, e.g.
   * {@code customer.savings OUT}.
   *
   * @param element the row's element, not null
   * @param side the row's side, not null
   * @return the key, never null
   */
  public static String rowKey(ElementId element, Side side) {
    checkNotNull(element, "element");
    checkNotNull(side, "side");
    return element + " " + side.name();
  }

  /**
   * Returns the stages where a row creates value, in the order they were named.
   *
   * @param row the row, not null
   * @return the stage names, never null, empty when none are named
   */
  public final ImmutableSet<String> stagesOf(PlanRow row) {
    return stages().get(rowKey(row.element(), row.side()));
  }

  /**
   * Checks that every row named is a row of a plan.
   *
   * @param plan the plan, not null
   * @throws dev.valuex.core.InvalidValueException at the first key naming no row of the plan
   */
  public final void checkAgainst(ValueCreationPlan plan) {
    for (String key : stages().keySet()) {
      boolean found = plan.rows().stream()
          .anyMatch(r -> key.equals(rowKey(r.element(), r.side())));
      check(found, "RowStages", "stages", "name rows of plan " + plan.id(), key);
    }
  }

  @Value.Check
  final void validate() {
    for (String key : stages().keySet()) {
      check(isRowKey(key), "RowStages", "stages", "be keyed by '<element> <IN|OUT>'", key);
    }
    for (String stage : stages().values()) {
      model().requireStage(stage, "RowStages", "stages");
    }
  }

  private static boolean isRowKey(String key) {
    int space = key.lastIndexOf(' ');
    if (space < 0) {
      return false;
    }
    String side = key.substring(space + 1);
    if (!side.equals(Side.IN.name()) && !side.equals(Side.OUT.name())) {
      return false;
    }
    try {
      return ElementId.parse(key.substring(0, space)).toString().equals(key.substring(0, space));
    } catch (InvalidValueException e) {
      return false;
    }
  }

  /** Builds {@link RowStages}; every attribute may be set once. */
  public static final class Builder extends ImmutableRowStages.Builder {
    Builder() {}
  }
}
