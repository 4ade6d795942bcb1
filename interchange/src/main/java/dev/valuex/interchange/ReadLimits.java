package dev.valuex.interchange;

import static dev.valuex.core.internal.Checks.check;

import com.fasterxml.jackson.core.StreamReadConstraints;
import org.immutables.value.Value;

/**
 * The bounds a valuex reader puts on untrusted input, so a hostile or broken document cannot
 * exhaust memory or the stack: the length of one document (for NDJSON and coding sheets, of
 * one line or row), how deeply it may nest, and how long one string may be. They are applied
 * through Jackson's {@link StreamReadConstraints}.
 *
 * <pre>{@code
 * ValuexJson json = ValuexJson.create().withLimits(ReadLimits.builder()
 *     .maxDocumentLength(1_000_000)
 *     .maxStringLength(10_000)
 *     .build());
 * }</pre>
 */
@Value.Immutable
public abstract class ReadLimits {
  /** The default longest document: 16 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;

  /** The default deepest nesting: 32 levels, several times what the valuex formats need. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 32;

  /** The default longest string: 1 MiB characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;

  ReadLimits() {}

  /**
   * Returns the longest document accepted, in bytes or characters as read.
   *
   * @return the limit, at least 1
   */
  @Value.Default
  public long maxDocumentLength() {
    return DEFAULT_MAX_DOCUMENT_LENGTH;
  }

  /**
   * Returns how many arrays and objects may be nested inside each other.
   *
   * @return the limit, at least 1
   */
  @Value.Default
  public int maxNestingDepth() {
    return DEFAULT_MAX_NESTING_DEPTH;
  }

  /**
   * Returns the longest string accepted, in characters.
   *
   * @return the limit, at least 1
   */
  @Value.Default
  public int maxStringLength() {
    return DEFAULT_MAX_STRING_LENGTH;
  }

  /**
   * Returns the default limits.
   *
   * @return the defaults, never null
   */
  public static ReadLimits defaults() {
    return builder().build();
  }

  /**
   * Starts a builder whose unset limits keep their defaults.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns these limits as Jackson read constraints.
   *
   * @return the constraints, never null
   */
  public final StreamReadConstraints toStreamReadConstraints() {
    return StreamReadConstraints.builder()
        .maxDocumentLength(maxDocumentLength())
        .maxNestingDepth(maxNestingDepth())
        .maxStringLength(maxStringLength())
        .build();
  }

  @Value.Check
  final void validate() {
    check(maxDocumentLength() >= 1, "ReadLimits", "maxDocumentLength", "be at least 1",
        maxDocumentLength());
    check(maxNestingDepth() >= 1, "ReadLimits", "maxNestingDepth", "be at least 1",
        maxNestingDepth());
    check(maxStringLength() >= 1, "ReadLimits", "maxStringLength", "be at least 1",
        maxStringLength());
  }

  /** Builds {@link ReadLimits}; every limit may be set once. */
  public static final class Builder extends ImmutableReadLimits.Builder {
    Builder() {}
  }
}
