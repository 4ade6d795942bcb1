package dev.valuex.interchange.internal;

import com.google.common.collect.ImmutableBiMap;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The format's names for enum constants: lower-case snake case ({@code survey_answer}, {@code
 * in_progress}, {@code business_owner}) in every valuex document. They follow the Java constant
 * names, so renaming a constant changes the format: a renamed constant needs its old token.
 */
public final class Tokens<E extends Enum<E>> {
  private final ImmutableBiMap<E, String> tokens;
  private final char[][] chars;
  private final E[] constants;

  private Tokens(Iterable<E> constants) {
    ImmutableBiMap.Builder<E, String> b = ImmutableBiMap.builder();
    for (E e : constants) {
      b.put(e, e.name().toLowerCase(Locale.ROOT));
    }
    this.tokens = b.buildOrThrow();
    this.chars = tokens.values().stream().map(String::toCharArray).toArray(char[][]::new);
    @SuppressWarnings("unchecked")
    E[] all = (E[]) tokens.keySet().toArray(new Enum<?>[0]);
    this.constants = all;
  }

  /** Returns the tokens of an enum type. */
  public static <E extends Enum<E>> Tokens<E> of(Class<E> type) {
    return new Tokens<>(Arrays.asList(type.getEnumConstants()));
  }

  /**
   * Returns the tokens of some constants of an enum type, the only ones a field accepts.
   *
   * @param constants the constants, in the order the rule lists them
   */
  public static <E extends Enum<E>> Tokens<E> of(Iterable<E> constants) {
    return new Tokens<>(constants);
  }

  /** Returns the token of a constant. */
  public String token(E value) {
    return tokens.get(value);
  }

  /** Returns the constant of a token. */
  public Optional<E> parse(String token) {
    return Optional.ofNullable(tokens.inverse().get(token));
  }

  /** Returns the constant of a token without wrapping it, for the fast reader. */
  public @org.jspecify.annotations.Nullable E find(String token) {
    return tokens.inverse().get(token);
  }

  /**
   * Finds the constant of a token given as the parser's characters, without making a string
   * of them: there are a few tokens, and comparing chars costs less than hashing.
   *
   * @return the constant, or null when the text is no token
   */
  public @org.jspecify.annotations.Nullable E find(char[] text, int offset, int length) {
    for (int i = 0; i < chars.length; i++) {
      if (Arrays.equals(chars[i], 0, chars[i].length, text, offset, offset + length)) {
        return constants[i];
      }
    }
    return null;
  }

  /**
   * Returns the constant of a token, ignoring case and treating spaces and hyphens as
   * underscores, as people type them in spreadsheets ({@code Survey answer}, {@code
   * survey-answer}).
   */
  public Optional<E> parseLoosely(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    return parse(t);
  }

  /** Returns every token, in the order of the constants; what a schema's {@code enum} lists. */
  public java.util.List<String> all() {
    return tokens.values().asList();
  }

  /** Returns the rule naming every token, e.g. {@code be one of "in", "out"}. */
  public String rule() {
    return "be one of " + all().stream().map(t -> "\"" + t + "\"")
        .collect(Collectors.joining(", "));
  }
}
