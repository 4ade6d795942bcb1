package dev.valuex.spark;

import dev.valuex.catalog.Catalog;
import dev.valuex.core.ElementId;
import dev.valuex.core.Evidence;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.Subject;
import dev.valuex.core.ValueElement;
import dev.valuex.core.View;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Ledgers drawn from a seeded generator, each a function of its index alone, so a Spark job can
 * generate them in its partitions and the test can generate the same ones on the driver:
 * customer-deck elements and one blank card, 1 to 12 entries, importance or none, 0 or 1 piece
 * of evidence, segments from none to two tags, both views, 24 months.
 */
final class GeneratedLedgers {
  private static final List<ElementId> DECK = deck();
  private static final String[][] SEGMENTS = {
      {}, {"new"}, {"loyal"}, {"lapsed"}, {"loyal", "premium"}};

  private GeneratedLedgers() {}

  static Ledger ledger(long index) {
    SplittableRandom r = new SplittableRandom(0x5eed_1edeL ^ (index * 0x9E3779B97F4A7C15L));
    Subject.Builder subject = Subject.builder().kind(Subject.Kind.INDIVIDUAL)
        .label("customer " + index);
    for (String s : SEGMENTS[r.nextInt(SEGMENTS.length)]) {
      subject.addSegment(s);
    }
    Ledger.Builder b = Ledger.builder().id(LedgerId.of("g" + index)).subject(subject.build())
        .owner("customer " + index).author("generator").perspective(Perspective.CUSTOMER)
        .view(r.nextInt(4) == 0 ? View.DESIRED : View.CURRENT)
        .asOf(LocalDate.of(2025, 1, 1).plusMonths(r.nextInt(24)).plusDays(r.nextInt(28)));
    int entries = 1 + r.nextInt(12);
    List<Integer> used = new ArrayList<>();
    while (used.size() < entries) {
      int placement = r.nextInt(DECK.size() * 2);
      if (used.contains(placement)) {
        continue;
      }
      used.add(placement);
      LedgerEntry.Builder e = LedgerEntry.builder().element(DECK.get(placement >> 1))
          .side(Side.values()[placement & 1]);
      int importance = r.nextInt(6);
      if (importance > 0) {
        e.importance(importance);
      }
      for (int i = r.nextInt(4) / 2; i > 0; i--) {
        e.addEvidence(Evidence.quote("statement " + index + "-" + placement + "-" + i));
      }
      b.addEntry(e.build());
    }
    return b.build();
  }

  static List<Ledger> ledgers(long from, long to) {
    List<Ledger> result = new ArrayList<>();
    for (long i = from; i < to; i++) {
      result.add(ledger(i));
    }
    return result;
  }

  /** Segment tags joined in order, the key the tests group by; "-" for none. */
  static String segmentKey(Ledger ledger) {
    return ledger.subject().segments().isEmpty() ? "-"
        : String.join("+", new java.util.TreeSet<>(ledger.subject().segments()));
  }

  private static List<ElementId> deck() {
    List<ElementId> ids = new ArrayList<>();
    for (ValueElement e : Catalog.defaults().deck(Perspective.CUSTOMER)) {
      if (ids.size() < 30) {
        ids.add(e.id());
      }
    }
    ids.add(ElementId.of("team", "blank-card"));
    return List.copyOf(ids);
  }
}
