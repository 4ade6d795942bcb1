package dev.valuex.planning;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;
import static dev.valuex.core.internal.Checks.trimmedTexts;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.ElementId;
import dev.valuex.core.Evidence;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Side;
import dev.valuex.core.Subject;
import dev.valuex.core.ValueElement;
import dev.valuex.core.measure.Measure;
import dev.valuex.core.measure.Observation;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A plan to create the value customers seek: one {@link PlanRow} per chosen value element,
 * answering what value to create, how it is created and captured, and how it is measured, then
 * monitored through dated {@link Review}s.
 *
 * <p>A plan can be drafted incomplete: {@link #completeness()} reports what each row still
 * lacks instead of failing. What is checked at construction is consistency: one row per
 * element and side, measure names unique across the plan (observations refer to measures by
 * name), reviews in date order and on or after the plan's creation, and every observation naming
 * a measure of the plan. Reviews are only ever appended ({@link #withReview(Review)}), so the
 * observations of a plan keep the order in which they were recorded.
 *
 * <pre>{@code
 * ValueCreationPlan plan = ValueCreationPlan.builder()
 *     .id(PlanId.of("assembly-2026"))
 *     .title("Easier assembly")
 *     .createdOn(LocalDate.of(2026, 4, 1))
 *     .reviewCadence(Period.ofMonths(3))
 *     .addRows(simplification)
 *     .build()
 *     .withReview(june);
 * PlanStatus status = plan.status();
 * }</pre>
 */
@Value.Immutable
public abstract class ValueCreationPlan implements WithValueCreationPlan {

  ValueCreationPlan() {}

  /**
   * Returns the plan's id.
   *
   * @return the id, never null
   */
  public abstract PlanId id();

  /**
   * Returns the plan's title.
   *
   * @return the title, never null or blank
   */
  public abstract String title();

  /**
   * Returns what the plan covers, e.g. a product, service or journey.
   *
   * @return the scope, empty when not recorded
   */
  public abstract Optional<String> scope();

  /**
   * Returns whom the plan creates value for: customers, personas or segments.
   *
   * @return the target subjects, never null, possibly empty
   */
  public abstract ImmutableList<Subject> targetSubjects();

  /**
   * Returns the ledgers the plan was drawn from.
   *
   * @return the ledger ids, never null, possibly empty
   */
  public abstract ImmutableList<LedgerId> sourceLedgers();

  /**
   * Returns the rows, one per element and side, in plan order.
   *
   * @return the rows, never null, possibly empty while drafting
   */
  public abstract ImmutableList<PlanRow> rows();

  /**
   * Returns who takes part in planning and delivery: people, roles or teams.
   *
   * @return the participants, never null, possibly empty
   */
  public abstract ImmutableList<String> participants();

  /**
   * Returns how often the plan is reviewed.
   *
   * @return the cadence, empty when reviews are not scheduled
   */
  public abstract Optional<Period> reviewCadence();

  /**
   * Returns the reviews, in the order they were added, which is date order.
   *
   * @return the reviews, never null, possibly empty
   */
  public abstract ImmutableList<Review> reviews();

  /**
   * Returns when the plan was created.
   *
   * @return the date, never null
   */
  public abstract LocalDate createdOn();

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Drafts a plan from chosen value elements and the ledgers behind them: one row per element,
   * in the order given, carrying the element's name and first-person sentence, the ids of the
   * ledgers that hold the element and the evidence of those entries. A row's side is the side
   * the ledgers place the element on most often; on a tie, the card's typical side, else OUT.
   * The rows still need approaches and measures: see {@link #completeness()}.
   *
   * <p>This seeds from core types only. A later overload taking a catalog and a summary-set
   * proposal can resolve the chosen element ids to {@link ValueElement}s and call this method.
   *
   * @param id the plan's id, not null
   * @param title the plan's title, not null
   * @param createdOn the creation date, not null
   * @param elements the chosen elements, in plan order, not null
   * @param ledgers the ledgers to draw sources and evidence from, not null
   * @return the drafted plan, never null
   * @throws dev.valuex.core.InvalidValueException if an element is chosen twice or the title is
   *     blank
   */
  public static ValueCreationPlan seededFrom(PlanId id, String title, LocalDate createdOn,
      Iterable<ValueElement> elements, Iterable<Ledger> ledgers) {
    checkNotNull(id, "id");
    checkNotNull(title, "title");
    checkNotNull(createdOn, "createdOn");
    checkNotNull(elements, "elements");
    checkNotNull(ledgers, "ledgers");
    ImmutableList<Ledger> sources = ImmutableList.copyOf(ledgers);
    Set<LedgerId> used = new LinkedHashSet<>();
    Builder plan = builder();
    plan.id(id).title(title).createdOn(createdOn);
    for (ValueElement element : elements) {
      Map<Side, Integer> counts = new HashMap<>();
      for (Ledger l : sources) {
        for (LedgerEntry e : l.entriesFor(element.id())) {
          counts.merge(e.side(), 1, Integer::sum);
        }
      }
      int in = counts.getOrDefault(Side.IN, 0);
      int out = counts.getOrDefault(Side.OUT, 0);
      Side side = in > out ? Side.IN
          : out > in ? Side.OUT
          : element.typicalSide().orElse(Side.OUT);
      PlanRow.Builder row = PlanRow.builder().element(element.id()).name(element.name())
          .sentence(element.sentence()).side(side);
      for (Ledger l : sources) {
        Optional<LedgerEntry> entry = l.entry(element.id(), side);
        if (entry.isPresent()) {
          row.addSourceLedgers(l.id());
          used.add(l.id());
          for (Evidence ev : entry.get().evidence()) {
            row.addEvidence(ev);
          }
        }
      }
      plan.addRows(row.build());
    }
    return plan.addAllSourceLedgers(used).build();
  }

  /**
   * Returns the row for an element on a side.
   *
   * @param element the element, not null
   * @param side the side, not null
   * @return the row, empty when the plan has none
   */
  public final Optional<PlanRow> row(ElementId element, Side side) {
    return rows().stream()
        .filter(r -> r.element().equals(element) && r.side() == side)
        .findFirst();
  }

  /**
   * Returns a copy with a row appended.
   *
   * @param row the row, not null
   * @return the new plan, never null
   * @throws dev.valuex.core.InvalidValueException if the plan already has a row for the element
   *     and side, or a measure of the row shares its name with another of the plan
   */
  public final ValueCreationPlan withRow(PlanRow row) {
    checkNotNull(row, "row");
    return withRows(ImmutableList.<PlanRow>builder().addAll(rows()).add(row).build());
  }

  /**
   * Returns a copy with a review appended after the existing ones. Reviews are never
   * reordered, so neither are their observations.
   *
   * @param review the review, not null
   * @return the new plan, never null
   * @throws dev.valuex.core.InvalidValueException if the review is dated before the last one or
   *     before the plan was created, or observes a measure the plan does not have
   */
  public final ValueCreationPlan withReview(Review review) {
    checkNotNull(review, "review");
    return withReviews(ImmutableList.<Review>builder().addAll(reviews()).add(review).build());
  }

  /**
   * Returns every measure of the plan, row by row.
   *
   * @return the measures, never null
   */
  public final ImmutableList<Measure> measures() {
    ImmutableList.Builder<Measure> all = ImmutableList.builder();
    for (PlanRow r : rows()) {
      all.addAll(r.measures());
    }
    return all.build();
  }

  /**
   * Returns the measure with a name.
   *
   * @param name the measure's name, not null
   * @return the measure, empty when the plan has none of that name
   */
  public final Optional<Measure> measure(String name) {
    return measures().stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /**
   * Returns every observation of every review, review by review, each in recorded order.
   *
   * @return the observations, never null
   */
  public final ImmutableList<Observation> observations() {
    ImmutableList.Builder<Observation> all = ImmutableList.builder();
    for (Review r : reviews()) {
      all.addAll(r.observations());
    }
    return all.build();
  }

  /**
   * Returns the observations of one measure, review by review, each in recorded order.
   *
   * @param measure the measure's name, not null
   * @return the observations, never null, possibly empty
   */
  public final ImmutableList<Observation> observationsOf(String measure) {
    ImmutableList.Builder<Observation> all = ImmutableList.builder();
    for (Observation o : observations()) {
      if (o.measure().equals(measure)) {
        all.add(o);
      }
    }
    return all.build();
  }

  /**
   * Returns when the next review is due: the last review's date (or the creation date) plus
   * the cadence.
   *
   * @return the due date, empty when the plan has no review cadence
   */
  public final Optional<LocalDate> nextReviewDue() {
    LocalDate last = reviews().isEmpty()
        ? createdOn()
        : reviews().get(reviews().size() - 1).date();
    return reviewCadence().map(last::plus);
  }

  /**
   * Reports what each row still lacks to answer the three questions.
   *
   * @return the report, never null
   */
  public final CompletenessReport completeness() {
    ImmutableList.Builder<Gap> gaps = ImmutableList.builder();
    for (PlanRow r : rows()) {
      gaps.addAll(r.gaps());
    }
    return CompletenessReport.of(rows().size(), gaps.build());
  }

  /**
   * Returns the plan's status after its reviews, with the default at-risk threshold: see
   * {@link PlanStatus#of(ValueCreationPlan)}.
   *
   * @return the status, never null
   */
  public final PlanStatus status() {
    return PlanStatus.of(this);
  }

  @Value.Check
  final void validate() {
    String who = "ValueCreationPlan " + id();
    trimmedText(title(), who, "title");
    scope().ifPresent(s -> trimmedText(s, who, "scope"));
    trimmedTexts(participants(), who, "participants");
    reviewCadence().ifPresent(p -> check(!p.isNegative() && !p.isZero(), who,
        "reviewCadence", "be a positive period", p));
    Set<String> rowKeys = new HashSet<>();
    Set<String> measureNames = new HashSet<>();
    for (PlanRow r : rows()) {
      check(rowKeys.add(r.element() + " " + r.side()), who, "rows",
          "hold one row per element and side", r.element() + " " + r.side());
      for (Measure m : r.measures()) {
        check(measureNames.add(m.name()), who, "measures",
            "have names unique across the plan", m.name());
      }
    }
    LocalDate previous = createdOn();
    for (Review r : reviews()) {
      check(!r.date().isBefore(previous), who, "reviews",
          "be in date order, on or after " + previous, r.date());
      previous = r.date();
      for (Observation o : r.observations()) {
        check(measureNames.contains(o.measure()), who, "review " + r.date() + " observations",
            "name measures of the plan", o.measure());
      }
    }
  }

  /** Builds {@link ValueCreationPlan}s; every attribute may be set once. */
  public static final class Builder extends ImmutableValueCreationPlan.Builder {
    Builder() {}
  }
}
