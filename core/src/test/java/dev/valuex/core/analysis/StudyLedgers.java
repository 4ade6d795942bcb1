package dev.valuex.core.analysis;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.ElementId;
import dev.valuex.core.Evidence;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.Subject;
import dev.valuex.core.View;
import java.time.LocalDate;

/**
 * Five hand-coded ledgers whose patterns the tests work out by hand.
 *
 * <pre>
 * ledger  segment  view     as-of       IN                     OUT
 * l1      new      CURRENT  2026-01-10  money(5, 2 quotes) time  savings(4, 1 quote) convenience
 * l2      new      CURRENT  2026-02-03  money(3)               savings(1 quote)
 * l3      loyal    CURRENT  2026-04-20  time                   peace(5, 1 quote) convenience
 * l4      loyal    DESIRED  2026-05-02  money                  savings peace
 * l5      -        CURRENT  2026-05-30  time                   convenience
 * </pre>
 */
final class StudyLedgers {
  static final ElementId MONEY = ElementId.parse("customer.money");
  static final ElementId TIME = ElementId.parse("customer.time");
  static final ElementId SAVINGS = ElementId.parse("customer.savings");
  static final ElementId PEACE = ElementId.parse("customer.peace-of-mind");
  static final ElementId CONVENIENCE = ElementId.parse("customer.convenience");

  static final Ledger L1 = ledger("l1", "new", View.CURRENT, LocalDate.of(2026, 1, 10))
      .withEntry(LedgerEntry.of(MONEY, Side.IN).withImportance(5)
          .withEvidence(Evidence.quote("The yearly fee stings"), Evidence.quote("I pay upfront")))
      .withEntry(LedgerEntry.of(TIME, Side.IN))
      .withEntry(LedgerEntry.of(SAVINGS, Side.OUT).withImportance(4)
          .withEvidence(Evidence.quote("It pays for itself by March")))
      .withEntry(LedgerEntry.of(CONVENIENCE, Side.OUT));
  static final Ledger L2 = ledger("l2", "new", View.CURRENT, LocalDate.of(2026, 2, 3))
      .withEntry(LedgerEntry.of(MONEY, Side.IN).withImportance(3))
      .withEvidence(SAVINGS, Side.OUT, Evidence.quote("Cheaper than buying each time"));
  static final Ledger L3 = ledger("l3", "loyal", View.CURRENT, LocalDate.of(2026, 4, 20))
      .withEntry(LedgerEntry.of(TIME, Side.IN))
      .withEntry(LedgerEntry.of(PEACE, Side.OUT).withImportance(5)
          .withEvidence(Evidence.quote("I never worry about it")))
      .withEntry(LedgerEntry.of(CONVENIENCE, Side.OUT));
  static final Ledger L4 = ledger("l4", "loyal", View.DESIRED, LocalDate.of(2026, 5, 2))
      .withEntry(LedgerEntry.of(MONEY, Side.IN))
      .withEntry(LedgerEntry.of(SAVINGS, Side.OUT))
      .withEntry(LedgerEntry.of(PEACE, Side.OUT));
  static final Ledger L5 = ledger("l5", null, View.CURRENT, LocalDate.of(2026, 5, 30))
      .withEntry(LedgerEntry.of(TIME, Side.IN))
      .withEntry(LedgerEntry.of(CONVENIENCE, Side.OUT));

  static final ImmutableList<Ledger> ALL = ImmutableList.of(L1, L2, L3, L4, L5);

  private StudyLedgers() {}

  /**
   * Returns a customer's ledger without entries, for tests that lay out their own: its subject
   * an individual labelled with the id and tagged with the segments.
   */
  static Ledger bare(String id, View view, LocalDate asOf, String... segments) {
    Subject.Builder subject = Subject.builder().kind(Subject.Kind.INDIVIDUAL).label(id);
    for (String s : segments) {
      subject.addSegment(s);
    }
    return Ledger.builder().id(LedgerId.of(id)).subject(subject.build()).owner(id)
        .author("researcher-1").perspective(Perspective.CUSTOMER).view(view).asOf(asOf).build();
  }

  private static Ledger ledger(String id, @org.jspecify.annotations.Nullable String segment,
      View view, LocalDate asOf) {
    Subject.Builder subject = Subject.builder().kind(Subject.Kind.INDIVIDUAL).label(id.toUpperCase(
        java.util.Locale.ROOT));
    if (segment != null) {
      subject.addSegment(segment);
    }
    return Ledger.builder().id(LedgerId.of(id)).subject(subject.build()).owner(id)
        .author("researcher-1").perspective(Perspective.CUSTOMER).view(view).asOf(asOf).build();
  }
}
