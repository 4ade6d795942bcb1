package dev.valuex.core;

import static dev.valuex.core.internal.Checks.check;

import java.util.Comparator;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The stable identifier of a value element: a deck and a slug joined by a dot, as in {@code
 * customer.savings} or {@code employee.flexible-arrangements}.
 *
 * <p>Ledgers refer to elements by id, so a million ledgers share one element object held by a
 * catalog. Both parts are lower-case letters, digits and single hyphens, starting with a letter
 * or digit; {@link #parse(CharSequence)} reads back what {@link #toString()} writes.
 *
 * <pre>{@code
 * ElementId savings = ElementId.of("customer", "savings");
 * assert savings.equals(ElementId.parse("customer.savings"));
 * }</pre>
 */
@Value.Immutable
public abstract class ElementId implements Comparable<ElementId> {
  private static final Pattern PART = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final String PART_RULE =
      "be lower-case letters or digits in words joined by single hyphens";

  ElementId() {}

  /**
   * Returns the deck part, e.g. {@code customer}.
   *
   * @return the deck, never null
   */
  @Value.Parameter
  public abstract String deck();

  /**
   * Returns the element's slug within its deck, e.g. {@code savings}.
   *
   * @return the slug, never null
   */
  @Value.Parameter
  public abstract String slug();

  /**
   * Creates an id from its parts.
   *
   * @param deck the deck, e.g. {@code customer}, not null
   * @param slug the slug, e.g. {@code peace-of-mind}, not null
   * @return the id, never null
   * @throws InvalidValueException if a part breaks the naming rule
   */
  public static ElementId of(String deck, String slug) {
    return ImmutableElementId.of(deck, slug);
  }

  /**
   * Reads an id written by {@link #toString()}, e.g. {@code customer.savings}.
   *
   * @param text the id, not null
   * @return the id, never null
   * @throws InvalidValueException if the text is not {@code <deck>.<slug>}
   */
  public static ElementId parse(CharSequence text) {
    String s = text.toString();
    int dot = s.indexOf('.');
    check(dot > 0 && dot == s.lastIndexOf('.'), "ElementId", "text",
        "be <deck>.<slug> with exactly one dot", s);
    return of(s.substring(0, dot), s.substring(dot + 1));
  }

  @Value.Check
  final void validate() {
    check(PART.matcher(deck()).matches(), "ElementId", "deck", PART_RULE, deck());
    check(PART.matcher(slug()).matches(), "ElementId", "slug", PART_RULE, slug());
  }

  /**
   * Orders ids by deck, then slug.
   *
   * @param other the id to compare with, not null
   * @return negative, zero or positive as this id sorts before, with or after {@code other}
   */
  @Override
  public int compareTo(ElementId other) {
    int byDeck = deck().compareTo(other.deck());
    return byDeck != 0 ? byDeck : slug().compareTo(other.slug());
  }

  /**
   * Returns {@code <deck>.<slug>}, the form {@link #parse(CharSequence)} reads.
   *
   * @return the id as text, never null
   */
  @Override
  public String toString() {
    return deck() + "." + slug();
  }
}
