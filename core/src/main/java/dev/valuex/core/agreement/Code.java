package dev.valuex.core.agreement;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.valuex.core.ElementId;
import dev.valuex.core.Side;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a coder assigned to a statement: a value element and the side it was placed on. The side
 * is part of the code ({@code customer.money} IN is not {@code customer.money} OUT) unless a
 * comparison ignores sides, when codes carry the element only ({@link #withoutSide()}).
 *
 * <pre>{@code
 * Code paid = Code.of(ElementId.parse("customer.money"), Side.IN);
 * assert paid.toString().equals("customer.money in");
 * assert Code.parse("customer.money in").equals(paid);
 * }</pre>
 */
@Value.Immutable
public abstract class Code implements Comparable<Code> {
  private static final Comparator<Code> ORDER = Comparator.comparing(Code::element)
      .thenComparing(c -> c.side().map(Side::ordinal).orElse(-1));

  Code() {}

  /**
   * Returns the element coded.
   *
   * @return the element id, never null
   */
  @Value.Parameter
  public abstract ElementId element();

  /**
   * Returns the side the element was placed on.
   *
   * @return the side, empty when sides are ignored
   */
  @Value.Parameter
  public abstract Optional<Side> side();

  /**
   * Creates a code of an element on a side.
   *
   * @param element the element, not null
   * @param side the side, not null
   * @return the code, never null
   */
  public static Code of(ElementId element, Side side) {
    checkNotNull(element, "element");
    checkNotNull(side, "side");
    return ImmutableCode.of(element, Optional.of(side));
  }

  /**
   * Creates a code of an element whatever its side.
   *
   * @param element the element, not null
   * @return the code without a side, never null
   */
  public static Code of(ElementId element) {
    return ImmutableCode.of(element, Optional.empty());
  }

  /**
   * Reads a code written by {@link #toString()}: an element id, then optionally a space and
   * {@code in} or {@code out}.
   *
   * @param text the code, e.g. {@code customer.money in}, not null
   * @return the code, never null
   * @throws dev.valuex.core.InvalidValueException if the element id or the side is malformed
   */
  public static Code parse(CharSequence text) {
    String s = text.toString();
    int space = s.indexOf(' ');
    if (space < 0) {
      return of(ElementId.parse(s));
    }
    String side = s.substring(space + 1);
    dev.valuex.core.internal.Checks.check(side.equals("in") || side.equals("out"), "Code",
        "side", "be in or out", side);
    return of(ElementId.parse(s.substring(0, space)),
        Side.valueOf(side.toUpperCase(Locale.ROOT)));
  }

  /**
   * Returns this code with its side left out, for comparisons that ignore sides.
   *
   * @return the element-only code, never null
   */
  public Code withoutSide() {
    return side().isEmpty() ? this : of(element());
  }

  /**
   * Orders codes by element, then side (no side first, then IN, then OUT).
   *
   * @param other the code to compare with, not null
   * @return negative, zero or positive as this sorts before, with or after {@code other}
   */
  @Override
  public int compareTo(Code other) {
    return ORDER.compare(this, other);
  }

  /**
   * Returns the element id, and the side in lower case after a space when there is one.
   *
   * @return the code as text, never null
   */
  @Override
  public String toString() {
    return element() + side().map(s -> " " + s.name().toLowerCase(Locale.ROOT)).orElse("");
  }
}
