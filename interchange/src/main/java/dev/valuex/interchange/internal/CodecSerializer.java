package dev.valuex.interchange.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;

/**
 * A Jackson serializer that writes one model type through its {@link ModelCodec} writer. It
 * extends {@link JsonSerializer} rather than {@code StdSerializer} so that nothing in the
 * module is {@link java.io.Serializable}.
 */
public final class CodecSerializer<T> extends JsonSerializer<T> {
  private final Class<T> type;
  private final Writer<T> writer;

  /** Creates the serializer. */
  public CodecSerializer(Class<T> type, Writer<T> writer) {
    this.type = type;
    this.writer = writer;
  }

  @Override
  public Class<T> handledType() {
    return type;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    writer.write(g, value);
  }

  /** Writes one value of a model type. */
  @FunctionalInterface
  public interface Writer<T> {
    /** Writes a value. */
    void write(JsonGenerator g, T value) throws IOException;
  }
}
