package dev.valuex.json;

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
import dev.valuex.core.journey.Journey;
import dev.valuex.core.journey.StageTags;
import dev.valuex.planning.RowStages;
import dev.valuex.json.internal.CodecDeserializer;
import dev.valuex.json.internal.CodecSerializer;
import dev.valuex.json.internal.JourneyCodec;
import dev.valuex.json.internal.ModelCodec;
import java.io.IOException;
import java.util.function.Function;

/**
 * The Jackson module that writes and reads every valuex core type in the valuex JSON format:
 * {@link Ledger} and {@link ValueElement} as marked documents ({@code "format":
 * "valuex.ledger/1"}, {@code "valuex.element/1"}), their parts as plain objects, and {@link
 * ElementId} and {@link LedgerId} as strings (also as map keys).
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
    register(ser, deser, Ledger.class, ModelCodec::writeLedger, ModelCodec::readLedger);
    register(ser, deser, ValueElement.class, ModelCodec::writeElement, ModelCodec::readElement);
    register(ser, deser, Subject.class, ModelCodec::writeSubject, ModelCodec::readSubject);
    register(ser, deser, LedgerEntry.class, ModelCodec::writeEntry, ModelCodec::readEntry);
    register(ser, deser, Evidence.class, ModelCodec::writeEvidence, ModelCodec::readEvidence);
    register(ser, deser, Pairing.class, ModelCodec::writePairing, ModelCodec::readPairing);
    register(ser, deser, BalanceJudgement.class, ModelCodec::writeJudgement,
        ModelCodec::readJudgement);
    register(ser, deser, Provenance.class, ModelCodec::writeProvenance,
        ModelCodec::readProvenance);
    register(ser, deser, ElementId.class, (g, v) -> g.writeString(v.toString()),
        ModelCodec::readElementId);
    register(ser, deser, LedgerId.class, (g, v) -> g.writeString(v.value()),
        ModelCodec::readLedgerId);
    // Journeys (issue 11): documents of their own, each carrying its journey model.
    register(ser, deser, Journey.class, JourneyCodec::writeJourney,
        JourneyCodec.journeyReader());
    register(ser, deser, StageTags.class, JourneyCodec::writeStageTags,
        JourneyCodec.stageTagsReader());
    register(ser, deser, RowStages.class, JourneyCodec::writeRowStages,
        JourneyCodec.rowStagesReader());
    context.addSerializers(ser);
    context.addDeserializers(deser);

    SimpleSerializers keys = new SimpleSerializers();
    keys.addSerializer(ElementId.class, new KeySerializer<>());
    keys.addSerializer(LedgerId.class, new KeySerializer<>());
    context.addKeySerializers(keys);
    SimpleKeyDeserializers keyDeser = new SimpleKeyDeserializers();
    keyDeser.addDeserializer(ElementId.class, new Key(ElementId::parse));
    keyDeser.addDeserializer(LedgerId.class, new Key(LedgerId::of));
    context.addKeyDeserializers(keyDeser);
  }

  private <T> void register(SimpleSerializers ser, SimpleDeserializers deser, Class<T> type,
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
    private final Function<String, ?> parse;

    Key(Function<String, ?> parse) {
      this.parse = parse;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      try {
        return parse.apply(key);
      } catch (InvalidValueException e) {
        return ctxt.handleWeirdKey(Object.class, key, "%s", e.getMessage());
      }
    }
  }
}
