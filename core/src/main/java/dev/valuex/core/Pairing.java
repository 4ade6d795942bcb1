package dev.valuex.core;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The "what for what" of an exchange: which IN entries are given for which OUT entries, e.g.
 * TIME and PERSONAL DATA given for PERSONALISATION. Entries are named by their element; a
 * pairing may only name entries of its own ledger, which {@link Ledger} checks.
 *
 * <pre>{@code
 * Pairing p = Pairing.of(ElementId.parse("customer.personal-data"),
 *     ElementId.parse("customer.personalisation"));
 * }</pre>
 */
@Value.Immutable
public abstract class Pairing implements WithPairing {

  Pairing() {}

  /**
   * Returns the elements of the IN entries given.
   *
   * @return the given elements, never null or empty
   */
  public abstract ImmutableSet<ElementId> given();

  /**
   * Returns the elements of the OUT entries received in return.
   *
   * @return the received elements, never null or empty
   */
  public abstract ImmutableSet<ElementId> received();

  /**
   * Returns a note on the pairing.
   *
   * @return the note, empty when there is none
   */
  public abstract Optional<String> note();

  /**
   * Pairs one IN entry with one OUT entry.
   *
   * @param given the element of the IN entry, not null
   * @param received the element of the OUT entry, not null
   * @return the pairing, never null
   */
  public static Pairing of(ElementId given, ElementId received) {
    checkNotNull(given, "given");
    checkNotNull(received, "received");
    return builder().addGiven(given).addReceived(received).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether this pairing names the entry of an element on a side.
   *
   * @param element the element, not null
   * @param side the side, not null
   * @return true if the element is among the given ({@code IN}) or received ({@code OUT})
   */
  public final boolean involves(ElementId element, Side side) {
    return (side == Side.IN ? given() : received()).contains(element);
  }

  /**
   * Returns the elements this pairing names on a side.
   *
   * @param side the side, not null
   * @return {@link #given()} for {@code IN}, {@link #received()} for {@code OUT}
   */
  public final ImmutableSet<ElementId> on(Side side) {
    return side == Side.IN ? given() : received();
  }

  @Value.Check
  final void validate() {
    check(!given().isEmpty(), "Pairing", "given", "name at least one IN entry", given());
    check(!received().isEmpty(), "Pairing", "received", "name at least one OUT entry",
        received());
    note().ifPresent(n -> trimmedText(n, "Pairing", "note"));
  }

  /** Builds {@link Pairing}s; every attribute may be set once. */
  public static final class Builder extends ImmutablePairing.Builder {
    Builder() {}
  }
}
