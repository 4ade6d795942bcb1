package dev.valuex.spark.internal;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import dev.valuex.core.Ledger;
import dev.valuex.interchange.ValuexJson;

/**
 * Writes a ledger as its {@code valuex.ledger/1} JSON text and reads it back through the JSON
 * codec, so a ledger read on an executor is validated like any ledger read from a file.
 */
public final class LedgerKryoSerializer extends Serializer<Ledger> {
  private static final ValuexJson JSON = ValuexJson.create();

  /** Creates the serializer: immutable ledgers need no copying. */
  public LedgerKryoSerializer() {
    setImmutable(true);
  }

  @Override
  public void write(Kryo kryo, Output output, Ledger ledger) {
    output.writeString(JSON.toJson(ledger));
  }

  @Override
  public Ledger read(Kryo kryo, Input input, Class<Ledger> type) {
    return JSON.readLedger(input.readString());
  }
}
