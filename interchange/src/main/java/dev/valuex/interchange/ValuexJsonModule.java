package dev.valuex.interchange;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleKeyDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.valuex.core.BalanceJudgement;
import dev.valuex.core.ElementId;
import dev.valuex.core.Evidence;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Pairing;
import dev.valuex.core.Provenance;
import dev.valuex.core.Subject;
import dev.valuex.core.ValueElement;
import dev.valuex.core.analysis.GroupLedger;
import dev.valuex.core.journey.Journey;
import dev.valuex.core.journey.StageTags;
import dev.valuex.planning.RowStages;
import dev.valuex.interchange.internal.CodecDeserializer;
import dev.valuex.interchange.internal.CodecSerializer;
import dev.valuex.interchange.internal.JourneyCodec;
import dev.valuex.interchange.internal.ModelCodec;
import dev.valuex.interchange.internal.Shape;
import dev.valuex.interchange.internal.PlanCodec;
import dev.valuex.core.journey.Job;
import dev.valuex.core.journey.JourneyModel;
import dev.valuex.core.journey.OrganisationFunction;
import dev.valuex.core.journey.Stage;
import dev.valuex.core.journey.Touchpoint;
import dev.valuex.core.measure.Measure;
import dev.valuex.core.measure.Observation;
import dev.valuex.planning.Action;
import dev.valuex.planning.CreationApproach;
import dev.valuex.planning.PlanId;
import dev.valuex.planning.Offering;
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
import java.io.IOException;
import java.util.function.Function;

/**
 * The Jackson module that writes and reads every valuex model type in the valuex JSON format:
 * {@link Ledger}, {@link ValueElement}, {@link ValueCreationPlan}, {@link ProgramExchange} and
 * {@link Journey} as marked documents ({@code "format": "valuex.ledger/1"}, {@code
 * "valuex.element/1"}, {@code "valuex.plan/1"}, {@code "valuex.program/1"}, {@code
 * "valuex.journey/1"}), their parts as plain objects, and {@link ElementId}, {@link LedgerId},
 * {@link PlanId} and {@link When} as strings (the ids also as map keys). The stored values of
 * valuex-metrics (readings, rating scales, and the answer counts behind each result, such as
 * {@code NetPromoterScore}) are written as plain objects; see the module's {@code FORMAT.md}. Elements inside plans
 * and programs are read as ids; to read card names use {@link ValuexJson#readPlan(String,
 * ElementResolver)}.
 *
 * <p>A catalog {@code Deck} is written and read as its {@code valuex.deck/1} document through
 * the catalog's own {@code DeckFormat}, always strictly.
 *
 * <p>valuex-catalog and valuex-metrics are optional dependencies of valuex-interchange: the deck and
 * metric types are registered only when those modules are present (on the class path, or
 * resolved on the module path), so reading and writing ledgers, plans and journeys needs only
 * valuex-core and valuex-planning.
 *
 * <p>Journeys, stage tags and row stages are marked documents too ({@code "valuex.journey/1"},
 * {@code "valuex.stage-tags/1"}, {@code "valuex.row-stages/1"}), each carrying its journey
 * model.
 *
 * <p>It is registered for {@link com.fasterxml.jackson.databind.ObjectMapper#findAndRegisterModules()}
 * (a {@code META-INF/services} entry and a {@code provides} clause), in its strict form.
 * Deserializers read each value whole and throw a {@link dev.valuex.core.ValuexFormatException}
 * listing every problem with its JSON pointer; when the value sits inside your own bean,
 * Jackson may wrap that exception in a {@code JsonMappingException} whose cause it is. Read
 * limits are those of your mapper's {@code JsonFactory}; {@link ValuexJson#newObjectMapper()}
 * gives one configured with {@link ReadLimits}. The module never enables default typing and
 * uses no Java serialization.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new ValuexJsonModule()).build();
 * String json = mapper.writeValueAsString(ledger);
 * Ledger back = mapper.readValue(json, Ledger.class);
 * }</pre>
 */
public final class ValuexJsonModule extends Module {
  private final boolean lenient;

  /** Creates the strict module: unknown fields are errors. */
  public ValuexJsonModule() {
    this(false);
  }

  private ValuexJsonModule(boolean lenient) {
    this.lenient = lenient;
  }

  /**
   * Returns a module whose readers skip unknown fields; every other problem is still an error.
   *
   * @return the lenient module, never null
   */
  public static ValuexJsonModule lenient() {
    return new ValuexJsonModule(true);
  }

  /**
   * Tells whether this module's readers skip unknown fields.
   *
   * @return true for {@link #lenient()}
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Returns the module's name.
   *
   * @return {@code valuex}, never null
   */
  @Override
  public String getModuleName() {
    return "valuex";
  }

  /**
   * Returns an id that tells the strict and lenient modules apart, so an {@code ObjectMapper}
   * registers each at most once.
   *
   * @return the id, never null
   */
  @Override
  public Object getTypeId() {
    return getClass().getName() + (lenient ? ":lenient" : ":strict");
  }

