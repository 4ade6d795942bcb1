package dev.valuex.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.valuex.core.ElementId;
import dev.valuex.core.Evidence;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Side;
import dev.valuex.core.Subject;
import dev.valuex.core.UnknownElementException;
import dev.valuex.core.measure.Measure;
import dev.valuex.core.measure.Observation;
import dev.valuex.json.ElementResolver;
import dev.valuex.planning.Action;
import dev.valuex.planning.CreationApproach;
import dev.valuex.planning.PlanId;
import dev.valuex.planning.PlanRow;
import dev.valuex.planning.Review;
import dev.valuex.planning.ValueCreationPlan;
import dev.valuex.planning.When;
import dev.valuex.planning.program.Benefit;
import dev.valuex.planning.program.Contribution;
import dev.valuex.planning.program.ExchangePairing;
import dev.valuex.planning.program.ProgramExchange;
import dev.valuex.planning.program.ProgramScope;
import dev.valuex.planning.program.ProgramType;
import dev.valuex.planning.program.ViabilityQuestion;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Writes and reads value creation plans ({@code valuex.plan/1}) and program exchanges ({@code
 * valuex.program/1}). Field names are the format's own (camel case, as in the sample study);
 * enum constants are written in lower-case snake case ({@code in_progress}). Elements are
 * written as ids and read through an {@link ElementResolver}, so documents people write may
 * name cards instead. Readers walk a tree with {@link Fields} so that every problem of a
 * document is recorded, like {@link ModelCodec}.
 */
public final class PlanCodec {
  /** The format marker of a value creation plan document. */
  public static final String PLAN_FORMAT = "valuex.plan/1";

  /** The format marker of a program exchange document. */
  public static final String PROGRAM_FORMAT = "valuex.program/1";

  static final Tokens<Side> SIDES = Tokens.of(Side.class);
  static final Tokens<Action.Status> STATUSES = Tokens.of(Action.Status.class);
  static final Tokens<Measure.Kind> KINDS = Tokens.of(Measure.Kind.class);
  static final Tokens<Measure.Direction> DIRECTIONS = Tokens.of(Measure.Direction.class);
  static final Tokens<Measure.DefinedBy> DEFINERS = Tokens.of(Measure.DefinedBy.class);
  static final Tokens<Measure.Aggregation> AGGREGATIONS =
      Tokens.of(Measure.Aggregation.class);
  static final Tokens<ProgramType> TYPES = Tokens.of(ProgramType.class);

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private PlanCodec() {}

  // ---- writing ----

