package dev.valuex.core.analysis;

import static dev.valuex.core.internal.Checks.check;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.ElementId;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.Side;
import dev.valuex.core.journey.EntryRef;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The trace of one entry of a group ledger: the member entries behind it (ledger id, element
 * and side, in ledger id order), how many of them were weighed and the median of their
 * importance.
 *
 * <pre>{@code
 * GroupEntry e = group.entry(ElementId.parse("customer.time-saving"), Side.OUT).orElseThrow();
 * System.out.printf("%d of %d members, median importance %s%n", e.memberCount(),
 *     group.members().size(), e.medianImportance());
 * }</pre>
 */
@Value.Immutable
public abstract class GroupEntry {

  GroupEntry() {}

  /**
   * Returns the element.
   *
   * @return the element id, never null
   */
  public abstract ElementId element();

  /**
   * Returns the side.
   *
   * @return the side, never null
   */
  public abstract Side side();

  /**
   * Returns the member entries behind the group entry, one per member ledger carrying the
   * element on the side, in ledger id order.
   *
   * @return the references, never null or empty
   */
  public abstract ImmutableList<EntryRef> members();

  /**
   * Returns how many of the member entries were weighed.
   *
   * @return the count, from 0 to the number of member entries
   */
  public abstract int weighed();

  /**
   * Returns the median importance of the member entries that were weighed: the middle value,
   * or with an even number of them the mean of the two middle values (so it may end in .5).
   *
   * @return the median, empty when no member entry was weighed
   */
  public abstract OptionalDouble medianImportance();

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns how many member ledgers carry the element on the side.
   *
   * @return the count, at least 1
   */
  public final int memberCount() {
    return members().size();
  }

  /**
   * Returns the placement the entry traces.
   *
   * @return the element and side, never null
   */
  public final Placement placement() {
    return Placement.of(element(), side());
  }

  /**
   * Returns the importance the group ledger's entry carries: the median rounded half up onto
   * the scale (3.5 becomes 4).
   *
   * @return the importance, empty when no member entry was weighed
   */
  public final OptionalInt importance() {
    return medianImportance().isPresent()
        ? OptionalInt.of((int) Math.floor(medianImportance().getAsDouble() + 0.5))
        : OptionalInt.empty();
  }

  @Value.Check
  final void validate() {
    String who = "GroupEntry " + element() + " " + side();
    check(!members().isEmpty(), who, "members", "name at least one member entry", "none");
    for (int i = 0; i < members().size(); i++) {
      EntryRef ref = members().get(i);
      check(ref.element().equals(element()) && ref.side() == side(), who, "members",
          "refer to entries of " + element() + " " + side(), ref);
      check(i == 0 || members().get(i - 1).ledger().compareTo(ref.ledger()) < 0, who,
          "members", "be in ledger id order with each ledger once", ref);
    }
    check(weighed() >= 0 && weighed() <= members().size(), who, "weighed",
        "be from 0 to " + members().size(), weighed());
    check(medianImportance().isPresent() == (weighed() > 0), who, "median importance",
        weighed() > 0 ? "be set when members were weighed" : "be unset when no member was weighed",
        medianImportance().isPresent() ? medianImportance().getAsDouble() : "nothing");
    if (medianImportance().isPresent()) {
      double m = medianImportance().getAsDouble();
      boolean onScale = m >= LedgerEntry.MIN_IMPORTANCE && m <= LedgerEntry.MAX_IMPORTANCE;
      check(onScale && m * 2 == Math.rint(m * 2), who, "median importance",
          "be from " + LedgerEntry.MIN_IMPORTANCE + " to " + LedgerEntry.MAX_IMPORTANCE
              + " in steps of 0.5", m);
    }
  }

  /** Builds {@link GroupEntry}s; every attribute may be set once. */
  public static final class Builder extends ImmutableGroupEntry.Builder {
    Builder() {}
  }
}
