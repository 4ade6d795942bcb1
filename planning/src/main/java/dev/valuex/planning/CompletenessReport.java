package dev.valuex.planning;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.ElementId;
import dev.valuex.core.Side;
import org.immutables.value.Value;

/**
 * What a value creation plan still lacks, row by row, to answer the method's three questions.
 * Made by {@link ValueCreationPlan#completeness()}; incompleteness is reported, never thrown, so
 * a plan can be drafted a step at a time.
 */
@Value.Immutable
public abstract class CompletenessReport {

  CompletenessReport() {}

  /**
   * Returns how many rows the plan has.
   *
   * @return the number of rows, at least 0
   */
  @Value.Parameter
  public abstract int rowCount();

  /**
   * Returns every gap, row by row in plan order, each row's in question order.
   *
   * @return the gaps, never null, empty when every row is complete
   */
  @Value.Parameter
  public abstract ImmutableList<Gap> gaps();

  static CompletenessReport of(int rowCount, ImmutableList<Gap> gaps) {
    return ImmutableCompletenessReport.of(rowCount, gaps);
  }

  /**
   * Returns whether the plan has at least one row and every row answers all three questions.
   *
   * @return true when the plan is complete
   */
  public final boolean isComplete() {
    return rowCount() > 0 && gaps().isEmpty();
  }

  /**
   * Returns the gaps of one row.
   *
   * @param element the row's element, not null
   * @param side the row's side, not null
   * @return the gaps, never null, empty when the row is complete or not in the plan
   */
  public final ImmutableList<Gap> gapsFor(ElementId element, Side side) {
    return gaps().stream()
        .filter(g -> g.element().equals(element) && g.side() == side)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the gaps that leave one question unanswered.
   *
   * @param question the question, not null
   * @return the gaps, never null, possibly empty
   */
  public final ImmutableList<Gap> gapsFor(Question question) {
    return gaps().stream()
        .filter(g -> g.question() == question)
        .collect(ImmutableList.toImmutableList());
  }
}
