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
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private boolean malformed;
  private boolean bytesEof;
  private boolean decodedAll;
  private final Documents documents;
  private final long maxLineLength;
  private final char[] buffer = new char[8192];
  private int pos;
  private int end;
  private boolean eof;
  private long lineNumber;
  private @Nullable String pending;
  private long pendingLine;

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
    while (pending == null) {
      String line = readLine();
      if (line == null) {
        return false;
      }
      if (!line.isEmpty()) {
        pending = line;
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
    String line = pending;
    pending = null;
    return documents.readLedger(line, SOURCE, pendingLine);
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

  private @Nullable String readLine() {
    StringBuilder line = new StringBuilder();
    boolean any = false;
    while (true) {
      if (pos == end) {
        if (eof || !fill()) {
          if (!any) {
            return null;
          }
          lineNumber++;
          return strip(line);
        }
      }
      any = true;
      int start = pos;
      while (pos < end && buffer[pos] != '\n') {
        pos++;
      }
      if (line.length() + (pos - start) > maxLineLength) {
        throw ValuexFormatException.of(SOURCE, List.of(Problem.atLine(lineNumber + 1,
            "must be at most " + maxLineLength + " characters long, got more")));
      }
      line.append(buffer, start, pos - start);
      if (pos < end) {
        pos++;
        lineNumber++;
        return strip(line);
      }
    }
  }

  private static String strip(StringBuilder line) {
    int n = line.length();
    return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
  }

  /**
   * Decodes the next chunk of bytes into the char buffer. Decoding stops before malformed
   * bytes, so the lines before them are delivered and the error names the right line.
   */
  private boolean fill() {
    CharBuffer chars = CharBuffer.wrap(buffer);
    try {
      while (chars.position() == 0) {
        if (malformed) {
          throw ValuexFormatException.of(SOURCE, List.of(Problem.atLine(lineNumber + 1,
              "must be UTF-8 text, got malformed bytes")));
        }
        if (decodedAll) {
          eof = true;
          return false;
        }
        CoderResult result = decoder.decode(bytes, chars, bytesEof);
        if (result.isError()) {
          malformed = true;
        } else if (result.isUnderflow()) {
          if (bytesEof) {
            decoder.flush(chars);
            decodedAll = true;
          } else {
            readBytes();
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pos = 0;
    end = chars.position();
    return true;
  }

  /** Reads more bytes after those not yet decoded, noting the end of the stream. */
  private void readBytes() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n > 0) {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
    if (n < 0) {
      bytesEof = true;
    }
  }
}
