package dev.valuex.testing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Pairing;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.View;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.jspecify.annotations.Nullable;

/**
 * Generates valid {@link Ledger}s, with knobs for how many entries a ledger holds, how much
 * evidence each entry carries and which elements the entries are drawn from. Every pairing it
 * generates names entries of its own ledger. Knobs return a new arbitrary; this one is not
 * changed.
 *
 * <pre>{@code
 * Arbitrary<Ledger> workshop = ValuexArbitraries.ledgers()
 *     .entriesPerLedger(4, 12)
 *     .evidencePerEntry(1, 2)
 *     .elements(List.of(ElementId.parse("customer.savings"), ElementId.parse("customer.time")));
 * }</pre>
 */
public final class LedgerArbitrary extends ArbitraryDecorator<Ledger> {
  /**
   * The element universe used unless {@link #elements(Collection)} sets another: common
   * customer value elements of the bundled catalog, twelve usually sought and eight usually
   * given.
   */
  public static final ImmutableList<ElementId> DEFAULT_ELEMENTS = ImmutableList.of(
      "savings", "simplification", "status-recognition", "peace-of-mind", "quality",
      "convenience", "time-saving", "reduced-effort", "choice", "information", "transparency",
      "reduced-risk", "money", "time", "effort", "attention", "personal-data", "trust",
      "loyalty", "feedback").stream()
      .map(slug -> ElementId.of(Perspective.CUSTOMER.deck(), slug))
      .collect(ImmutableList.toImmutableList());

  private final int minEntries;
  private final int maxEntries;
  private final int minEvidence;
  private final int maxEvidence;
  private final ImmutableList<ElementId> universe;

  LedgerArbitrary() {
    this(0, 12, 0, 3, DEFAULT_ELEMENTS);
  }

  private LedgerArbitrary(int minEntries, int maxEntries, int minEvidence, int maxEvidence,
      ImmutableList<ElementId> universe) {
    this.minEntries = minEntries;
    this.maxEntries = maxEntries;
    this.minEvidence = minEvidence;
    this.maxEvidence = maxEvidence;
    this.universe = universe;
  }

  /**
   * Sets how many entries, IN and OUT together, a ledger holds. The maximum is capped at twice
   * the size of the element universe, since an element appears at most once per side.
   *
   * @param min the fewest entries, at least 0
   * @param max the most entries, at least {@code min}
   * @return a new arbitrary with this knob set, never null
   * @throws IllegalArgumentException if the bounds are negative, reversed, or {@code min}
   *     exceeds what the universe allows
   */
  public LedgerArbitrary entriesPerLedger(int min, int max) {
    checkRange("entriesPerLedger", min, max);
    if (min > 2 * universe.size()) {
      throw new IllegalArgumentException(String.format(
          "LedgerArbitrary: entriesPerLedger min must be at most twice the %d elements of the"
              + " universe, got %d", universe.size(), min));
    }
    return new LedgerArbitrary(min, max, minEvidence, maxEvidence, universe);
  }

  /**
   * Sets how many pieces of evidence each entry carries.
   *
   * @param min the fewest, at least 0
   * @param max the most, at least {@code min}
   * @return a new arbitrary with this knob set, never null
   * @throws IllegalArgumentException if the bounds are negative or reversed
   */
  public LedgerArbitrary evidencePerEntry(int min, int max) {
    checkRange("evidencePerEntry", min, max);
    return new LedgerArbitrary(minEntries, maxEntries, min, max, universe);
  }

  /**
   * Draws entries from a fixed universe of elements, e.g. the ids of a catalog's deck, so that
   * ledgers share elements the way real studies do.
   *
   * @param elements the universe, not null or empty
   * @return a new arbitrary with this knob set, never null
   * @throws IllegalArgumentException if the universe is empty or smaller than half the minimum
   *     number of entries
   */
  public LedgerArbitrary elements(Collection<ElementId> elements) {
    ImmutableList<ElementId> copy = ImmutableList.copyOf(
        requireNonNull(elements, "elements").stream().distinct().iterator());
    if (copy.isEmpty() || 2 * copy.size() < minEntries) {
      throw new IllegalArgumentException(String.format(
          "LedgerArbitrary: elements must hold at least one element and at least half of"
              + " entriesPerLedger min (%d), got %d elements", minEntries, copy.size()));
    }
    return new LedgerArbitrary(minEntries, maxEntries, minEvidence, maxEvidence, copy);
  }

