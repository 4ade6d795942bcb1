package dev.valuex.interchange.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * A Jackson deserializer that reads one model type through its {@link ModelCodec} reader: it
 * reads the value as a tree, decodes it recording every problem, and throws them all in one
 * {@link dev.valuex.core.ValuexFormatException} whose pointers are relative to the whole
 * document.
 */
public final class CodecDeserializer<T> extends JsonDeserializer<T> {
  private final Class<T> type;
  private final Reader<T> reader;
  private final boolean lenient;

  /** Creates the deserializer. */
  public CodecDeserializer(Class<T> type, Reader<T> reader, boolean lenient) {
    this.type = type;
    this.reader = reader;
    this.lenient = lenient;
  }

  @Override
  public Class<?> handledType() {
    return type;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    String at = p.getParsingContext().pathAsPointer().toString();
    JsonNode tree = ctxt.readTree(p);
    Problems problems = new Problems(lenient);
    java.util.Optional<T> value = reader.read(tree, at, problems);
    problems.throwIfAny(Documents.JSON_SOURCE);
    return value.orElseThrow();
  }

  /** Reads one value of a model type, recording problems. */
  @FunctionalInterface
  public interface Reader<T> {
    /** Reads a value. */
    java.util.Optional<T> read(JsonNode node, String at, Problems problems);
  }
}
