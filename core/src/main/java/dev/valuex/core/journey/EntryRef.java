package dev.valuex.core.journey;

import dev.valuex.core.ElementId;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Side;
import org.immutables.value.Value;

/**
 * A reference to one ledger entry from outside the ledger: the ledger's id, the element and the
 * side. Stage tags use it so that ledgers themselves stay unchanged.
 *
 * <pre>{@code
 * EntryRef ref = EntryRef.of(LedgerId.of("p07-current"), ElementId.parse("customer.savings"),
 *     Side.OUT);
 * }</pre>
 */
@Value.Immutable
public abstract class EntryRef implements Comparable<EntryRef> {
  EntryRef() {}

  /**
   * Returns the id of the ledger that holds the entry.
   *
   * @return the ledger id, never null
   */
  @Value.Parameter
  public abstract LedgerId ledger();

  /**
   * Returns the entry's element.
   *
   * @return the element id, never null
   */
  @Value.Parameter
  public abstract ElementId element();

  /**
   * Returns the entry's side.
   *
   * @return the side, never null
   */
  @Value.Parameter
  public abstract Side side();

  /**
   * Creates a reference.
   *
   * @param ledger the ledger id, not null
   * @param element the element id, not null
   * @param side the side, not null
   * @return the reference, never null
   */
  public static EntryRef of(LedgerId ledger, ElementId element, Side side) {
    return ImmutableEntryRef.of(ledger, element, side);
  }

  /**
   * Creates a reference to an entry of a ledger.
   *
   * @param ledger the ledger's id, not null
   * @param entry the entry, not null
   * @return the reference, never null
   */
  public static EntryRef to(LedgerId ledger, LedgerEntry entry) {
    return of(ledger, entry.element(), entry.side());
  }

  /**
   * Orders references by ledger, element, then side.
   *
   * @param other the reference to compare with, not null
   * @return negative, zero or positive as this sorts before, with or after {@code other}
   */
  @Override
  public int compareTo(EntryRef other) {
    int c = ledger().compareTo(other.ledger());
    if (c == 0) {
      c = element().compareTo(other.element());
    }
    return c != 0 ? c : side().compareTo(other.side());
  }

  /**
   * Returns {@code <ledger>/<element>/<side>}.
   *
   * @return the reference as text, never null
   */
  @Override
  public String toString() {
    return ledger() + "/" + element() + "/" + side();
  }
}
