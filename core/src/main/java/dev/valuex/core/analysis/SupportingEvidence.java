package dev.valuex.core.analysis;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.ElementId;
import dev.valuex.core.Evidence;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One piece of evidence behind a placement, with the ledger it comes from: the drill-down from
 * a pattern back to what people said and did. A summary keeps counts only, so the drill-down
 * reads the ledgers themselves.
 *
 * <pre>{@code
 * for (SupportingEvidence s : SupportingEvidence.behind(Placement.of(savings, Side.OUT), ledgers)) {
 *   System.out.println(s.ledger() + ": " + s.evidence().text());
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class SupportingEvidence {

  SupportingEvidence() {}

  /**
   * Returns the ledger the evidence is recorded in.
   *
   * @return the ledger id, never null
   */
  public abstract LedgerId ledger();

  /**
   * Returns the element and side the evidence backs.
   *
   * @return the placement, never null
   */
  public abstract Placement placement();

  /**
   * Returns the importance of the entry the evidence backs.
   *
   * @return the importance, empty when the entry was not weighed
   */
  public abstract OptionalInt importance();

  /**
   * Returns the evidence itself.
   *
   * @return the evidence, never null
   */
  public abstract Evidence evidence();

  /**
   * Collects every piece of evidence behind a placement, in ledger order and then recorded
   * order.
   *
   * @param placement the element and side, not null
   * @param ledgers the ledgers to read, not null
   * @return the evidence, never null, empty when no ledger carries evidence for the placement
   */
  public static ImmutableList<SupportingEvidence> behind(Placement placement,
      Iterable<? extends Ledger> ledgers) {
    requireNonNull(placement, "placement");
    ImmutableList.Builder<SupportingEvidence> result = ImmutableList.builder();
    for (Ledger ledger : requireNonNull(ledgers, "ledgers")) {
      Optional<LedgerEntry> entry = ledger.entry(placement.element(), placement.side());
      if (entry.isPresent()) {
        for (Evidence e : entry.get().evidence()) {
          result.add(ImmutableSupportingEvidence.builder().ledger(ledger.id())
              .placement(placement).importance(entry.get().importance()).evidence(e).build());
        }
      }
    }
    return result.build();
  }

  /**
   * Collects every piece of evidence behind an element on either side, in ledger order, then
   * IN before OUT within a ledger as the entries were recorded, then recorded order.
   *
   * @param element the element, not null
   * @param ledgers the ledgers to read, not null
   * @return the evidence, never null, empty when no ledger carries evidence for the element
   */
  public static ImmutableList<SupportingEvidence> behind(ElementId element,
      Iterable<? extends Ledger> ledgers) {
    requireNonNull(element, "element");
    ImmutableList.Builder<SupportingEvidence> result = ImmutableList.builder();
    for (Ledger ledger : requireNonNull(ledgers, "ledgers")) {
      for (LedgerEntry entry : ledger.entriesFor(element)) {
        Placement placement = Placement.of(element, entry.side());
        for (Evidence e : entry.evidence()) {
          result.add(ImmutableSupportingEvidence.builder().ledger(ledger.id())
              .placement(placement).importance(entry.importance()).evidence(e).build());
        }
      }
    }
    return result.build();
  }
}