  /**
   * Writes a value creation plan document, with its format marker.
   *
   * @param g the generator
   * @param plan the plan
   * @throws IOException if the generator fails
   */
  public static void writePlan(JsonGenerator g, ValueCreationPlan plan) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", PLAN_FORMAT);
    g.writeStringField("id", plan.id().value());
    g.writeStringField("title", plan.title());
    ModelCodec.optional(g, "scope", plan.scope());
    ModelCodec.texts(g, "participants", plan.participants());
    if (plan.reviewCadence().isPresent()) {
      g.writeStringField("review_cadence", plan.reviewCadence().get().toString());
    }
    g.writeStringField("start_date", plan.createdOn().toString());
    if (!plan.targetSubjects().isEmpty()) {
      ModelCodec.array(g, "target_subjects", plan.targetSubjects(), ModelCodec.SUBJECT::write);
    }
    ledgers(g, plan.sourceLedgers());
    ModelCodec.array(g, "rows", plan.rows(), PlanCodec::writeRow);
    ModelCodec.array(g, "reviews", plan.reviews(), PlanCodec::writeReview);
    g.writeEndObject();
  }

  /**
   * Writes a plan row as a plain object.
   *
   * @param g the generator
   * @param r the value
   * @throws IOException if the generator fails
   */
  public static void writeRow(JsonGenerator g, PlanRow r) throws IOException {
    g.writeStartObject();
    g.writeStringField("element", r.element().toString());
    g.writeStringField("side", SIDES.token(r.side()));
    ModelCodec.optional(g, "name", r.name());
    ModelCodec.optional(g, "sentence", r.sentence());
    ModelCodec.array(g, "approaches", r.approaches(), PlanCodec::writeApproach);
    ModelCodec.array(g, "measures", r.measures(), PlanCodec::writeMeasure);
    ledgers(g, r.sourceLedgers());
    if (!r.evidence().isEmpty()) {
      ModelCodec.array(g, "evidence", r.evidence(), ModelCodec.EVIDENCE::write);
    }
    g.writeEndObject();
  }

  /**
   * Writes an action as a plain object.
   *
   * @param g the generator
   * @param a the value
   * @throws IOException if the generator fails
   */
  public static void writeAction(JsonGenerator g, Action a) throws IOException {
    g.writeStartObject();
    g.writeStringField("what", a.what());
    if (a.when().isPresent()) {
      g.writeStringField("when", a.when().get().toString());
    }
    textOrTexts(g, "who", a.who());
    g.writeStringField("status", STATUSES.token(a.status()));
    g.writeEndObject();
  }

  /**
   * Writes a measure as a plain object.
   *
   * @param g the generator
   * @param m the value
   * @throws IOException if the generator fails
   */
  public static void writeMeasure(JsonGenerator g, Measure m) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", m.name());
    g.writeStringField("unit", m.unit());
    g.writeStringField("kind", KINDS.token(m.kind()));
    g.writeStringField("direction", DIRECTIONS.token(m.direction()));
    number(g, "target", m.target());
    if (m.baseline().isPresent()) {
      number(g, "baseline", m.baseline().getAsDouble());
    }
    g.writeStringField("defined_by", DEFINERS.token(m.definedBy()));
    g.writeStringField("aggregation", AGGREGATIONS.token(m.aggregation()));
    ModelCodec.optional(g, "description", m.description());
    g.writeEndObject();
  }

  /**
   * Writes a review as a plain object.
   *
   * @param g the generator
   * @param r the value
   * @throws IOException if the generator fails
   */
  public static void writeReview(JsonGenerator g, Review r) throws IOException {
    g.writeStartObject();
    g.writeStringField("date", r.date().toString());
    g.writeStringField("reviewer", r.reviewer());
    textOrTexts(g, "notes", r.notes());
    ModelCodec.array(g, "observations", r.observations(), PlanCodec::writeObservation);
    g.writeEndObject();
  }

  /**
   * Writes a creation approach as a plain object.
   *
   * @param g the generator
   * @param a the value
   * @throws IOException if the generator fails
   */
  public static void writeApproach(JsonGenerator g, CreationApproach a) throws IOException {
    g.writeStartObject();
    g.writeStringField("description", a.description());
    ModelCodec.array(g, "actions", a.actions(), PlanCodec::writeAction);
    g.writeEndObject();
  }

  /**
   * Writes an observation of a measure as a plain object.
   *
   * @param g the generator
   * @param o the value
   * @throws IOException if the generator fails
   */
  public static void writeObservation(JsonGenerator g, Observation o) throws IOException {
    g.writeStartObject();
    g.writeStringField("measure", o.measure());
    g.writeStringField("date", o.date().toString());
    number(g, "value", o.value());
    ModelCodec.optional(g, "note", o.note());
    g.writeEndObject();
  }

  /**
   * Writes a program exchange document, with its format marker.
   *
   * @param g the generator
   * @param x the exchange
   * @throws IOException if the generator fails
   */
  public static void writeProgram(JsonGenerator g, ProgramExchange x) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", PROGRAM_FORMAT);
    scopeFields(g, x.scope());
    ModelCodec.array(g, "benefits", x.benefits(), PlanCodec::writeBenefit);
    ModelCodec.array(g, "contributions", x.contributions(), PlanCodec::writeContribution);
    ModelCodec.array(g, "pairings", x.pairings(), PlanCodec::writeExchangePairing);
    g.writeObjectFieldStart("viability");
    for (ViabilityQuestion q : ViabilityQuestion.values()) {
      String answer = x.viability().get(q);
      if (answer != null) {
        g.writeStringField(question(q), answer);
      }
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /**
   * Writes a program scope (name, type and constraints) as a plain object.
   *
   * @param g the generator
   * @param scope the value
   * @throws IOException if the generator fails
   */
  public static void writeScope(JsonGenerator g, ProgramScope scope) throws IOException {
    g.writeStartObject();
    scopeFields(g, scope);
    g.writeEndObject();
  }

  private static void scopeFields(JsonGenerator g, ProgramScope scope) throws IOException {
    g.writeStringField("name", scope.name());
    g.writeStringField("type", TYPES.token(scope.type()));
    ModelCodec.texts(g, "constraints", scope.constraints());
  }

  /**
   * Writes a benefit of a program as a plain object.
   *
   * @param g the generator
   * @param b the value
   * @throws IOException if the generator fails
   */
  public static void writeBenefit(JsonGenerator g, Benefit b) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", b.id());
    g.writeStringField("description", b.description());
    element(g, b.element());
    g.writeNumberField("perceived_value", b.perceivedValue());
    g.writeNumberField("feasibility", b.feasibility());
    g.writeEndObject();
  }

  /**
   * Writes a contribution to a program as a plain object.
   *
   * @param g the generator
   * @param c the value
   * @throws IOException if the generator fails
   */
  public static void writeContribution(JsonGenerator g, Contribution c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("description", c.description());
    element(g, c.element());
    g.writeNumberField("value_to_business", c.valueToBusiness());
    g.writeNumberField("burden", c.burden());
    g.writeBooleanField("personal_data", c.personalData());
    ModelCodec.optional(g, "purpose", c.purpose());
    g.writeEndObject();
  }

  /**
   * Writes a pairing of a benefit with a contribution as a plain object.
   *
   * @param g the generator
   * @param p the value
   * @throws IOException if the generator fails
   */
  public static void writeExchangePairing(JsonGenerator g, ExchangePairing p)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("benefit", p.benefit());
    g.writeStringField("contribution", p.contribution());
    g.writeEndObject();
  }

  private static String question(ViabilityQuestion q) {
    return q.name().toLowerCase(Locale.ROOT);
  }

  private static void element(JsonGenerator g, Optional<ElementId> element) throws IOException {
    if (element.isPresent()) {
      g.writeStringField("element", element.get().toString());
    }
  }

  /** Writes one text as a string, several as an array, none not at all. */
  private static void textOrTexts(JsonGenerator g, String field, List<String> values)
      throws IOException {
    if (values.size() == 1) {
      g.writeStringField(field, values.get(0));
    } else if (!values.isEmpty()) {
      ModelCodec.texts(g, field, values);
    }
  }

  private static void ledgers(JsonGenerator g, Collection<LedgerId> values) throws IOException {
    if (!values.isEmpty()) {
      g.writeArrayFieldStart("source_ledgers");
      for (LedgerId v : values) {
        g.writeString(v.value());
      }
      g.writeEndArray();
    }
  }

  /** Writes whole numbers without a fraction ({@code 45}, not {@code 45.0}). */
  private static void number(JsonGenerator g, String field, double value) throws IOException {
    boolean negativeZero = Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(-0.0);
    if (value == Math.rint(value) && Math.abs(value) < 1e15 && !negativeZero) {
      g.writeNumberField(field, (long) value);
    } else {
      g.writeNumberField(field, value);
    }
  }

  // ---- reading ----

  /**
   * Returns a reader of value creation plan documents.
   *
   * @param resolver turns element cells (ids or card names) into ids
   * @return the reader
   */
  public static CodecDeserializer.Reader<ValueCreationPlan> planReader(
      ElementResolver resolver) {
    return (node, at, p) -> readPlan(node, at, p, resolver);
  }

  /**
   * Returns a reader of program exchange documents.
   *
   * @param resolver turns element cells (ids or card names) into ids
   * @return the reader
   */
  public static CodecDeserializer.Reader<ProgramExchange> programReader(
      ElementResolver resolver) {
    return (node, at, p) -> readProgram(node, at, p, resolver);
  }

  /**
   * Reads a plan row written as a plain object, its elements as ids.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the value, empty when it had problems
   */
  public static Optional<PlanRow> readRow(JsonNode node, String at, Problems p) {
    return readRow(node, at, p, ElementResolver.idsOnly());
  }

  /**
   * Reads a benefit written as a plain object, its elements as ids.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the value, empty when it had problems
   */
  public static Optional<Benefit> readBenefit(JsonNode node, String at, Problems p) {
    return readBenefit(node, at, p, ElementResolver.idsOnly());
  }

  /**
   * Reads a contribution written as a plain object, its elements as ids.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the value, empty when it had problems
   */
  public static Optional<Contribution> readContribution(JsonNode node, String at,
      Problems p) {
    return readContribution(node, at, p, ElementResolver.idsOnly());
  }

  /**
   * Reads a program scope written as a plain object, its elements as ids.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the value, empty when it had problems
   */
  public static Optional<ProgramScope> readScope(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "a program scope").flatMap(f -> {
      Optional<String> name = f.text("name", true);
      Optional<ProgramType> type = f.token("type", TYPES, true);
      List<String> constraints = f.texts("constraints");
      return f.build(() -> ProgramScope.builder().name(name.get()).type(type.get())
          .addAllConstraints(constraints).build());
    });
  }

  /**
   * Reads a plan id written as text.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the id, empty when it had problems
   */
  public static Optional<PlanId> readPlanId(JsonNode node, String at, Problems p) {
    return ModelCodec.scalar(node, at, p, PlanId::of);
  }

  /**
   * Reads when an action happens, written as text: a {@code YYYY-MM-DD} date or a milestone.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the value, empty when it had problems
   */
  public static Optional<When> readWhen(JsonNode node, String at, Problems p) {
    if (!node.isTextual() || node.textValue().isBlank()
        || !node.textValue().strip().equals(node.textValue())) {
      p.add(at, "must be a trimmed, non-blank string, got " + Fields.show(node));
      return Optional.empty();
    }
    return when(node.textValue(), at, p);
  }

  private static Optional<ValueCreationPlan> readPlan(JsonNode node, String at, Problems p,
      ElementResolver resolver) {
    return Fields.of(node, at, p, "a value creation plan").flatMap(f -> {
      f.format(PLAN_FORMAT);
      Optional<PlanId> id = f.text("id", true, PlanId::of);
      Optional<String> title = f.text("title", true);
      Optional<String> scope = f.text("scope", false);
      List<String> participants = f.texts("participants");
      Optional<Period> cadence = period(f, "review_cadence");
      Optional<LocalDate> start = f.date("start_date", true);
      List<Subject> subjects =
          f.array("target_subjects", (n, ptr) -> ModelCodec.SUBJECT.read(n, ptr, p));
      List<LedgerId> ledgers = f.texts("source_ledgers", LedgerId::of);
      List<PlanRow> rows = f.array("rows", (n, ptr) -> readRow(n, ptr, p, resolver));
      List<Review> reviews = f.array("reviews", (n, ptr) -> readReview(n, ptr, p));
      return f.build(() -> ValueCreationPlan.builder().id(id.get()).title(title.get())
          .scope(scope).addAllParticipants(participants).reviewCadence(cadence)
          .createdOn(start.get()).addAllTargetSubjects(subjects).addAllSourceLedgers(ledgers)
          .addAllRows(rows).addAllReviews(reviews).build());
    });
  }

  private static Optional<PlanRow> readRow(JsonNode node, String at, Problems p,
      ElementResolver resolver) {
    return Fields.of(node, at, p, "a plan row").flatMap(f -> {
      Optional<ElementId> element = element(f, true, resolver);
      Optional<Side> side = f.token("side", SIDES, true);
      Optional<String> name = f.text("name", false);
      Optional<String> sentence = f.text("sentence", false);
      List<CreationApproach> approaches =
          f.array("approaches", (n, ptr) -> readApproach(n, ptr, p));
      List<Measure> measures = f.array("measures", (n, ptr) -> readMeasure(n, ptr, p));
      List<LedgerId> ledgers = f.texts("source_ledgers", LedgerId::of);
      List<Evidence> evidence =
          f.array("evidence", (n, ptr) -> ModelCodec.EVIDENCE.read(n, ptr, p));
      return f.build(() -> PlanRow.builder().element(element.get()).side(side.get())
          .name(name).sentence(sentence).addAllApproaches(approaches).addAllMeasures(measures)
          .addAllSourceLedgers(ledgers).addAllEvidence(evidence).build());
    });
  }

  /**
   * Reads a creation approach written as a plain object, its elements as ids.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the value, empty when it had problems
   */
  public static Optional<CreationApproach> readApproach(JsonNode node, String at,
      Problems p) {
    return Fields.of(node, at, p, "a creation approach").flatMap(f -> {
      Optional<String> description = f.text("description", true);
      List<Action> actions = f.array("actions", (n, ptr) -> readAction(n, ptr, p));
      return f.build(() -> CreationApproach.builder().description(description.get())
          .addAllActions(actions).build());
    });
  }

  /**
   * Reads an action written as a plain object, its elements as ids.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the value, empty when it had problems
   */
  public static Optional<Action> readAction(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "an action").flatMap(f -> {
      Optional<String> what = f.text("what", true);
      Optional<When> when = f.text("when", false).flatMap(t -> when(t, f.pointer("when"), p));
      List<String> who = f.textOrTexts("who");
      Optional<Action.Status> status = f.token("status", STATUSES, true);
      return f.build(() -> Action.builder().what(what.get()).when(when).addAllWho(who)
          .status(status.get()).build());
    });
  }

  /** A text written YYYY-MM-DD is a date; any other text is a milestone. */
  private static Optional<When> when(String text, String at, Problems p) {
    if (!DATE.matcher(text).matches()) {
      return Optional.of(When.milestone(text));
    }
    try {
      return Optional.of(When.on(LocalDate.parse(text)));
    } catch (DateTimeParseException e) {
      p.add(at, "must be a real date when written YYYY-MM-DD, got " + Fields.quote(text));
      return Optional.empty();
    }
  }

  /**
   * Reads a measure written as a plain object, its elements as ids.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the value, empty when it had problems
   */
  public static Optional<Measure> readMeasure(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "a measure").flatMap(f -> {
      Optional<String> name = f.text("name", true);
      Optional<String> unit = f.text("unit", true);
      Optional<Measure.Kind> kind = f.token("kind", KINDS, true);
      Optional<Measure.Direction> direction = f.token("direction", DIRECTIONS, true);
      OptionalDouble target = f.number("target", true);
      OptionalDouble baseline = f.number("baseline", false);
      Optional<Measure.DefinedBy> definedBy = f.token("defined_by", DEFINERS, true);
      Optional<Measure.Aggregation> aggregation = f.token("aggregation", AGGREGATIONS, true);
      Optional<String> description = f.text("description", false);
      return f.build(() -> Measure.builder().name(name.get()).unit(unit.get())
          .kind(kind.get()).direction(direction.get()).target(target.getAsDouble())
          .baseline(baseline).definedBy(definedBy.get()).aggregation(aggregation.get())
          .description(description).build());
    });
  }

  /**
   * Reads a review written as a plain object, its elements as ids.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the value, empty when it had problems
   */
  public static Optional<Review> readReview(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "a review").flatMap(f -> {
      Optional<LocalDate> date = f.date("date", true);
      Optional<String> reviewer = f.text("reviewer", true);
      List<String> notes = f.textOrTexts("notes");
      List<Observation> observations =
          f.array("observations", (n, ptr) -> readObservation(n, ptr, p));
      return f.build(() -> Review.builder().date(date.get()).reviewer(reviewer.get())
          .addAllNotes(notes).addAllObservations(observations).build());
    });
  }

  /**
   * Reads an observation written as a plain object, its elements as ids.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the value, empty when it had problems
   */
  public static Optional<Observation> readObservation(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "an observation").flatMap(f -> {
      Optional<String> measure = f.text("measure", true);
      Optional<LocalDate> date = f.date("date", true);
      OptionalDouble value = f.number("value", true);
      Optional<String> note = f.text("note", false);
      return f.build(() -> Observation.builder().measure(measure.get()).date(date.get())
          .value(value.getAsDouble()).note(note).build());
    });
  }

  private static Optional<ProgramExchange> readProgram(JsonNode node, String at, Problems p,
      ElementResolver resolver) {
    return Fields.of(node, at, p, "a program exchange").flatMap(f -> {
      f.format(PROGRAM_FORMAT);
      Optional<String> name = f.text("name", true);
      Optional<ProgramType> type = f.token("type", TYPES, true);
      List<String> constraints = f.texts("constraints");
      List<Benefit> benefits = f.array("benefits", (n, ptr) -> readBenefit(n, ptr, p,
          resolver));
      List<Contribution> contributions = f.array("contributions",
          (n, ptr) -> readContribution(n, ptr, p, resolver));
      List<ExchangePairing> pairings = f.array("pairings", (n, ptr) -> readExchangePairing(n, ptr, p));
      Optional<Map<ViabilityQuestion, String>> viability =
          f.object("viability", false, (n, ptr) -> readViability(n, ptr, p));
      return f.build(() -> ProgramExchange.builder()
          .scope(ProgramScope.builder().name(name.get()).type(type.get())
              .addAllConstraints(constraints).build())
          .addAllBenefits(benefits).addAllContributions(contributions)
          .addAllPairings(pairings).putAllViability(viability.orElse(Map.of())).build());
    });
  }

  private static Optional<Benefit> readBenefit(JsonNode node, String at, Problems p,
      ElementResolver resolver) {
    return Fields.of(node, at, p, "a benefit").flatMap(f -> {
      Optional<String> id = f.text("id", true);
      Optional<String> description = f.text("description", true);
      Optional<ElementId> element = element(f, false, resolver);
      OptionalInt value = f.integer("perceived_value", true);
      OptionalInt feasibility = f.integer("feasibility", true);
      return f.build(() -> Benefit.builder().id(id.get()).description(description.get())
          .element(element).perceivedValue(value.getAsInt())
          .feasibility(feasibility.getAsInt()).build());
    });
  }

  private static Optional<Contribution> readContribution(JsonNode node, String at,
      Problems p, ElementResolver resolver) {
    return Fields.of(node, at, p, "a contribution").flatMap(f -> {
      Optional<String> id = f.text("id", true);
      Optional<String> description = f.text("description", true);
      Optional<ElementId> element = element(f, false, resolver);
      OptionalInt value = f.integer("value_to_business", true);
      OptionalInt burden = f.integer("burden", true);
      Optional<Boolean> personal = f.bool("personal_data", true);
      Optional<String> purpose = f.text("purpose", false);
      return f.build(() -> Contribution.builder().id(id.get()).description(description.get())
          .element(element).valueToBusiness(value.getAsInt()).burden(burden.getAsInt())
          .personalData(personal.get()).purpose(purpose).build());
    });
  }

  /**
   * Reads a pairing of a benefit with a contribution written as a plain object, its elements as ids.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the value, empty when it had problems
   */
  public static Optional<ExchangePairing> readExchangePairing(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "a pairing").flatMap(f -> {
      Optional<String> benefit = f.text("benefit", true);
      Optional<String> contribution = f.text("contribution", true);
      return f.build(() -> ExchangePairing.of(benefit.get(), contribution.get()));
    });
  }

  private static Optional<Map<ViabilityQuestion, String>> readViability(JsonNode node,
      String at, Problems p) {
    return Fields.of(node, at, p, "the viability answers").flatMap(f -> {
      Map<ViabilityQuestion, String> answers = new EnumMap<>(ViabilityQuestion.class);
      for (ViabilityQuestion q : ViabilityQuestion.values()) {
        f.text(question(q), false).ifPresent(a -> answers.put(q, a));
      }
      return f.build(() -> answers);
    });
  }

  private static Optional<ElementId> element(Fields f, boolean required,
      ElementResolver resolver) {
    String at = f.pointer("element");
    return f.text("element", required)
        .flatMap(text -> resolveElement(text, at, f.problems(), resolver));
  }

  /** Resolves an element text (an id or a card name), recording why when it cannot. */
  static Optional<ElementId> resolveElement(String text, String at, Problems problems,
      ElementResolver resolver) {
    try {
      return Optional.of(resolver.resolve(text));
    } catch (UnknownElementException e) {
      problems.add(at, "must name a known value element, got " + Fields.quote(text)
          + (e.nearest().isEmpty() ? "" : " (nearest known: "
          + String.join(", ", e.nearest()) + ")"));
    } catch (InvalidValueException e) {
      problems.add(at, e.getMessage());
    }
    return Optional.empty();
  }

  private static Optional<Period> period(Fields f, String field) {
    return f.text(field, false).flatMap(text -> {
      try {
        return Optional.of(Period.parse(text));
      } catch (DateTimeParseException e) {
        f.problems().add(f.pointer(field),
            "must be an ISO-8601 period such as P1M or P2W, got " + Fields.quote(text));
        return Optional.empty();
      }
    });
  }
}
