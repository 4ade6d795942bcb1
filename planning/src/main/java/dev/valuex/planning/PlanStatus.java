package dev.valuex.planning;

import static dev.valuex.core.internal.Checks.check;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.ElementId;
import dev.valuex.core.Side;
import dev.valuex.core.measure.Achievement;
import dev.valuex.core.measure.Measure;
import dev.valuex.core.measure.Observation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether a plan is creating value as expected: per measure, the achievement after each review
 * and its trend; per row, a {@link RowStatus.State} with an explanation.
 *
 * <p>A row's state follows these rules, in order:
 * <ol>
 *   <li>{@code NOT_MEASURED} when the row has no measure or none of its measures was observed;
 *   <li>{@code MET} when every measure was observed and its latest achievement is met;
 *   <li>{@code AT_RISK} when an observed measure that is not met is {@link Trend#WORSENING} or
 *       below the at-risk threshold (by default {@value #DEFAULT_AT_RISK_BELOW} percent);
 *   <li>{@code ON_TRACK} otherwise.
 * </ol>
 *
 * <pre>{@code
 * PlanStatus status = PlanStatus.of(plan);
 * for (RowStatus row : status.rows()) {
 *   System.out.println(row.element() + ": " + row.state() + " (" + row.explanation() + ")");
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class PlanStatus {
  /** The default percentage achieved below which an unmet measure puts its row at risk. */
  public static final double DEFAULT_AT_RISK_BELOW = 50;

  PlanStatus() {}

  /**
   * Returns the percentage achieved below which an unmet measure puts its row at risk.
   *
   * @return the threshold, a finite number
   */
  public abstract double atRiskBelow();

  /**
   * Returns the date of the latest review.
   *
   * @return the date, empty when the plan has not been reviewed
   */
  public abstract Optional<LocalDate> asOf();

  /**
   * Returns the status of every measure, row by row in plan order.
   *
   * @return the measure statuses, never null
   */
  public abstract ImmutableList<MeasureStatus> measures();

  /**
   * Returns the status of every row, in plan order.
   *
   * @return the row statuses, never null
   */
  public abstract ImmutableList<RowStatus> rows();

  /**
   * Computes a plan's status with the default at-risk threshold of {@value
   * #DEFAULT_AT_RISK_BELOW} percent.
   *
   * @param plan the plan, not null
   * @return the status, never null
   */
  public static PlanStatus of(ValueCreationPlan plan) {
    return of(plan, DEFAULT_AT_RISK_BELOW);
  }

  /**
   * Computes a plan's status.
   *
   * @param plan the plan, not null
   * @param atRiskBelow the percentage achieved below which an unmet measure puts its row at
   *     risk, finite
   * @return the status, never null
   * @throws dev.valuex.core.InvalidValueException if the threshold is not finite, or an
   *     observation does not suit its measure (e.g. a negative count)
   */
  public static PlanStatus of(ValueCreationPlan plan, double atRiskBelow) {
    check(Double.isFinite(atRiskBelow), "PlanStatus of " + plan.id(), "atRiskBelow",
        "be a finite number", atRiskBelow);
    ImmutablePlanStatus.Builder status = ImmutablePlanStatus.builder().atRiskBelow(atRiskBelow);
    if (!plan.reviews().isEmpty()) {
      status.asOf(plan.reviews().get(plan.reviews().size() - 1).date());
    }
    for (PlanRow row : plan.rows()) {
      List<MeasureStatus> ofRow = new ArrayList<>();
      for (Measure m : row.measures()) {
        MeasureStatus ms = history(plan, row.element(), row.side(), m);
        ofRow.add(ms);
        status.addMeasures(ms);
      }
      status.addRows(rowStatus(row, ofRow, atRiskBelow));
    }
    return status.build();
  }

  /**
   * Returns the status of one row.
   *
   * @param element the row's element, not null
   * @param side the row's side, not null
   * @return the row status, empty when the plan has no such row
   */
  public final Optional<RowStatus> row(ElementId element, Side side) {
    return rows().stream()
        .filter(r -> r.element().equals(element) && r.side() == side)
        .findFirst();
  }

  /**
   * Returns the status of one measure.
   *
   * @param name the measure's name, not null
   * @return the measure status, empty when the plan has no such measure
   */
  public final Optional<MeasureStatus> measure(String name) {
    return measures().stream().filter(m -> m.measure().name().equals(name)).findFirst();
  }

  private static MeasureStatus history(ValueCreationPlan plan, ElementId element, Side side,
      Measure m) {
    ImmutableMeasureStatus.Builder ms = MeasureStatus.builder().element(element).side(side).measure(m);
    List<Observation> soFar = new ArrayList<>();
    for (Review review : plan.reviews()) {
      boolean observed = false;
      for (Observation o : review.observations()) {
        if (o.measure().equals(m.name())) {
          soFar.add(o);
          observed = true;
        }
      }
      if (observed) {
        ms.addHistory(m.achievement(soFar).orElseThrow());
      }
    }
    return ms.build();
  }

  private static RowStatus rowStatus(PlanRow row, List<MeasureStatus> measures,
      double atRiskBelow) {
    if (measures.isEmpty()) {
      return RowStatus.of(row, RowStatus.State.NOT_MEASURED, "the row has no measure");
    }
    List<String> unobserved = new ArrayList<>();
    List<String> atRisk = new ArrayList<>();
    List<String> progress = new ArrayList<>();
    for (MeasureStatus ms : measures) {
      Optional<Achievement> latest = ms.latest();
      String name = "'" + ms.measure().name() + "'";
      if (latest.isEmpty()) {
        unobserved.add(name);
        continue;
      }
      Achievement a = latest.get();
      String said = name + " " + a.inWords() + trendWords(ms.trend());
      progress.add(said);
      if (!a.met() && (ms.trend() == Trend.WORSENING || a.percentage() < atRiskBelow)) {
        atRisk.add(said);
      }
    }
    if (unobserved.size() == measures.size()) {
      return RowStatus.of(row, RowStatus.State.NOT_MEASURED,
          "no observations yet for " + String.join(", ", unobserved));
    }
    if (!atRisk.isEmpty()) {
      return RowStatus.of(row, RowStatus.State.AT_RISK, String.join("; ", atRisk)
          + " (at risk when falling or below " + Measure.number(atRiskBelow) + "%)");
    }
    boolean allMet = unobserved.isEmpty()
        && measures.stream().allMatch(ms -> ms.latest().orElseThrow().met());
    String unobservedWords = unobserved.isEmpty()
        ? ""
        : "; no observations yet for " + String.join(", ", unobserved);
    return RowStatus.of(row, allMet ? RowStatus.State.MET : RowStatus.State.ON_TRACK,
        String.join("; ", progress) + unobservedWords);
  }

  private static String trendWords(Trend trend) {
    switch (trend) {
      case IMPROVING:
        return ", improving";
      case WORSENING:
        return ", worsening";
      case STEADY:
        return ", steady";
      default:
        return "";
    }
  }
}
