package dev.valuex.interchange;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.ElementId;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.UnknownElementException;
import dev.valuex.core.ValueElement;
import dev.valuex.interchange.internal.Nearest;
import java.util.Collection;
import java.util.List;

/**
 * Turns what a researcher typed in a coding sheet's element cell (an id such as {@code
 * customer.savings} or a card name such as {@code Peace of mind}) into an {@link ElementId}.
 * A catalog plugs in with a lambda, e.g. {@code text -> catalog.find(text).id()}, as long as it
 * throws {@link UnknownElementException} with the nearest known names for text it cannot
 * resolve.
 *
 * <pre>{@code
 * ElementResolver byName = ElementResolver.of(List.of(savings, peaceOfMind));
 * ElementId id = byName.resolve("Peace of Mind");
 * }</pre>
 */
@FunctionalInterface
public interface ElementResolver {

  /**
   * Resolves the text of an element cell.
   *
   * @param text the cell, stripped of surrounding white space, not null or blank
   * @return the element's id, never null
   * @throws UnknownElementException if the text names no known element; its nearest names
   *     appear in the importer's problem report
   */
  ElementId resolve(String text);

  /**
   * Returns a resolver that accepts element ids only, as written by {@link ElementId#toString()},
   * without checking that the element exists anywhere.
   *
   * @return the resolver, never null
   */
  static ElementResolver idsOnly() {
    return text -> {
      try {
        return ElementId.parse(text);
      } catch (InvalidValueException e) {
        throw new UnknownElementException(text, List.of());
      }
    };
  }

  /**
   * Returns a resolver over a fixed set of elements: it accepts an element's id, or its name
   * ignoring case, spaces and punctuation ({@code status/recognition}, {@code Status
   * Recognition}), and suggests up to three nearest names for anything else.
   *
   * @param elements the known elements, not null
   * @return the resolver, never null
   */
  static ElementResolver of(Collection<ValueElement> elements) {
    ImmutableList<ValueElement> known = ImmutableList.copyOf(requireNonNull(elements,
        "elements"));
    Nearest<ElementId> nearest = new Nearest<>();
    for (ValueElement e : known) {
      nearest.alias(e.id().toString(), e.id());
      nearest.add(e.name(), e.name(), e.id());
    }
    return text -> nearest.find(text)
        .orElseThrow(() -> new UnknownElementException(text, nearest.suggest(text, 3)));
  }
}
