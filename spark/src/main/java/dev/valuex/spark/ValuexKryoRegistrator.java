package dev.valuex.spark;

import com.esotericsoftware.kryo.Kryo;
import dev.valuex.core.Ledger;
import dev.valuex.spark.internal.LedgerKryoSerializer;
import org.apache.spark.serializer.KryoRegistrator;

/**
 * Teaches Spark's Kryo how to encode ledgers, for the {@code Dataset<Ledger>} encoder of {@link
 * ValuexSpark#ledgerEncoder()}: a ledger travels as its {@code valuex.ledger/1} JSON, the one
 * representation valuex defines, instead of Kryo copying fields it cannot see (Guava's
 * immutable collections keep their contents in transient fields, which Kryo would skip).
 *
 * <p>Set it before the session starts, with {@link ValuexSpark#configure(org.apache.spark.SparkConf)}
 * or {@code --conf spark.kryo.registrator=dev.valuex.spark.ValuexKryoRegistrator}.
 */
public final class ValuexKryoRegistrator implements KryoRegistrator {
  /** Creates the registrator; Spark instantiates it by name. */
  public ValuexKryoRegistrator() {}

  /**
   * Registers the ledger serializer for every ledger class.
   *
   * @param kryo the Kryo instance Spark is setting up, not null
   */
  @Override
  public void registerClasses(Kryo kryo) {
    kryo.addDefaultSerializer(Ledger.class, new LedgerKryoSerializer());
  }
}