  private static void checkRange(String knob, int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException(String.format(
          "LedgerArbitrary: %s must have 0 <= min <= max, got min %d and max %d", knob, min,
          max));
    }
  }

  @Override
  protected Arbitrary<Ledger> arbitrary() {
    List<Slot> slots = new ArrayList<>();
    for (ElementId e : universe) {
      slots.add(new Slot(e, Side.IN));
      slots.add(new Slot(e, Side.OUT));
    }
    int max = Math.min(maxEntries, slots.size());
    Arbitrary<List<LedgerEntry>> entries = Arbitraries.of(slots).list().uniqueElements()
        .ofMinSize(minEntries).ofMaxSize(max)
        .flatMap(this::entriesFor);
    return Combinators.combine(header(), entries.flatMap(es -> pairingsFor(es).map(
            ps -> new Body(es, ps))))
        .as((ledger, body) -> ledger.withEntries(body.entries).withPairings(body.pairings));
  }

  private Arbitrary<List<LedgerEntry>> entriesFor(List<Slot> slots) {
    if (slots.isEmpty()) {
      return Arbitraries.just(List.of());
    }
    List<Arbitrary<LedgerEntry>> each = new ArrayList<>();
    for (Slot s : slots) {
      each.add(ValuexArbitraries.entries(s.element, s.side, minEvidence, maxEvidence));
    }
    return Combinators.combine(each).as(list -> list);
  }

  private static Arbitrary<List<Pairing>> pairingsFor(List<LedgerEntry> entries) {
    List<ElementId> in = new ArrayList<>();
    List<ElementId> out = new ArrayList<>();
    for (LedgerEntry e : entries) {
      (e.side() == Side.IN ? in : out).add(e.element());
    }
    if (in.isEmpty() || out.isEmpty()) {
      return Arbitraries.just(List.of());
    }
    Arbitrary<Pairing> pairing = Combinators.combine(
            Arbitraries.subsetOf(in).ofMinSize(1).ofMaxSize(3),
            Arbitraries.subsetOf(out).ofMinSize(1).ofMaxSize(3))
        .as((g, r) -> Pairing.builder().addAllGiven(g).addAllReceived(r).build());
    return pairing.list().ofMaxSize(3);
  }

  private static Arbitrary<Ledger> header() {
    Arbitrary<Ledger> base = Combinators.combine(ValuexArbitraries.ledgerIds(),
            ValuexArbitraries.subjects(), Texts.pseudonym(), Texts.pseudonym(),
            Arbitraries.of(Perspective.class), Arbitraries.of(View.class),
            ValuexArbitraries.dates())
        .as((id, subject, owner, author, perspective, view, asOf) -> Ledger.builder().id(id)
            .subject(subject).owner(owner).author(author).perspective(perspective).view(view)
            .asOf(asOf).build());
    return Combinators.combine(base, Texts.phrase(6).optional(), Texts.phrase(10).optional(),
            ValuexArbitraries.judgements().optional(), Texts.phrase(12).list().ofMaxSize(2),
            ValuexArbitraries.ledgerIds().optional())
        .as((ledger, context, purpose, judgement, notes, supersedes) -> ledger
            .withContext(context).withPurpose(purpose).withJudgement(judgement)
            .withNotes(notes).withSupersedes(earlier(ledger.id(), supersedes)));
  }

  /** An earlier version's id, made different from the ledger's own by construction. */
  private static Optional<LedgerId> earlier(LedgerId id, Optional<LedgerId> candidate) {
    return candidate.map(c -> c.equals(id) ? LedgerId.of(c.value() + "-prev") : c);
  }

  private static final class Slot {
    final ElementId element;
    final Side side;

    Slot(ElementId element, Side side) {
      this.element = element;
      this.side = side;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Slot && ((Slot) o).element.equals(element) && ((Slot) o).side == side;
    }

    @Override
    public int hashCode() {
      return element.hashCode() * 31 + side.hashCode();
    }
  }

  private static final class Body {
    final List<LedgerEntry> entries;
    final List<Pairing> pairings;

    Body(List<LedgerEntry> entries, List<Pairing> pairings) {
      this.entries = entries;
      this.pairings = pairings;
    }
  }
}