  /**
   * Returns the module's version; the valuex version is not recorded in the jar yet.
   *
   * @return {@link Version#unknownVersion()}
   */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /**
   * Registers the serializers and deserializers.
   *
   * @param context the setup context from the mapper, not null
   */
  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers ser = new SimpleSerializers();
    SimpleDeserializers deser = new SimpleDeserializers();
    register(ser, deser, Ledger.class, ModelCodec.LEDGER);
    register(ser, deser, ValueElement.class, ModelCodec.ELEMENT);
    register(ser, deser, Subject.class, ModelCodec.SUBJECT);
    register(ser, deser, LedgerEntry.class, ModelCodec.ENTRY);
    register(ser, deser, Evidence.class, ModelCodec.EVIDENCE);
    register(ser, deser, Pairing.class, ModelCodec.PAIRING);
    register(ser, deser, BalanceJudgement.class, ModelCodec.JUDGEMENT);
    register(ser, deser, Provenance.class, ModelCodec.PROVENANCE);
    register(ser, deser, ElementId.class, ModelCodec.ELEMENT_ID::write,
        ModelCodec.ELEMENT_ID::read);
    register(ser, deser, LedgerId.class, ModelCodec.LEDGER_ID::write, ModelCodec.LEDGER_ID::read);
    registerPlanning(ser, deser);
    registerJourneys(ser, deser);
    // Optional modules: metric values and decks only when valuex-metrics / valuex-catalog are
    // present. The types are named only inside these classes, which load nothing otherwise.
    if (OptionalModules.METRICS.present()) {
      MetricsTypes.register(this, ser, deser);
    }
    if (OptionalModules.CATALOG.present()) {
      DeckTypes.register(this, ser, deser);
    }
    // Stage tags and row stages: documents of their own, each carrying its journey model.
    register(ser, deser, StageTags.class, JourneyCodec.STAGE_TAGS);
    register(ser, deser, RowStages.class, JourneyCodec.ROW_STAGES);
    register(ser, deser, GroupLedger.class, ModelCodec.GROUP_LEDGER);
    context.addSerializers(ser);
    context.addDeserializers(deser);

    SimpleSerializers keys = new SimpleSerializers();
    keys.addSerializer(ElementId.class, new KeySerializer<>());
    keys.addSerializer(LedgerId.class, new KeySerializer<>());
    keys.addSerializer(PlanId.class, new KeySerializer<>());
    context.addKeySerializers(keys);
    SimpleKeyDeserializers keyDeser = new SimpleKeyDeserializers();
    keyDeser.addDeserializer(ElementId.class, new Key(ElementId.class, ElementId::parse));
    keyDeser.addDeserializer(LedgerId.class, new Key(LedgerId.class, LedgerId::of));
    keyDeser.addDeserializer(PlanId.class, new Key(PlanId.class, PlanId::of));
    context.addKeyDeserializers(keyDeser);
  }

  /** Plans, their parts, measures, program exchanges and propositions ({@link PlanCodec}). */
  private void registerPlanning(SimpleSerializers ser, SimpleDeserializers deser) {
    PlanCodec ids = PlanCodec.IDS;
    register(ser, deser, ValueCreationPlan.class, ids.plan);
    register(ser, deser, PlanRow.class, ids.row);
    register(ser, deser, CreationApproach.class, PlanCodec.APPROACH);
    register(ser, deser, Action.class, PlanCodec.ACTION);
    register(ser, deser, Review.class, PlanCodec.REVIEW);
    register(ser, deser, Measure.class, PlanCodec.MEASURE);
    register(ser, deser, Observation.class, PlanCodec.OBSERVATION);
    register(ser, deser, PlanId.class, PlanCodec.PLAN_ID::write, PlanCodec.PLAN_ID::read);
    register(ser, deser, When.class, PlanCodec.WHEN::write, PlanCodec.WHEN::read);
    register(ser, deser, ProgramExchange.class, ids.program);
    register(ser, deser, ProgramScope.class, PlanCodec.SCOPE);
    register(ser, deser, Benefit.class, ids.benefit);
    register(ser, deser, Contribution.class, ids.contribution);
    register(ser, deser, ExchangePairing.class, PlanCodec.EXCHANGE_PAIRING);
    register(ser, deser, ValueProposition.class, ids.proposition);
    register(ser, deser, Offering.class, ids.offering);
  }

  /** Journeys and their parts ({@link JourneyCodec}). */
  private void registerJourneys(SimpleSerializers ser, SimpleDeserializers deser) {
    register(ser, deser, Journey.class, JourneyCodec.JOURNEY);
    register(ser, deser, JourneyModel.class, JourneyCodec.MODEL);
    register(ser, deser, Stage.class, JourneyCodec.STAGE);
    register(ser, deser, Job.class, JourneyCodec.JOB);
    register(ser, deser, OrganisationFunction.class, JourneyCodec.FUNCTION);
    register(ser, deser, Touchpoint.class, JourneyCodec.TOUCHPOINT);
  }

  <T> void register(SimpleSerializers ser, SimpleDeserializers deser, Class<T> type,
      Shape<T, ?> shape) {
    register(ser, deser, type, shape::write, shape::read);
  }

  <T> void register(SimpleSerializers ser, SimpleDeserializers deser, Class<T> type,
      CodecSerializer.Writer<T> writer, CodecDeserializer.Reader<T> reader) {
    ser.addSerializer(type, new CodecSerializer<>(type, writer));
    deser.addDeserializer(type, new CodecDeserializer<>(type, reader, lenient));
  }

  /** Writes an id map key as its text. */
  private static final class KeySerializer<T> extends JsonSerializer<T> {
    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeFieldName(value.toString());
    }
  }

  /** Reads an id map key from its text; a bad key is reported as a Jackson key error. */
  private static final class Key extends KeyDeserializer {
    private final Class<?> type;
    private final Function<String, ?> parse;

    Key(Class<?> type, Function<String, ?> parse) {
      this.type = type;
      this.parse = parse;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      try {
        return parse.apply(key);
      } catch (InvalidValueException e) {
        return ctxt.handleWeirdKey(type, key, "%s", e.getMessage());
      }
    }
  }
}
