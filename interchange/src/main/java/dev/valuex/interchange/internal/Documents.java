package dev.valuex.interchange.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.valuex.core.Ledger;
import dev.valuex.core.Problem;
import dev.valuex.core.ValuexFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Parses whole JSON documents into trees under read limits, turning every parse failure
 * (malformed or truncated JSON, a duplicate key, a broken limit, bad encoding) into a
 * {@link ValuexFormatException} with its location, and decodes the tree with a model reader.
 */
public final class Documents {
  /** The source name of single JSON documents in error messages. */
  public static final String JSON_SOURCE = "JSON";

  private final ObjectMapper mapper;
  private final com.fasterxml.jackson.databind.ObjectReader treeReader;
  // The fast path for documents given as text: no duplicate detection in the parser (the tree
  // detects a repeated key for free, as it replaces a map entry); any problem sends the text
  // through the strict parser above, which reports it with its location.
  private final JsonFactory fastFactory;
  private final com.fasterxml.jackson.databind.ObjectReader fastTreeReader;
  private final boolean lenient;

  /**
   * Creates a document reader and writer.
   *
   * @param module the valuex module to register in the mapper
   */
  public Documents(com.fasterxml.jackson.core.StreamReadConstraints constraints,
      boolean lenient, Module module) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
    this.mapper = JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .addModule(module)
        .build();
    // Trailing content is reported by tree(..) in valuex words, not Jackson's.
    this.treeReader = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.fastFactory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
    this.fastTreeReader = treeReader.with(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    this.lenient = lenient;
  }

  /** Returns the configured mapper; callers must not reconfigure it. */
  public ObjectMapper mapper() {
    return mapper;
  }

  /** Returns the configured factory. */
  public JsonFactory factory() {
    return mapper.getFactory();
  }

  /** Tells whether unknown fields are skipped. */
  public boolean lenient() {
    return lenient;
  }

  /** Reads and decodes a document given as text. */
  public <T> T read(String text, CodecDeserializer.Reader<T> reader, String source) {
    return read(text, reader, source, 0);
  }

  /**
   * Reads and decodes a document given as text, putting a location before every problem.
   *
   * @param line the NDJSON line the document came from, 0 for a document of its own
   */
  public <T> T read(String text, CodecDeserializer.Reader<T> reader, String source, long line) {
    Problems problems = new Problems(lenient, line);
    Optional<T> value = decode(tree(text, problems), reader, problems);
    problems.throwIfAny(source);
    return value.orElseThrow();
  }

