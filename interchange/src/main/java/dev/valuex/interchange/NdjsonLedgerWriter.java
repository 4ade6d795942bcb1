package dev.valuex.interchange;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.valuex.core.Ledger;
import dev.valuex.interchange.internal.Documents;
import dev.valuex.interchange.internal.ModelCodec;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * Writes ledgers as NDJSON: one {@code valuex.ledger/1} document per line, each line ended by
 * {@code \n}, in UTF-8. Nothing is buffered beyond the current output buffer, so any number of
 * ledgers can be written. Not thread-safe.
 *
 * <pre>{@code
 * try (NdjsonLedgerWriter w = ValuexJson.create().ledgerWriter(out)) {
 *   ledgers.forEach(w::write);
 * }
 * }</pre>
 */
public final class NdjsonLedgerWriter implements Closeable {
  private final BufferedWriter out;
  private final JsonGenerator generator;
  private long written;

  NdjsonLedgerWriter(OutputStream out, Documents documents) {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    this.generator = documents.generator(this.out);
    // Lines are ended by hand; Jackson's default separator between root values is a space.
    this.generator.setRootValueSeparator(null);
  }

  /**
   * Writes one ledger as one line.
   *
   * @param ledger the ledger, not null
   * @throws UncheckedIOException if writing fails
   */
  public void write(Ledger ledger) {
    requireNonNull(ledger, "ledger");
    try {
      ModelCodec.LEDGER.write(generator, ledger);
      generator.writeRaw('\n');
      written++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes every ledger of an iterator, one per line, pulling them one at a time.
   *
   * @param ledgers the ledgers, not null
   * @return how many were written, never negative
   * @throws UncheckedIOException if writing fails
   */
  public long writeAll(Iterator<Ledger> ledgers) {
    long before = written;
    while (ledgers.hasNext()) {
      write(ledgers.next());
    }
    return written - before;
  }

  /**
   * Returns how many ledgers were written so far.
   *
   * @return the count, never negative
   */
  public long written() {
    return written;
  }

  /**
   * Flushes what was written to the stream.
   *
   * @throws UncheckedIOException if flushing fails
   */
  public void flush() {
    try {
      generator.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Flushes and closes the stream.
   *
   * @throws IOException if flushing or closing fails
   */
  @Override
  public void close() throws IOException {
    try (out) {
      generator.close();
    }
  }
}
