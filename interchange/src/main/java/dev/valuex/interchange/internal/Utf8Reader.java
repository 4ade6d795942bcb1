package dev.valuex.interchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * A strict UTF-8 reader that, unlike {@link java.io.InputStreamReader}, hands out every
 * character before the first malformed byte and only then fails, so a reader above it knows
 * exactly where the bad bytes are (which row and cell of a sheet).
 */
public final class Utf8Reader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private final CharBuffer chars = CharBuffer.allocate(8192).flip();
  private boolean eof;
  private boolean flushed;
  private NotUtf8 failure;

  /** Creates a reader of UTF-8 bytes. */
  public Utf8Reader(InputStream in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, buf.length);
    if (len == 0) {
      return 0;
    }
    if (!chars.hasRemaining() && !fill()) {
      return -1;
    }
    int n = Math.min(len, chars.remaining());
    chars.get(buf, off, n);
    return n;
  }

  private boolean fill() throws IOException {
    if (failure != null) {
      throw failure;
    }
    chars.clear();
    try {
      while (chars.position() == 0 && !flushed) {
        CoderResult r = decoder.decode(bytes, chars, eof);
        if (r.isError()) {
          failure = new NotUtf8(bytes.get(bytes.position()));
          if (chars.position() == 0) {
            throw failure;
          }
          break;
        }
        if (r.isOverflow()) {
          break;
        }
        if (eof) {
          decoder.flush(chars);
          flushed = true;
          break;
        }
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(),
            bytes.remaining());
        if (n < 0) {
          eof = true;
        } else {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
      }
    } finally {
      chars.flip();
    }
    return chars.hasRemaining();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Thrown at the first byte that is not part of well-formed UTF-8. */
  public static final class NotUtf8 extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final int value;

    NotUtf8(byte value) {
      this.value = value & 0xFF;
    }

    /** Returns the bad byte as it would be written in a message, e.g. {@code 0xE9}. */
    public String show() {
      return String.format(Locale.ROOT, "0x%02X", value);
    }

    @Override
    public String getMessage() {
      return "byte " + show() + " is not UTF-8";
    }
  }
}
