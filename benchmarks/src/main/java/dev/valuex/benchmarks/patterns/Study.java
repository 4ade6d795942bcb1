package dev.valuex.benchmarks.patterns;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.Subject;
import dev.valuex.core.View;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark scenario: ledgers of {@value #ENTRIES} entries each, drawn from a
 * {@value #DECK}-element deck, no evidence text; either all in one stratum (no segment tag,
 * CURRENT, January 2026) or spread over {@value #STRATA} strata (four segment sets, two views
 * and the twelve months of 2026). The same data is also held as flat int arrays for the floor.
 */
final class Study {
  static final int DECK = 60;
  static final int ENTRIES = 12;
  static final int SEGMENT_SETS = 4;
  static final int MONTHS = 12;
  static final int STRATA = SEGMENT_SETS * 2 * MONTHS;

  final ImmutableList<Ledger> ledgers;
  /** Slot {@code element * 2 + side} of entry {@code i} of ledger {@code l} at {@code l * 12 + i}. */
  final int[] slots;
  /** Importance of each entry, 0 for unweighed. */
  final int[] importance;
  /** Evidence count of each entry (always 0 here: no evidence text). */
  final int[] evidence;
  /** Stratum of each ledger: segment set, view and month. */
  final int[] strata;

  Study(int size, boolean stratified, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ElementId> deck = new ArrayList<>();
    for (int e = 0; e < DECK; e++) {
      deck.add(ElementId.of("customer", "element-" + e));
    }
    // Entries are values: share one instance per (element, side, importance), as a catalog would.
    LedgerEntry[] shared = new LedgerEntry[DECK * 2 * 6];
    for (int slot = 0; slot < DECK * 2; slot++) {
      for (int imp = 0; imp < 6; imp++) {
        LedgerEntry entry = LedgerEntry.of(deck.get(slot >> 1), Side.values()[slot & 1]);
        shared[slot * 6 + imp] = imp == 0 ? entry : entry.withImportance(imp);
      }
    }
    Subject[] subjects = {
        Subject.of(Subject.Kind.INDIVIDUAL, "anonymous"),
        Subject.builder().kind(Subject.Kind.INDIVIDUAL).label("n").addSegment("new").build(),
        Subject.builder().kind(Subject.Kind.INDIVIDUAL).label("l").addSegment("loyal").build(),
        Subject.builder().kind(Subject.Kind.INDIVIDUAL).label("b").addSegment("loyal")
            .addSegment("business").build()};
    LocalDate[] days = new LocalDate[365];
    for (int d = 0; d < days.length; d++) {
      days[d] = LocalDate.of(2026, 1, 1).plusDays(d);
    }
    slots = new int[size * ENTRIES];
    importance = new int[size * ENTRIES];
    evidence = new int[size * ENTRIES];
    strata = new int[size];
    ImmutableList.Builder<Ledger> built = ImmutableList.builderWithExpectedSize(size);
    boolean[] used = new boolean[DECK * 2];
    for (int l = 0; l < size; l++) {
      int segments = stratified ? random.nextInt(SEGMENT_SETS) : 0;
      int view = stratified ? random.nextInt(2) : 0;
      LocalDate day = days[stratified ? random.nextInt(days.length) : random.nextInt(31)];
      strata[l] = (segments * 2 + view) * MONTHS + day.getMonthValue() - 1;
      LedgerEntry[] entries = new LedgerEntry[ENTRIES];
      for (int i = 0; i < ENTRIES; i++) {
        int slot;
        do {
          slot = random.nextInt(DECK * 2);
        } while (used[slot]);
        used[slot] = true;
        int imp = random.nextInt(6);
        slots[l * ENTRIES + i] = slot;
        importance[l * ENTRIES + i] = imp;
        entries[i] = shared[slot * 6 + imp];
      }
      for (int i = 0; i < ENTRIES; i++) {
        used[slots[l * ENTRIES + i]] = false;
      }
      built.add(Ledger.builder().id(LedgerId.of("l" + l)).subject(subjects[segments])
          .owner("owner").author("author").perspective(Perspective.CUSTOMER)
          .view(View.values()[view]).asOf(day).addEntries(entries).build());
    }
    ledgers = built.build();
  }
}
