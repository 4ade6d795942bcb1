package dev.valuex.core.analysis;

import static dev.valuex.core.analysis.StudyLedgers.ALL;
import static dev.valuex.core.analysis.StudyLedgers.CONVENIENCE;
import static dev.valuex.core.analysis.StudyLedgers.MONEY;
import static dev.valuex.core.analysis.StudyLedgers.PEACE;
import static dev.valuex.core.analysis.StudyLedgers.SAVINGS;
import static dev.valuex.core.analysis.StudyLedgers.TIME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSortedSet;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.Subject;
import dev.valuex.core.View;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Combinations of the five {@link StudyLedgers}, worked out by hand, and wide ones. */
class ElementCombinationsTest {

  @Test
  void countsHowManyLedgersCarryEachCombinationExactly() {
    // OUT: l1 savings+convenience, l2 savings, l3 peace+convenience, l4 savings+peace,
    // l5 convenience: five distinct combinations of one ledger each.
    ElementCombinations out = ElementCombinations.of(Side.OUT, ALL);
    assertEquals(5, out.ledgers());
    assertEquals(5, out.distinct());
    assertEquals(1, out.ledgers(Set.of(SAVINGS, CONVENIENCE)));
    assertEquals(1, out.ledgers(Set.of(SAVINGS)));
    assertEquals(0, out.ledgers(Set.of(SAVINGS, CONVENIENCE, PEACE)));
    assertEquals(0, out.ledgers(Set.of()));
    assertEquals(0, out.ledgers(Set.of(MONEY)));
    assertEquals(ImmutableSortedSet.of(CONVENIENCE, PEACE, SAVINGS), out.elements());
    // IN: l1 money+time, l2 and l4 money, l3 and l5 time.
    ElementCombinations in = ElementCombinations.of(Side.IN, ALL);
    assertEquals(3, in.distinct());
    assertEquals(2, in.ledgers(Set.of(MONEY)));
    assertEquals(2, in.ledgers(Set.of(TIME)));
    assertEquals(1, in.ledgers(Set.of(MONEY, TIME)));
  }

  @Test
  void countsLedgersWithNothingOnTheSideAsTheEmptyCombination() {
    Ledger bare = StudyLedgers.L2.withoutEntry(SAVINGS, Side.OUT);
    ElementCombinations out = ElementCombinations.on(Side.OUT).add(bare).add(bare)
        .add(StudyLedgers.L1);
    assertEquals(3, out.ledgers());
    assertEquals(2, out.ledgers(Set.of()));
    assertEquals(2, out.distinct());
  }

  @Test
  void mergesCountsInEitherOrderAndWithItself() {
    ElementCombinations first = ElementCombinations.of(Side.OUT, ALL.subList(0, 2));
    ElementCombinations second = ElementCombinations.of(Side.OUT, ALL.subList(1, 5));
    ElementCombinations a = ElementCombinations.on(Side.OUT).addAll(first).addAll(second);
    ElementCombinations b = ElementCombinations.on(Side.OUT).addAll(second).addAll(first);
    for (ElementCombinations merged : List.of(a, b)) {
      assertEquals(6, merged.ledgers());
      assertEquals(2, merged.ledgers(Set.of(SAVINGS)));
      assertEquals(5, merged.distinct());
    }
    assertEquals(2, first.ledgers());
    second.addAll(second);
    assertEquals(8, second.ledgers());
    assertEquals(2, second.ledgers(Set.of(PEACE, CONVENIENCE)));
  }

  @Test
  void rejectsCountsOfAnotherSide() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ElementCombinations.on(Side.OUT).addAll(ElementCombinations.on(Side.IN)));
    assertEquals("ElementCombinations: other must combine the side OUT, got IN", e.getMessage());
  }

  @Test
  void namesTheMissingArgument() {
    assertEquals("side", assertThrows(NullPointerException.class,
        () -> ElementCombinations.on(null)).getMessage());
    assertEquals("ledger", assertThrows(NullPointerException.class,
        () -> ElementCombinations.on(Side.OUT).add(null)).getMessage());
    assertEquals("combinations", assertThrows(NullPointerException.class,
        () -> SummarySetProposal.reaching(0.5, null)).getMessage());
  }

  @Test
  void describesItsSize() {
    assertEquals("ElementCombinations{side=OUT, ledgers=5, distinct=5, elements=3}",
        ElementCombinations.of(Side.OUT, ALL).toString());
  }

  @Test
  void keepsCombinationsOfMoreThanSixtyFourElementsApartAndShipsThem() throws Exception {
    // 130 elements take three words a mask. Ledger i carries elements i and i + 1, plus
    // element 129 for even i; the last ledger repeats the first.
    List<ElementId> ids = new ArrayList<>();
    for (int i = 0; i < 130; i++) {
      ids.add(ElementId.parse("customer.element-" + i));
    }
    List<Ledger> ledgers = new ArrayList<>();
    for (int i = 0; i < 129; i++) {
      Ledger l = ledger("l" + i).withEntry(LedgerEntry.of(ids.get(i), Side.OUT))
          .withEntry(LedgerEntry.of(ids.get(i + 1), Side.OUT));
      ledgers.add(i % 2 == 0 && i + 1 != 129 ? l.withEntry(LedgerEntry.of(ids.get(129), Side.OUT))
          : l);
    }
    ledgers.add(ledgers.get(0));
    ElementCombinations counted = ElementCombinations.of(Side.OUT, ledgers);
    ElementCombinations shipped = shipped(counted);
    for (ElementCombinations c : List.of(counted, shipped)) {
      assertEquals(130, c.ledgers());
      assertEquals(129, c.distinct());
      assertEquals(130, c.elements().size());
      assertEquals(2, c.ledgers(Set.of(ids.get(0), ids.get(1), ids.get(129))));
      assertEquals(1, c.ledgers(Set.of(ids.get(63), ids.get(64))));
      assertEquals(1, c.ledgers(Set.of(ids.get(64), ids.get(65), ids.get(129))));
      assertEquals(0, c.ledgers(Set.of(ids.get(64), ids.get(65))));
    }
    assertEquals(SummarySetProposal.reaching(0.9, Side.OUT, ledgers),
        SummarySetProposal.reaching(0.9, shipped));
  }

  @Test
  void shipsEmptyCountsAndKeepsCountingAfterwards() throws Exception {
    ElementCombinations shipped = shipped(ElementCombinations.on(Side.IN));
    assertEquals(0, shipped.ledgers());
    assertEquals(Side.IN, shipped.side());
    shipped.add(StudyLedgers.L1);
    assertEquals(1, shipped.ledgers(Set.of(MONEY, TIME)));
  }

  private static Ledger ledger(String id) {
    return Ledger.builder().id(LedgerId.of(id)).subject(Subject.of(Subject.Kind.INDIVIDUAL, id))
        .owner(id).author("researcher-1").perspective(Perspective.CUSTOMER).view(View.CURRENT)
        .asOf(LocalDate.of(2026, 1, 1)).build();
  }

  private static ElementCombinations shipped(ElementCombinations c)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(c);
    }
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      return (ElementCombinations) in.readObject();
    }
  }
}
