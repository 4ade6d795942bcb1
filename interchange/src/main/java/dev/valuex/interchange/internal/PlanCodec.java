package dev.valuex.interchange.internal;

import dev.valuex.core.ElementId;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.UnknownElementException;
import dev.valuex.core.measure.Measure;
import dev.valuex.core.measure.Observation;
import dev.valuex.interchange.ElementResolver;
import dev.valuex.planning.Action;
import dev.valuex.planning.CreationApproach;
import dev.valuex.planning.Offering;
import dev.valuex.planning.PlanId;
import dev.valuex.planning.PlanRow;
import dev.valuex.planning.Review;
import dev.valuex.planning.ValueCreationPlan;
import dev.valuex.planning.ValueProposition;
import dev.valuex.planning.When;
import dev.valuex.planning.program.Benefit;
import dev.valuex.planning.program.Contribution;
import dev.valuex.planning.program.ExchangePairing;
import dev.valuex.planning.program.ProgramExchange;
import dev.valuex.planning.program.ProgramScope;
import dev.valuex.planning.program.ProgramType;
import dev.valuex.planning.program.ViabilityQuestion;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shapes of value creation plans ({@code valuex.plan/1}), program exchanges ({@code
 * valuex.program/1}) and value propositions ({@code valuex.proposition/1}), each stated once
 * as a {@link Shape}. Elements are written as ids and read through an {@link ElementResolver},
 * so documents people write may name cards instead: the shapes that hold elements belong to
 * an instance made for one resolver; the others are shared.
 */
public final class PlanCodec {
  /** The format marker of a value creation plan document. */
  public static final String PLAN_FORMAT = "valuex.plan/1";

  /** The format marker of a program exchange document. */
  public static final String PROGRAM_FORMAT = "valuex.program/1";

  /** The format marker of value proposition documents. */
  public static final String PROPOSITION_FORMAT = "valuex.proposition/1";

  static final Tokens<Action.Status> STATUSES = Tokens.of(Action.Status.class);
  static final Tokens<Measure.Kind> KINDS = Tokens.of(Measure.Kind.class);
  static final Tokens<Measure.Direction> DIRECTIONS = Tokens.of(Measure.Direction.class);
  static final Tokens<Measure.DefinedBy> DEFINERS = Tokens.of(Measure.DefinedBy.class);
  static final Tokens<Measure.Aggregation> AGGREGATIONS = Tokens.of(Measure.Aggregation.class);
  static final Tokens<ProgramType> TYPES = Tokens.of(ProgramType.class);
  static final Tokens<Offering.Kind> OFFERING_KINDS = Tokens.of(Offering.Kind.class);

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /**
   * An id within a program (a benefit's or a contribution's), whose rule (lower-case words
   * joined by hyphens) the model checks.
   */
  private static final Shape.Codec<String> SLUG = Shape.string(s -> s, s -> s);

  /** A plan id. */
  public static final Shape.Codec<PlanId> PLAN_ID = Shape.string(PlanId::of, PlanId::value);

