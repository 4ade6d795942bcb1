package dev.valuex.interchange;

import dev.valuex.core.Ledger;
import dev.valuex.core.Problem;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.interchange.internal.Documents;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Reads ledgers from NDJSON, one {@code valuex.ledger/1} document per line, in constant memory:
 * it holds one line at a time, and a line longer than {@link ReadLimits#maxDocumentLength()}
 * is an error, never buffered whole. Empty lines are skipped; a line may end with {@code \n}
 * or {@code \r\n}.
 *
 * <p>Each line is read as strictly as {@link ValuexJson#readLedger(String)} reads a document.
 * A line with problems makes {@link #next()} throw a {@link ValuexFormatException} listing
 * every problem of that line, each on that line ({@link dev.valuex.core.Problem#line()});
 * ledgers of earlier lines have already been delivered, as in any stream, and a caller that
 * wants to skip bad lines may
 * go on with the next one. A line that is too long or bytes that are not UTF-8 end the stream
 * with an error. Not thread-safe.
 *
 * <pre>{@code
 * try (NdjsonLedgerReader r = ValuexJson.create().ledgerReader(in)) {
 *   long customers = r.stream().filter(l -> l.perspective() == Perspective.CUSTOMER).count();
 * }
 * }</pre>
 */
public final class NdjsonLedgerReader implements Iterator<Ledger>, Closeable {
  /** The source name of NDJSON streams in error messages. */
  static final String SOURCE = "NDJSON";

  private final InputStream in;
  private final Documents documents;
  private final long maxLineLength;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] buffer = new byte[8192];
  private int pos;
  private int end;
  private boolean eof;
  private long lineNumber;
  /** The bytes of the pending line, without its line break; valid while {@code pending}. */
  private byte[] line = new byte[2048];
  private int lineLength;
  private boolean pending;
  private long pendingLine;
  /** The pending line as text when it is not all ASCII, decoded and checked as UTF-8. */
  private @Nullable String pendingText;
  private boolean malformed;
  /** Whether the line read holds a byte beyond ASCII. */
  private boolean beyondAscii;

  NdjsonLedgerReader(InputStream in, Documents documents, ReadLimits limits) {
    this.in = in;
    this.documents = documents;
    this.maxLineLength = limits.maxDocumentLength();
  }

  /**
   * Tells whether another ledger line follows.
   *
   * @return true if {@link #next()} has a line to read
   * @throws ValuexFormatException if the next line is too long or not UTF-8
   * @throws UncheckedIOException if reading fails
   */
  @Override
  public boolean hasNext() {
    while (!pending) {
      if (malformed) {
        throw notUtf8();
      }
      if (!readLine()) {
        return false;
      }
      if (lineLength > 0) {
        pendingText = text();
        pending = true;
        pendingLine = lineNumber;
      }
    }
    return true;
  }

  /**
   * Reads the next ledger.
   *
   * @return the ledger, never null
   * @throws NoSuchElementException if the stream has no more lines
   * @throws ValuexFormatException listing every problem of the line
   * @throws UncheckedIOException if reading fails
   */
  @Override
  public Ledger next() {
    if (!hasNext()) {
      throw new NoSuchElementException("NdjsonLedgerReader: no more ledgers");
    }
    pending = false;
    // An ASCII line is parsed straight from its bytes, the way Jackson reads UTF-8 fastest;
    // any other line was decoded (and so checked) as UTF-8 when it was read.
    return pendingText != null ? documents.readLedger(pendingText, SOURCE, pendingLine)
        : documents.readLedger(line, lineLength, SOURCE, pendingLine);
  }

  /**
   * Returns the number of the line last read, counting from 1.
   *
   * @return the line number, 0 before the first line
   */
  public long lineNumber() {
    return lineNumber;
  }

  /**
   * Returns the remaining ledgers as a sequential stream; closing the stream closes this
   * reader.
   *
   * @return the stream, never null
   */
  public Stream<Ledger> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
            Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(() -> {
          try {
            close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * Closes the underlying stream.
   *
   * @throws IOException if closing fails
   */
  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * Reads the next line's bytes into {@code line}, without its {@code \n} or {@code \r\n};
   * tells whether there was one, and notes whether it holds a byte beyond ASCII. A line has no
   * more characters than bytes, so its characters are counted (each byte that does not continue
   * a UTF-8 sequence starts a char, two for a four-byte sequence) only once its bytes pass the
   * limit: a line longer than the limit still fails before it is held whole.
   */
  private boolean readLine() {
    lineLength = 0;
    beyondAscii = false;
    long chars = -1;
    boolean any = false;
    while (true) {
      if (pos == end && !fill()) {
        if (!any) {
          return false;
        }
        lineNumber++;
        endLine();
        return true;
      }
      any = true;
      int start = pos;
      byte[] b = buffer;
      int p = pos;
      int bits = 0;
      byte c;
      while (p < end && (c = b[p]) != '\n') {
        bits |= c;
        p++;
      }
      pos = p;
      beyondAscii |= bits < 0;
      // One char over the limit may still be the \r of a \r\n, checked when the line ends.
      if (lineLength + (long) (p - start) > maxLineLength + 1L) {
        chars = (chars < 0 ? chars(line, 0, lineLength) : chars) + chars(b, start, p);
        if (chars > maxLineLength + 1L) {
          throw tooLong(lineNumber + 1);
        }
      }
      append(start, pos);
      if (pos < end) {
        pos++;
        lineNumber++;
        endLine();
        return true;
      }
    }
  }

  /** Counts the UTF-8 characters of some bytes as Java chars. */
  private static long chars(byte[] bytes, int from, int to) {
    long chars = 0;
    for (int i = from; i < to; i++) {
      int c = bytes[i] & 0xff;
      if (c < 0x80 || c >= 0xc0) {
        chars += c >= 0xf0 ? 2 : 1;
      }
    }
    return chars;
  }

  private void append(int from, int to) {
    int n = to - from;
    if (lineLength + n > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + n));
    }
    System.arraycopy(buffer, from, line, lineLength, n);
    lineLength += n;
  }

  /** Drops the line's {@code \r} if it ends in one, then checks the line's length. */
  private void endLine() {
    if (lineLength > 0 && line[lineLength - 1] == '\r') {
      lineLength--;
    }
    if (lineLength > maxLineLength && chars(line, 0, lineLength) > maxLineLength) {
      throw tooLong(lineNumber);
    }
  }

  private ValuexFormatException tooLong(long lineNumber) {
    return ValuexFormatException.of(SOURCE, List.of(Problem.atLine(lineNumber,
        "must be at most " + maxLineLength + " characters long, got more")));
  }

  /**
   * Returns the line read as text when it holds a byte beyond ASCII, checked as UTF-8; null
   * for an ASCII line, which is parsed from its bytes.
   */
  private @Nullable String text() {
    if (!beyondAscii) {
      return null;
    }
    try {
      return decoder.reset().decode(ByteBuffer.wrap(line, 0, lineLength)).toString();
    } catch (CharacterCodingException e) {
      malformed = true;
      throw notUtf8();
    }
  }

  private ValuexFormatException notUtf8() {
    return ValuexFormatException.of(SOURCE, List.of(Problem.atLine(lineNumber,
        "must be UTF-8 text, got malformed bytes")));
  }

  /** Reads more bytes into the buffer; false at the end of the stream. */
  private boolean fill() {
    if (eof) {
      return false;
    }
    try {
      int n;
      do {
        n = in.read(buffer, 0, buffer.length);
      } while (n == 0);
      if (n < 0) {
        eof = true;
        return false;
      }
      pos = 0;
      end = n;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