  /** Reads and decodes a document given as bytes (UTF-8, -16 or -32, detected). */
  public <T> T read(InputStream in, CodecDeserializer.Reader<T> reader, String source) {
    Problems problems = new Problems(lenient);
    Optional<JsonNode> tree = Optional.empty();
    try (JsonParser p = mapper.createParser(in)) {
      tree = tree(p, problems);
    } catch (java.io.CharConversionException | JsonProcessingException e) {
      // Jackson detects the encoding when it creates the parser, before any token.
      problems.add("", "must be well-formed JSON, got " + firstLine(e.getMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Optional<T> value = decode(tree, reader, problems);
    problems.throwIfAny(source);
    return value.orElseThrow();
  }

  /**
   * Reads a {@code valuex.ledger/1} document given as text: straight from the tokens when the
   * document is valid ({@link Shape#readFast}), otherwise through the tree, which reports every
   * problem.
   *
   * @param line the NDJSON line the document came from, 0 for a document of its own
   */
  public Ledger readLedger(String text, String source, long line) {
    Ledger ledger = fast(text, null, 0);
    return ledger != null ? ledger : read(text, ModelCodec.LEDGER::read, source, line);
  }

  /**
   * Reads a {@code valuex.ledger/1} document given as ASCII bytes (an NDJSON line): straight
   * from the bytes when the document is valid, otherwise as text through the tree, which
   * reports every problem.
   */
  public Ledger readLedger(byte[] ascii, int length, String source, long line) {
    Ledger ledger = fast(null, ascii, length);
    return ledger != null ? ledger : read(new String(ascii, 0, length,
        java.nio.charset.StandardCharsets.US_ASCII), ModelCodec.LEDGER::read, source, line);
  }

  /** Reads a ledger from the text, else from the bytes, on the fast path; null to fall back. */
  private @Nullable Ledger fast(@Nullable String text, byte @Nullable [] ascii, int length) {
    try (JsonParser p = text != null ? fastFactory.createParser(text)
        : fastFactory.createParser(ascii, 0, length)) {
      return ModelCodec.LEDGER.readFast(p);
    } catch (IOException e) {
      // Malformed or beyond the limits: the tree path reports it with its location.
      return null;
    }
  }

  /** Parses text into a tree, recording a parse failure. */
  public Optional<JsonNode> tree(String text, Problems problems) {
    try (JsonParser p = fastFactory.createParser(text)) {
      JsonNode tree = fastTreeReader.readTree(p);
      if (tree != null && !tree.isMissingNode() && p.nextToken() == null) {
        return Optional.of(tree);
      }
    } catch (IOException e) {
      // Not a clean document: the strict path below reports exactly what is wrong.
    }
    try (JsonParser p = mapper.createParser(text)) {
      return tree(p, problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Optional<JsonNode> tree(JsonParser p, Problems problems)
      throws IOException {
    try {
      JsonNode tree = treeReader.readTree(p);
      if (tree == null || tree.isMissingNode()) {
        problems.add("", "must be a JSON document, got nothing");
        return Optional.empty();
      }
      if (p.nextToken() != null) {
        problems.add(located(p.currentTokenLocation(), pointer(p),
            "must end after the document, got more content"));
        return Optional.empty();
      }
      return Optional.of(tree);
    } catch (StreamConstraintsException e) {
      problems.add(located(p.currentLocation(), pointer(p),
          "must stay within the read limits, got " + firstLine(e.getOriginalMessage())));
    } catch (JsonProcessingException e) {
      problems.add(located(e.getLocation(), pointer(p),
          "must be well-formed JSON, got " + firstLine(e.getOriginalMessage())));
    } catch (java.io.CharConversionException e) {
      problems.add("", "must be well-formed JSON, got " + e.getMessage());
    }
    return Optional.empty();
  }

  private static String pointer(JsonParser p) {
    return p.getParsingContext().pathAsPointer().toString();
  }

  private static Problem located(JsonLocation at, String pointer, String message) {
    Problem.Builder b = Problem.builder();
    if (at != null && at.getLineNr() > 0 && at.getColumnNr() > 0) {
      b.line(at.getLineNr()).column(at.getColumnNr());
    }
    return b.pointer(pointer).message(message).build();
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static <T> Optional<T> decode(Optional<JsonNode> tree,
      CodecDeserializer.Reader<T> reader, Problems problems) {
    return tree.flatMap(t -> reader.read(t, "", problems));
  }

  /** Creates a generator on a writer with the configured factory. */
  public JsonGenerator generator(java.io.Writer out) {
    try {
      return factory().createGenerator(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes one value as a JSON text, as Jackson's {@code writeValueAsString} does: into the
   * factory's recycled character segments, so the string is the only new buffer.
   */
  public <T> String text(CodecSerializer.Writer<T> writer, T value) {
    JsonFactory f = factory();
    com.fasterxml.jackson.core.util.BufferRecycler recycler = f._getBufferRecycler();
    try (com.fasterxml.jackson.core.io.SegmentedStringWriter out =
        new com.fasterxml.jackson.core.io.SegmentedStringWriter(recycler)) {
      try (JsonGenerator g = f.createGenerator(out)) {
        writer.write(g, value);
      }
      return out.getAndClear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      recycler.releaseToPool();
    }
  }
}
