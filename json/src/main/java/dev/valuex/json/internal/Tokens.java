package dev.valuex.json.internal;

import com.google.common.collect.ImmutableBiMap;
import dev.valuex.core.Perspective;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The format's names for enum constants: lower case with hyphens ({@code survey-answer},
 * {@code owner-gives-more}), independent of the Java constant names. Perspectives use their
 * deck names ({@code business-owner}).
 *
 * @param <E> the enum type
 */
public final class Tokens<E extends Enum<E>> {
  private final ImmutableBiMap<E, String> tokens;

  private Tokens(Class<E> type, boolean constantNames) {
    this(java.util.Arrays.asList(type.getEnumConstants()), constantNames);
  }

  private Tokens(Iterable<E> constants, boolean constantNames) {
    ImmutableBiMap.Builder<E, String> b = ImmutableBiMap.builder();
    for (E e : constants) {
      b.put(e, constantNames ? e.name() : e instanceof Perspective ? ((Perspective) e).deck()
          : e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    this.tokens = b.buildOrThrow();
  }

  /**
   * Returns the tokens of an enum type.
   *
   * @param type the enum type
   * @param <E> the enum type
   * @return the tokens
   */
  public static <E extends Enum<E>> Tokens<E> of(Class<E> type) {
    return new Tokens<>(type, false);
  }

  /**
   * Returns the tokens of some constants of an enum type, the only ones a field accepts.
   *
   * @param constants the constants, in the order the rule lists them
   * @param <E> the enum type
   * @return the tokens
   */
  public static <E extends Enum<E>> Tokens<E> of(Iterable<E> constants) {
    return new Tokens<>(constants, false);
  }

  /**
   * Returns tokens that are the enum's constant names ({@code IN_PROGRESS}), as the plan and
   * program formats write them.
   *
   * @param type the enum type
   * @param <E> the enum type
   * @return the tokens
   */
  public static <E extends Enum<E>> Tokens<E> constants(Class<E> type) {
    return new Tokens<>(type, true);
  }

  /**
   * Returns the token of a constant.
   *
   * @param value the constant
   * @return its token
   */
  public String token(E value) {
    return tokens.get(value);
  }

  /**
   * Returns the constant of a token.
   *
   * @param token the token, exact
   * @return the constant, empty if the token is unknown
   */
  public Optional<E> parse(String token) {
    return Optional.ofNullable(tokens.inverse().get(token));
  }

  /**
   * Returns the constant of a token, ignoring case and treating spaces and underscores as
   * hyphens, as people type them in spreadsheets.
   *
   * @param text the text
   * @return the constant, empty if the text names none
   */
  public Optional<E> parseLoosely(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    return parse(t);
  }

  /**
   * Returns the rule naming every token, e.g. {@code be one of "in", "out"}.
   *
   * @return the rule text
   */
  public String rule() {
    return "be one of " + tokens.values().stream().map(t -> "\"" + t + "\"")
        .collect(Collectors.joining(", "));
  }
}
