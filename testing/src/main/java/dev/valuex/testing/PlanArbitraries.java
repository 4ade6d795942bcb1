package dev.valuex.testing;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.ElementId;
import dev.valuex.core.Side;
import dev.valuex.core.measure.Measure;
import dev.valuex.core.measure.Observation;
import dev.valuex.planning.Action;
import dev.valuex.planning.CreationApproach;
import dev.valuex.planning.PlanId;
import dev.valuex.planning.PlanRow;
import dev.valuex.planning.Review;
import dev.valuex.planning.ValueCreationPlan;
import dev.valuex.planning.When;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Factories of jqwik arbitraries for value creation plans and their parts. Generated plans hold
 * one row per element and side, measure names unique across the plan, and, from {@link
 * #reviewedPlans()}, reviews in date order that observe the plan's own measures. Texts include
 * pipes, commas, quotes, backslashes and line breaks, so exports meet awkward input.
 *
 * <pre>{@code
 * @Property
 * void everyRowIsExported(@ForAll("plans") ValueCreationPlan plan) { ... }
 *
 * @Provide
 * Arbitrary<ValueCreationPlan> plans() {
 *   return PlanArbitraries.plans();
 * }
 * }</pre>
 */
public final class PlanArbitraries {
  private PlanArbitraries() {}

  /**
   * Generates dates and milestones.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<When> whens() {
    return Arbitraries.oneOf(ValuexArbitraries.dates().map(When::on),
        awkwardText().map(When::milestone));
  }

  /**
   * Generates actions with or without when and who, in every status.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<Action> actions() {
    return Combinators.combine(awkwardText(), whens().optional(),
            Texts.pseudonym().list().ofMaxSize(3), Arbitraries.of(Action.Status.class))
        .as((what, when, who, status) -> Action.builder().what(what).when(when)
            .addAllWho(who).status(status).build());
  }

  /**
   * Generates creation approaches with zero to three actions.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<CreationApproach> approaches() {
    return Combinators.combine(awkwardText(), actions().list().ofMaxSize(3))
        .as((d, actions) -> CreationApproach.builder().description(d).addAllActions(actions)
            .build());
  }

  /**
   * Generates plan rows for any element, complete or not, with zero to three measures.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<PlanRow> rows() {
    return Combinators.combine(ValuexArbitraries.elementIds(), Arbitraries.of(Side.class))
        .flatAs(PlanArbitraries::row);
  }

  /**
   * Generates plans of zero to eight rows, without reviews.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<ValueCreationPlan> plans() {
    Arbitrary<List<ElementId>> elements =
        ValuexArbitraries.elementIds().list().uniqueElements().ofMaxSize(8);
    Arbitrary<List<PlanRow>> rows = elements.flatMap(ids -> {
      if (ids.isEmpty()) {
        return Arbitraries.just(List.<PlanRow>of());
      }
      List<Arbitrary<PlanRow>> each = new ArrayList<>();
      for (ElementId id : ids) {
        each.add(Arbitraries.of(Side.class).flatMap(side -> row(id, side)));
      }
      return Combinators.combine(each).as(list -> list);
    });
    return Combinators.combine(Texts.slug().map(PlanId::of), awkwardText(),
            awkwardText().optional(), ValuexArbitraries.subjects().list().ofMaxSize(2),
            ValuexArbitraries.ledgerIds().list().ofMaxSize(3),
            Texts.pseudonym().list().ofMaxSize(3),
            Arbitraries.integers().between(1, 6).map(Period::ofMonths).optional(),
            ValuexArbitraries.dates())
        .as((id, title, scope, subjects, ledgers, participants, cadence, created) ->
            ValueCreationPlan.builder().id(id).title(title).scope(scope)
                .addAllTargetSubjects(subjects).addAllSourceLedgers(ledgers)
                .addAllParticipants(participants).reviewCadence(cadence).createdOn(created)
                .build())
        .flatMap(plan -> rows.map(rs -> plan.withRows(uniqueMeasureNames(rs))));
  }

  /**
   * Generates plans with zero to five reviews, in date order, whose observations name the
   * plan's measures and suit them.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<ValueCreationPlan> reviewedPlans() {
    return plans().flatMap(plan -> reviewsFor(plan).map(reviews -> {
      ValueCreationPlan reviewed = plan;
      for (Review r : reviews) {
        reviewed = reviewed.withReview(r);
      }
      return reviewed;
    }));
  }

  /**
   * Generates reviews that can be appended to a plan, in order: in date order, on or after the
   * plan's last review, each observing zero to six values of the plan's measures.
   *
   * @param plan the plan, not null
   * @return the arbitrary, never null
   */
  public static Arbitrary<List<Review>> reviewsFor(ValueCreationPlan plan) {
    LocalDate start = plan.reviews().isEmpty()
        ? plan.createdOn()
        : plan.reviews().get(plan.reviews().size() - 1).date();
    ImmutableList<Measure> measures = plan.measures();
    return Arbitraries.integers().between(0, 120).list().ofMaxSize(5).flatMap(gaps -> {
      if (gaps.isEmpty()) {
        return Arbitraries.just(List.<Review>of());
      }
      List<Arbitrary<Review>> each = new ArrayList<>();
      LocalDate date = start;
      for (int gap : gaps) {
        date = date.plusDays(gap);
        each.add(review(date, measures));
      }
      return Combinators.combine(each).as(list -> list);
    });
  }

  private static Arbitrary<Review> review(LocalDate date, List<Measure> measures) {
    Arbitrary<List<Observation>> observations = measures.isEmpty()
        ? Arbitraries.just(List.of())
        : Arbitraries.of(measures).flatMap(m -> Combinators.combine(
                Arbitraries.integers().between(0, 30), MeasureArbitraries.actuals(m))
            .as((back, value) -> Observation.of(m.name(), date.minusDays(back), value)))
            .list().ofMaxSize(6);
    return Combinators.combine(Texts.pseudonym(), observations,
            Texts.phrase(10).list().ofMaxSize(2))
        .as((reviewer, obs, notes) -> Review.builder().date(date).reviewer(reviewer)
            .addAllObservations(obs).addAllNotes(notes).build());
  }

  private static Arbitrary<PlanRow> row(ElementId element, Side side) {
    return Combinators.combine(Texts.phrase(3).optional(), awkwardText().optional(),
            approaches().list().ofMaxSize(2),
            MeasureArbitraries.measures().list().ofMaxSize(3),
            ValuexArbitraries.ledgerIds().list().ofMaxSize(2),
            ValuexArbitraries.evidence().list().ofMaxSize(2))
        .as((name, sentence, approaches, measures, ledgers, evidence) -> PlanRow.builder()
            .element(element).side(side).name(name).sentence(sentence)
            .addAllApproaches(approaches).addAllMeasures(numbered(measures, 0))
            .addAllSourceLedgers(ledgers).addAllEvidence(evidence).build());
  }

  private static List<PlanRow> uniqueMeasureNames(List<PlanRow> rows) {
    List<PlanRow> renamed = new ArrayList<>();
    int next = 0;
    for (PlanRow r : rows) {
      renamed.add(r.withMeasures(numbered(r.measures(), next)));
      next += r.measures().size();
    }
    return renamed;
  }

  /** Suffixes measure names with a running number so names never repeat. */
  private static List<Measure> numbered(List<Measure> measures, int from) {
    List<Measure> out = new ArrayList<>();
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      String base = m.name().replaceAll(" #\\d+$", "");
      out.add(m.withName(base + " #" + (from + i + 1)));
    }
    return out;
  }

  /** Trimmed text that may hold pipes, commas, quotes, backslashes and line breaks inside. */
  static Arbitrary<String> awkwardText() {
    Arbitrary<String> separator = Arbitraries.of(" ", " ", " | ", "\n", ", ", " \"", "\\",
        "\r\n", " *");
    return Combinators.combine(Texts.phrase(5), separator, Texts.phrase(5)).as(
        (a, s, b) -> a + s + b);
  }
}