  /** When an action happens: a text written YYYY-MM-DD is a date, any other a milestone. */
  public static final Shape.Codec<When> WHEN = Shape.text(text -> {
    if (!DATE.matcher(text).matches()) {
      return When.milestone(text);
    }
    try {
      return When.on(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      throw new InvalidValueException("must be a real date when written YYYY-MM-DD, got "
          + Shape.quote(text));
    }
  }, When::toString);

  private static final Shape.Codec<Period> PERIOD = Shape.text(text -> {
    try {
      return Period.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException("must be an ISO-8601 period such as P1M or P2W, got "
          + Shape.quote(text));
    }
  }, Period::toString);

  /** An action of a creation approach. */
  public static final Shape<Action, Action.Builder> ACTION =
      Shape.of("an action", Action::builder, Action.Builder::build)
          .required("what", Shape.TEXT, Action::what, Action.Builder::what)
          .optional("when", WHEN, Action::when, Action.Builder::when)
          .optional("who", Shape.TEXT_OR_TEXTS, a -> nonEmpty(a.who()), Action.Builder::addAllWho)
          .required("status", Shape.token(STATUSES), Action::status, Action.Builder::status)
          .build();

  /** A creation approach: how the value is created, and its actions. */
  public static final Shape<CreationApproach, CreationApproach.Builder> APPROACH =
      Shape.of("a creation approach", CreationApproach::builder, CreationApproach.Builder::build)
          .required("description", Shape.TEXT, CreationApproach::description,
              CreationApproach.Builder::description)
          .list("actions", ACTION.codec(), CreationApproach::actions,
              CreationApproach.Builder::addAction)
          .build();

  /** A measure with its target. */
  public static final Shape<Measure, Measure.Builder> MEASURE =
      Shape.of("a measure", Measure::builder, Measure.Builder::build)
          .required("name", Shape.TEXT, Measure::name, Measure.Builder::name)
          .required("unit", Shape.TEXT, Measure::unit, Measure.Builder::unit)
          .required("kind", Shape.token(KINDS), Measure::kind, Measure.Builder::kind)
          .required("direction", Shape.token(DIRECTIONS), Measure::direction,
              Measure.Builder::direction)
          .required("target", Shape.PLAIN_NUMBER, Measure::target, Measure.Builder::target)
          .optionalDouble("baseline", Shape.PLAIN_NUMBER, Measure::baseline,
              Measure.Builder::baseline)
          .required("defined_by", Shape.token(DEFINERS), Measure::definedBy,
              Measure.Builder::definedBy)
          .required("aggregation", Shape.token(AGGREGATIONS), Measure::aggregation,
              Measure.Builder::aggregation)
          .optional("description", Shape.TEXT, Measure::description,
              Measure.Builder::description)
          .build();

  /** An observation of a measure. */
  public static final Shape<Observation, Observation.Builder> OBSERVATION =
      Shape.of("an observation", Observation::builder, Observation.Builder::build)
          .required("measure", Shape.TEXT, Observation::measure, Observation.Builder::measure)
          .required("date", Shape.DATE, Observation::date, Observation.Builder::date)
          .required("value", Shape.PLAIN_NUMBER, Observation::value, Observation.Builder::value)
          .optional("note", Shape.TEXT, Observation::note, Observation.Builder::note)
          .build();

  /** A review of a plan. */
  public static final Shape<Review, Review.Builder> REVIEW =
      Shape.of("a review", Review::builder, Review.Builder::build)
          .required("date", Shape.DATE, Review::date, Review.Builder::date)
          .required("reviewer", Shape.TEXT, Review::reviewer, Review.Builder::reviewer)
          .optional("notes", Shape.TEXT_OR_TEXTS, r -> nonEmpty(r.notes()),
              Review.Builder::addAllNotes)
          .list("observations", OBSERVATION.codec(), Review::observations,
              Review.Builder::addObservation)
          .build();

  /** A program's scope: name, type and constraints. */
  public static final Shape<ProgramScope, ProgramScope.Builder> SCOPE =
      Shape.of("a program scope", ProgramScope::builder, ProgramScope.Builder::build)
          .required("name", Shape.TEXT, ProgramScope::name, ProgramScope.Builder::name)
          .required("type", Shape.token(TYPES), ProgramScope::type, ProgramScope.Builder::type)
          .list("constraints", Shape.TEXT, ProgramScope::constraints,
              ProgramScope.Builder::addConstraint)
          .build();

  /** A pairing of a benefit with a contribution. */
  public static final Shape<ExchangePairing, Shape.Parts> EXCHANGE_PAIRING = Shape.of(
          "a pairing", (Shape.Parts v) -> ExchangePairing.of(v.get("benefit"),
              v.get("contribution")))
      .required("benefit", SLUG, ExchangePairing::benefit)
      .required("contribution", SLUG, ExchangePairing::contribution)
      .build();

  /** The answers to the viability questions, each optional. */
  public static final Shape<Map<ViabilityQuestion, String>, Shape.Parts> VIABILITY =
      viability();

  /** The shapes of documents read with element ids only. */
  public static final PlanCodec IDS = new PlanCodec(ElementResolver.idsOnly());

  /** A plan row, its element resolved. */
  public final Shape<PlanRow, PlanRow.Builder> row;
  /** The {@code valuex.plan/1} document. */
  public final Shape<ValueCreationPlan, ValueCreationPlan.Builder> plan;
  /** A benefit of a program. */
  public final Shape<Benefit, Benefit.Builder> benefit;
  /** A contribution to a program. */
  public final Shape<Contribution, Contribution.Builder> contribution;
  /** The {@code valuex.program/1} document. */
  public final Shape<ProgramExchange, Shape.Parts> program;
  /** An offering of a value proposition. */
  public final Shape<Offering, Offering.Builder> offering;
  /** The {@code valuex.proposition/1} document. */
  public final Shape<ValueProposition, ValueProposition.Builder> proposition;

  /**
   * Makes the shapes that hold elements, reading them through a resolver.
   *
   * @param resolver turns element texts (ids or card names) into ids
   */
  public PlanCodec(ElementResolver resolver) {
    Shape.Codec<ElementId> element = Shape.text(text -> resolve(text, resolver),
        ElementId::toString);
    row = Shape.of("a plan row", PlanRow::builder, PlanRow.Builder::build)
        .required("element", element, PlanRow::element, PlanRow.Builder::element)
        .required("side", Shape.token(ModelCodec.SIDES), PlanRow::side, PlanRow.Builder::side)
        .optional("name", Shape.TEXT, PlanRow::name, PlanRow.Builder::name)
        .optional("sentence", Shape.TEXT, PlanRow::sentence, PlanRow.Builder::sentence)
        .list("approaches", APPROACH.codec(), PlanRow::approaches,
            PlanRow.Builder::addApproach)
        .list("measures", MEASURE.codec(), PlanRow::measures, PlanRow.Builder::addMeasure)
        .sparseList("source_ledgers", ModelCodec.LEDGER_ID, PlanRow::sourceLedgers,
            PlanRow.Builder::addSourceLedger)
        .sparseList("evidence", ModelCodec.EVIDENCE.codec(), PlanRow::evidence,
            PlanRow.Builder::addEvidence)
        .build();
    plan = Shape.of("a value creation plan", ValueCreationPlan::builder,
            ValueCreationPlan.Builder::build)
        .format(PLAN_FORMAT)
        .required("id", PLAN_ID, ValueCreationPlan::id, ValueCreationPlan.Builder::id)
        .required("title", Shape.TEXT, ValueCreationPlan::title,
            ValueCreationPlan.Builder::title)
        .optional("scope", Shape.TEXT, ValueCreationPlan::scope,
            ValueCreationPlan.Builder::scope)
        .list("participants", Shape.TEXT, ValueCreationPlan::participants,
            ValueCreationPlan.Builder::addParticipant)
        .optional("review_cadence", PERIOD, ValueCreationPlan::reviewCadence,
            ValueCreationPlan.Builder::reviewCadence)
        .required("start_date", Shape.DATE, ValueCreationPlan::createdOn,
            ValueCreationPlan.Builder::createdOn)
        .sparseList("target_subjects", ModelCodec.SUBJECT.codec(),
            ValueCreationPlan::targetSubjects, ValueCreationPlan.Builder::addTargetSubject)
        .sparseList("source_ledgers", ModelCodec.LEDGER_ID, ValueCreationPlan::sourceLedgers,
            ValueCreationPlan.Builder::addSourceLedger)
        .list("rows", row.codec(), ValueCreationPlan::rows, ValueCreationPlan.Builder::addRow)
        .list("reviews", REVIEW.codec(), ValueCreationPlan::reviews,
            ValueCreationPlan.Builder::addReview)
        .build();
    benefit = Shape.of("a benefit", Benefit::builder, Benefit.Builder::build)
        .required("id", SLUG, Benefit::id, Benefit.Builder::id)
        .required("description", Shape.TEXT, Benefit::description, Benefit.Builder::description)
        .optional("element", element, Benefit::element, Benefit.Builder::element)
        .required("perceived_value", Shape.INT, Benefit::perceivedValue,
            Benefit.Builder::perceivedValue)
        .required("feasibility", Shape.INT, Benefit::feasibility, Benefit.Builder::feasibility)
        .build();
    contribution = Shape.of("a contribution", Contribution::builder, Contribution.Builder::build)
        .required("id", SLUG, Contribution::id, Contribution.Builder::id)
        .required("description", Shape.TEXT, Contribution::description,
            Contribution.Builder::description)
        .optional("element", element, Contribution::element, Contribution.Builder::element)
        .required("value_to_business", Shape.INT, Contribution::valueToBusiness,
            Contribution.Builder::valueToBusiness)
        .required("burden", Shape.INT, Contribution::burden, Contribution.Builder::burden)
        .required("personal_data", Shape.BOOLEAN, Contribution::personalData,
            Contribution.Builder::personalData)
        .optional("purpose", Shape.TEXT, Contribution::purpose, Contribution.Builder::purpose)
        .build();
    program = Shape.of("a program exchange", (Shape.Parts v) -> ProgramExchange.builder()
            .scope(ProgramScope.builder().name(v.get("name")).type(v.get("type"))
                .addAllConstraints(v.<String>list("constraints")).build())
            .addAllBenefits(v.<Benefit>list("benefits"))
            .addAllContributions(v.<Contribution>list("contributions"))
            .addAllPairings(v.<ExchangePairing>list("pairings"))
            .putAllViability(v.<Map<ViabilityQuestion, String>>find("viability")
                .orElse(Map.of()))
            .build())
        .format(PROGRAM_FORMAT)
        .required("name", Shape.TEXT, x -> x.scope().name())
        .required("type", Shape.token(TYPES), x -> x.scope().type())
        .list("constraints", Shape.TEXT, x -> x.scope().constraints())
        .list("benefits", benefit.codec(), ProgramExchange::benefits)
        .list("contributions", contribution.codec(), ProgramExchange::contributions)
        .list("pairings", EXCHANGE_PAIRING.codec(), ProgramExchange::pairings)
        .optional("viability", VIABILITY.codec(), x -> Optional.of(x.viability()))
        .build();
    offering = Shape.of("an offering", Offering::builder, Offering.Builder::build)
        .required("name", Shape.TEXT, Offering::name, Offering.Builder::name)
        .required("kind", Shape.token(OFFERING_KINDS), Offering::kind, Offering.Builder::kind)
        .optional("description", Shape.TEXT, Offering::description,
            Offering.Builder::description)
        .set("creates", element, Offering::creates, Offering.Builder::addCreate)
        .set("relieves", element, Offering::relieves, Offering.Builder::addRelieve)
        .build();
    proposition = Shape.of("a value proposition", ValueProposition::builder,
            ValueProposition.Builder::build)
        .format(PROPOSITION_FORMAT)
        .required("name", Shape.TEXT, ValueProposition::name, ValueProposition.Builder::name)
        .optional("description", Shape.TEXT, ValueProposition::description,
            ValueProposition.Builder::description)
        .list("offerings", offering.codec(), ValueProposition::offerings,
            ValueProposition.Builder::addOffering)
        .build();
  }

  private static Shape<Map<ViabilityQuestion, String>, Shape.Parts> viability() {
    Shape.Builder<Map<ViabilityQuestion, String>, Shape.Parts> b = Shape.of(
        "the viability answers", (Shape.Parts v) -> {
          Map<ViabilityQuestion, String> answers = new EnumMap<>(ViabilityQuestion.class);
          for (ViabilityQuestion q : ViabilityQuestion.values()) {
            v.<String>find(question(q)).ifPresent(a -> answers.put(q, a));
          }
          return answers;
        });
    for (ViabilityQuestion q : ViabilityQuestion.values()) {
      b.optional(question(q), Shape.TEXT, m -> Optional.ofNullable(m.get(q)));
    }
    return b.build();
  }

  private static String question(ViabilityQuestion q) {
    return q.name().toLowerCase(Locale.ROOT);
  }

  private static Optional<List<String>> nonEmpty(List<String> texts) {
    return texts.isEmpty() ? Optional.empty() : Optional.of(texts);
  }

  /** Resolves an element text (an id or a card name), saying why when it cannot. */
  private static ElementId resolve(String text, ElementResolver resolver) {
    try {
      return resolver.resolve(text);
    } catch (UnknownElementException e) {
      throw new InvalidValueException("must name a known value element, got "
          + Shape.quote(text) + (e.nearest().isEmpty() ? ""
          : " (nearest known: " + String.join(", ", e.nearest()) + ")"));
    }
  }
}
