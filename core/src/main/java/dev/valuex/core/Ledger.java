package dev.valuex.core;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.valuex.core.internal.Checks.areTrimmedTexts;
import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.checkAt;
import static dev.valuex.core.internal.Checks.isTrimmedText;
import static dev.valuex.core.internal.Checks.trimmedText;
import static dev.valuex.core.internal.Checks.trimmedTexts;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One account of a value exchange for one subject: what the subject puts IN and what value it
 * seeks to get OUT, each entry backed by evidence, with pairings of what is given for what and
 * the owner's own balance judgement.
 *
 * <p>An element appears at most once per side; more evidence for it accumulates on that entry
 * ({@link #withEvidence(ElementId, Side, Evidence)}). Pairings may only name entries of this
 * ledger, and removing an entry removes it from every pairing, so pairings never dangle.
 *
 * <pre>{@code
 * Ledger ledger = Ledger.builder()
 *     .id(LedgerId.of("p07-current"))
 *     .subject(Subject.of(Subject.Kind.INDIVIDUAL, "P07"))
 *     .owner("P07")
 *     .author("researcher-2")
 *     .perspective(Perspective.CUSTOMER)
 *     .view(View.CURRENT)
 *     .asOf(LocalDate.of(2026, 3, 14))
 *     .build()
 *     .withEvidence(ElementId.parse("customer.savings"), Side.OUT,
 *         Evidence.quote("I always look around to get the best deal"));
 * }</pre>
 */
@Value.Immutable
public abstract class Ledger implements WithLedger {
  /** Up to this many entries, validation scans them instead of hashing their elements. */
  static final int SCANNED_ENTRIES = 12;

  Ledger() {}

  /**
   * Returns the ledger's id.
   *
   * @return the id, never null
   */
  public abstract LedgerId id();

  /**
   * Returns who the ledger is about.
   *
   * @return the subject, never null
   */
  public abstract Subject subject();

  /**
   * Returns whose exchange it is: the person or party whose judgement counts.
   *
   * @return the owner (a pseudonym or role), never null or blank
   */
  public abstract String owner();

  /**
   * Returns the researcher who recorded the ledger.
   *
   * @return the author (a pseudonym or role), never null or blank
   */
  public abstract String author();

  /**
   * Returns whose exchange the ledger describes: a customer's, a business owner's or an
   * employee's.
   *
   * @return the perspective, never null
   */
  public abstract Perspective perspective();

  /**
   * Returns whether the ledger records the exchange as it is or as the subject wants it.
   *
   * @return the view, never null
   */
  public abstract View view();

  /**
   * Returns the context of the exchange, e.g. the organisation, product or journey.
   *
   * @return the context, empty when not recorded
   */
  public abstract Optional<String> context();

  /**
   * Returns why the ledger was made, e.g. the research question.
   *
   * @return the purpose, empty when not recorded
   */
  public abstract Optional<String> purpose();

  /**
   * Returns the date the ledger describes.
   *
   * @return the date, never null
   */
  public abstract LocalDate asOf();

  /**
   * Returns every entry, IN and OUT, in the order they were recorded.
   *
   * @return the entries, never null, possibly empty
   */
  public abstract ImmutableList<LedgerEntry> entries();

  /**
   * Returns the pairings of what is given for what.
   *
   * @return the pairings, never null, possibly empty
   */
  public abstract ImmutableList<Pairing> pairings();

  /**
   * Returns the owner's balance judgement, if it has been recorded.
   *
   * @return the judgement, empty when not recorded
   */
  public abstract Optional<BalanceJudgement> judgement();

  /**
   * Returns free notes by the author.
   *
   * @return the notes, never null, possibly empty
   */
  public abstract ImmutableList<String> notes();

  /**
   * Returns the id of the earlier version of this ledger that this one supersedes.
   *
   * @return the superseded ledger's id, empty for a first version
   */
  public abstract Optional<LedgerId> supersedes();

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the IN entries: what the subject puts in.
   *
   * @return the IN entries in recorded order, never null
   */
  public final ImmutableList<LedgerEntry> in() {
    return onSide(Side.IN);
  }

  /**
   * Returns the OUT entries: what the subject seeks to get.
   *
   * @return the OUT entries in recorded order, never null
   */
  public final ImmutableList<LedgerEntry> out() {
    return onSide(Side.OUT);
  }

  /**
   * Returns the entries on one side.
   *
   * @param side the side, not null
   * @return the entries in recorded order, never null
   */
  public final ImmutableList<LedgerEntry> onSide(Side side) {
    ImmutableList.Builder<LedgerEntry> result = ImmutableList.builder();
    for (LedgerEntry e : entries()) {
      if (e.side() == side) {
        result.add(e);
      }
    }
    return result.build();
  }

  /**
   * Returns the entries for an element: none, one, or one per side.
   *
   * @param element the element, not null
   * @return the entries, never null
   */
  public final ImmutableList<LedgerEntry> entriesFor(ElementId element) {
    ImmutableList.Builder<LedgerEntry> result = ImmutableList.builder();
    for (LedgerEntry e : entries()) {
      if (e.element().equals(element)) {
        result.add(e);
      }
    }
    return result.build();
  }

  /**
   * Returns the entry for an element on a side.
   *
   * @param element the element, not null
   * @param side the side, not null
   * @return the entry, empty when the element is not on that side
   */
  public final Optional<LedgerEntry> entry(ElementId element, Side side) {
    for (LedgerEntry e : entries()) {
      if (e.side() == side && e.element().equals(element)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a copy with a new entry appended.
   *
   * @param entry the entry, not null
   * @return the new ledger, never null
   * @throws InvalidValueException if the element is already on that side; use {@link
   *     #withEvidence(ElementId, Side, Evidence)} to add evidence to it
   */
  public final Ledger withEntry(LedgerEntry entry) {
    checkNotNull(entry, "entry");
    check(entry(entry.element(), entry.side()).isEmpty(), "Ledger " + id(), "entries",
        "hold an element at most once per side (add evidence to the existing entry instead)",
        entry.element() + " " + entry.side());
    return withEntries(ImmutableList.<LedgerEntry>builder().addAll(entries()).add(entry).build());
  }

  /**
   * Returns a copy without the entry for an element on a side, and without that entry in any
   * pairing; a pairing left with nothing on a side is dropped. Removing an entry the ledger does
   * not hold returns this ledger.
   *
   * @param element the element, not null
   * @param side the side, not null
   * @return the new ledger, never null
   */
  public final Ledger withoutEntry(ElementId element, Side side) {
    checkNotNull(element, "element");
    checkNotNull(side, "side");
    if (entry(element, side).isEmpty()) {
      return this;
    }
    ImmutableList.Builder<LedgerEntry> kept = ImmutableList.builder();
    for (LedgerEntry e : entries()) {
      if (!(e.side() == side && e.element().equals(element))) {
        kept.add(e);
      }
    }
    ImmutableList.Builder<Pairing> pairings = ImmutableList.builder();
    for (Pairing p : pairings()) {
      if (!p.involves(element, side)) {
        pairings.add(p);
      } else if (p.on(side).size() > 1) {
        pairings.add(side == Side.IN
            ? p.withGiven(p.given().stream().filter(x -> !x.equals(element))::iterator)
            : p.withReceived(p.received().stream().filter(x -> !x.equals(element))::iterator));
      }
    }
    // Pairings first: the narrower pairings are valid against both the old and new entries.
    return withPairings(pairings.build()).withEntries(kept.build());
  }

  /**
   * Returns a copy with evidence added for an element on a side: appended to the existing entry,
   * or in a new entry when the element is not yet on that side. This is how evidence accumulates.
   *
   * @param element the element, not null
   * @param side the side, not null
   * @param evidence the evidence, not null
   * @return the new ledger, never null
   */
  public final Ledger withEvidence(ElementId element, Side side, Evidence evidence) {
    checkNotNull(element, "element");
    checkNotNull(side, "side");
    checkNotNull(evidence, "evidence");
    Optional<LedgerEntry> existing = entry(element, side);
    if (existing.isEmpty()) {
      return withEntry(LedgerEntry.of(element, side).withEvidence(evidence));
    }
    ImmutableList.Builder<LedgerEntry> updated = ImmutableList.builder();
    for (LedgerEntry e : entries()) {
      updated.add(e == existing.get() ? e.plusEvidence(ImmutableList.of(evidence)) : e);
    }
    return withEntries(updated.build());
  }

  /**
   * Returns a copy with a pairing appended.
   *
   * @param pairing the pairing, which must name entries of this ledger, not null
   * @return the new ledger, never null
   * @throws InvalidValueException if the pairing names an entry the ledger does not hold
   */
  public final Ledger withPairing(Pairing pairing) {
    checkNotNull(pairing, "pairing");
    return withPairings(
        ImmutableList.<Pairing>builder().addAll(pairings()).add(pairing).build());
  }

  /**
   * Returns the pairings that name the entry of an element on a side.
   *
   * @param element the element, not null
   * @param side the side, not null
   * @return the pairings, never null, possibly empty
   */
  public final ImmutableList<Pairing> pairingsOf(ElementId element, Side side) {
    ImmutableList.Builder<Pairing> result = ImmutableList.builder();
    for (Pairing p : pairings()) {
      if (p.involves(element, side)) {
        result.add(p);
      }
    }
    return result.build();
  }

  // A valid ledger is checked without building a message: readers check millions, so the
  // subject, the value and the location are put into words only for a broken rule.
  @Value.Check
  final void validate() {
    text(owner(), "owner");
    text(author(), "author");
    if (context().isPresent()) {
      text(context().get(), "context");
    }
    if (purpose().isPresent()) {
      text(purpose().get(), "purpose");
    }
    if (!areTrimmedTexts(notes())) {
      trimmedTexts(notes(), who(), "notes");
    }
    if (supersedes().isPresent() && supersedes().get().equals(id())) {
      check(false, who(), "supersedes", "name an earlier version, not the ledger itself", id());
    }
    ImmutableList<LedgerEntry> entries = entries();
    // Most ledgers hold a dozen entries or fewer: then the earlier entries are scanned, which
    // costs less than hashing every element into two sets; larger ledgers get the sets.
    Set<ElementId> in = null;
    Set<ElementId> out = null;
    if (entries.size() > SCANNED_ENTRIES) {
      in = new HashSet<>();
      out = new HashSet<>();
    }
    for (int i = 0; i < entries.size(); i++) {
      LedgerEntry e = entries.get(i);
      boolean repeated = in == null ? holds(entries, i, e.element(), e.side())
          : !(e.side() == Side.IN ? in : out).add(e.element());
      if (repeated) {
        checkAt(false, who(), "entries", "entries/" + i,
            "hold an element at most once per side (add evidence to the existing entry"
                + " instead)", e.element() + " " + e.side());
      }
    }
    for (int i = 0; i < pairings().size(); i++) {
      Pairing p = pairings().get(i);
      int j = 0;
      for (ElementId g : p.given()) {
        if (!(in == null ? holds(entries, entries.size(), g, Side.IN) : in.contains(g))) {
          checkAt(false, who(), "pairing " + (i + 1) + " given",
              "pairings/" + i + "/given/" + j, "refer to IN entries of this ledger", g);
        }
        j++;
      }
      j = 0;
      for (ElementId r : p.received()) {
        if (!(out == null ? holds(entries, entries.size(), r, Side.OUT) : out.contains(r))) {
          checkAt(false, who(), "pairing " + (i + 1) + " received",
              "pairings/" + i + "/received/" + j, "refer to OUT entries of this ledger", r);
        }
        j++;
      }
    }
  }

  /** Tells whether one of the first {@code count} entries is the element on the side. */
  private static boolean holds(ImmutableList<LedgerEntry> entries, int count, ElementId element,
      Side side) {
    for (int i = 0; i < count; i++) {
      LedgerEntry e = entries.get(i);
      if (e.side() == side && e.element().equals(element)) {
        return true;
      }
    }
    return false;
  }

  private void text(String value, String field) {
    if (!isTrimmedText(value)) {
      trimmedText(value, who(), field);
    }
  }

  private String who() {
    return "Ledger " + id();
  }

  /** Builds {@link Ledger}s; every attribute may be set once. */
  public static final class Builder extends ImmutableLedger.Builder {
    Builder() {}
  }
}
