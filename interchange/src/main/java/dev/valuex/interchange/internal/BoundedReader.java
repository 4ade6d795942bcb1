package dev.valuex.interchange.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** A reader that fails once more than a set number of characters has been read. */
final class BoundedReader extends FilterReader {
  private final long max;
  private long read;

  BoundedReader(Reader in, long max) {
    super(in);
    this.max = max;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      count(1);
    }
    return c;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public void close() {
    // The caller owns the stream.
  }

  private void count(int n) throws TooLong {
    read += n;
    if (read > max) {
      throw new TooLong();
    }
  }

  /** Thrown when the input is longer than allowed. */
  static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;

    TooLong() {
      super("input is longer than allowed");
    }
  }
}
