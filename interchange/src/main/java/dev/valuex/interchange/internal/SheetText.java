package dev.valuex.interchange.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * The text of a coding sheet from the start of the last row read well, kept while the CSV
 * parser reads, so a syntax error or a bad byte can be placed at the sheet's row and column in
 * the researcher's terms rather than the parser's character offsets.
 */
final class SheetText extends FilterReader {
  private static final int KEEP = 1 << 16;

  private final StringBuilder text = new StringBuilder();
  private long base;
  private long rowStart;
  private long rowNumber = 1;

  SheetText(Reader in) {
    super(in);
  }

  /** Notes that a row was read well: it starts at the given character and has this number. */
  void rowRead(long start, long number) {
    rowStart = start;
    rowNumber = number;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      text.append((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (text.length() > KEEP && rowStart - base > KEEP / 2) {
      text.delete(0, (int) (rowStart - base));
      base = rowStart;
    }
    int n = super.read(buf, off, len);
    if (n > 0) {
      text.append(buf, off, n);
    }
    return n;
  }

  @Override
  public void close() {
    // The caller owns the stream.
  }

  /** Where a scan of the kept text stopped: a row, a 1-based column and what went wrong. */
  record Place(long row, int column, @Nullable String problem) {}

  /**
   * Scans the kept text as RFC 4180 from the last row read well to the first syntax error, or to
   * the end of what was read when there is none (where a bad byte stopped the reading).
   *
   * @return the place, with a problem in the sheet's terms or null at the end of the text
   */
  Place scan(char delimiter, boolean ended) {
    long row = rowNumber;
    int column = 1;
    int i = (int) Math.max(0, rowStart - base);
    boolean quoted = false;
    boolean closed = false;
    boolean cellStart = true;
    int n = text.length();
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            i++;
          } else {
            quoted = false;
            closed = true;
          }
        }
        continue;
      }
      if (c == delimiter) {
        column++;
        cellStart = true;
        closed = false;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        row++;
        column = 1;
        cellStart = true;
        closed = false;
      } else if (closed && !Character.isWhitespace(c)) {
        return new Place(row, column, "end its quoted text at the closing quote, got '" + c
            + "' after it (a quote inside quoted text is written twice: \"\")");
      } else if (c == '"' && cellStart) {
        quoted = true;
        cellStart = false;
      } else {
        cellStart = false;
      }
    }
    if (quoted && ended) {
      return new Place(row, column, "close its quotes, got the end of the sheet inside them"
          + " (is a closing quote missing?)");
    }
    return new Place(row, column, null);
  }
}
