package dev.valuex.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerTest {
  static final ElementId MONEY = ElementId.parse("customer.money");
  static final ElementId DATA = ElementId.parse("customer.personal-data");
  static final ElementId SAVINGS = ElementId.parse("customer.savings");
  static final ElementId PERSONAL = ElementId.parse("customer.personalisation");

  static Ledger empty() {
    return Ledger.builder()
        .id(LedgerId.of("p07-current"))
        .subject(Subject.of(Subject.Kind.INDIVIDUAL, "P07"))
        .owner("P07")
        .author("researcher-2")
        .perspective(Perspective.CUSTOMER)
        .view(View.CURRENT)
        .asOf(LocalDate.of(2026, 3, 14))
        .build();
  }

  static Ledger sample() {
    return empty()
        .withEntry(LedgerEntry.of(MONEY, Side.IN))
        .withEntry(LedgerEntry.of(DATA, Side.IN))
        .withEntry(LedgerEntry.of(SAVINGS, Side.OUT))
        .withEntry(LedgerEntry.of(PERSONAL, Side.OUT))
        .withPairing(Pairing.builder().addGiven(MONEY, DATA).addReceived(PERSONAL).build())
        .withPairing(Pairing.of(MONEY, SAVINGS));
  }

  @Test
  void inAndOutSplitTheEntriesBySide() {
    Ledger l = sample();
    assertEquals(ImmutableList.of(LedgerEntry.of(MONEY, Side.IN), LedgerEntry.of(DATA, Side.IN)),
        l.in());
    assertEquals(ImmutableList.of(LedgerEntry.of(SAVINGS, Side.OUT),
        LedgerEntry.of(PERSONAL, Side.OUT)), l.out());
  }

  @Test
  void anElementMayStandOnBothSides() {
    Ledger l = empty().withEntry(LedgerEntry.of(SAVINGS, Side.IN))
        .withEntry(LedgerEntry.of(SAVINGS, Side.OUT));
    assertEquals(2, l.entriesFor(SAVINGS).size());
  }

  @Test
  void rejectsTheSameElementTwiceOnOneSide() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> sample().withEntry(LedgerEntry.of(SAVINGS, Side.OUT).withImportance(2)));
    assertEquals("Ledger p07-current: entries must hold an element at most once per side (add"
        + " evidence to the existing entry instead), got 'customer.savings OUT'", e.getMessage());
  }

  @Test
  void builderRejectsTheSameElementTwiceOnOneSide() {
    assertThrows(InvalidValueException.class, () -> Ledger.builder()
        .id(LedgerId.of("x")).subject(Subject.of(Subject.Kind.SEGMENT, "students"))
        .owner("students").author("r1").perspective(Perspective.CUSTOMER).view(View.DESIRED)
        .asOf(LocalDate.of(2026, 1, 1))
        .addEntries(LedgerEntry.of(MONEY, Side.IN), LedgerEntry.of(MONEY, Side.IN))
        .build());
  }

  /**
   * A ledger of one IN and one OUT entry for each of {@code elements} elements, built in one go:
   * past {@link Ledger#SCANNED_ENTRIES} entries validation hashes instead of scanning.
   */
  private static Ledger.Builder wide(int elements) {
    Ledger.Builder b = Ledger.builder()
        .id(LedgerId.of("wide")).subject(Subject.of(Subject.Kind.SEGMENT, "students"))
        .owner("students").author("r1").perspective(Perspective.CUSTOMER).view(View.CURRENT)
        .asOf(LocalDate.of(2026, 1, 1));
    for (int i = 0; i < elements; i++) {
      b.addEntries(LedgerEntry.of(ElementId.of("customer", "e" + i), Side.IN),
          LedgerEntry.of(ElementId.of("customer", "e" + i), Side.OUT));
    }
    return b;
  }

  @Test
  void aRepeatedEntryIsFoundAtItsPositionInSmallAndLargeLedgers() {
    for (int elements : new int[] {2, Ledger.SCANNED_ENTRIES / 2, Ledger.SCANNED_ENTRIES}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> wide(elements)
          .addEntries(LedgerEntry.of(ElementId.of("customer", "e1"), Side.OUT)).build());
      assertEquals("Ledger wide: entries must hold an element at most once per side (add"
          + " evidence to the existing entry instead), got 'customer.e1 OUT'", e.getMessage());
      assertEquals(Optional.of("entries/" + 2 * elements), e.path(), "entries: " + 2 * elements);
    }
  }

  @Test
  void aPairingOfAnAbsentEntryIsFoundInSmallAndLargeLedgers() {
    for (int elements : new int[] {2, Ledger.SCANNED_ENTRIES / 2, Ledger.SCANNED_ENTRIES}) {
      ElementId last = ElementId.of("customer", "e" + (elements - 1));
      ElementId absent = ElementId.of("customer", "absent");
      assertEquals(1, wide(elements).addPairings(Pairing.of(last, last)).build()
          .pairings().size());
      InvalidValueException given = assertThrows(InvalidValueException.class,
          () -> wide(elements).addPairings(Pairing.builder().addGiven(last, absent)
              .addReceived(last).build()).build());
      assertEquals("Ledger wide: pairing 1 given must refer to IN entries of this ledger, got"
          + " customer.absent", given.getMessage());
      assertEquals(Optional.of("pairings/0/given/1"), given.path());
      InvalidValueException received = assertThrows(InvalidValueException.class,
          () -> wide(elements).addPairings(Pairing.of(last, last),
              Pairing.builder().addGiven(last).addReceived(absent).build()).build());
      assertEquals("Ledger wide: pairing 2 received must refer to OUT entries of this ledger,"
          + " got customer.absent", received.getMessage());
      assertEquals(Optional.of("pairings/1/received/0"), received.path());
    }
  }

  @Test
  void evidenceAccumulatesOnTheExistingEntry() {
    Evidence first = Evidence.quote("I always look around to get the best deal");
    Evidence second = Evidence.quote("I wait for the sales");
    Ledger l = empty().withEvidence(SAVINGS, Side.OUT, first)
        .withEvidence(SAVINGS, Side.OUT, second);
    assertEquals(1, l.entries().size());
    assertEquals(ImmutableList.of(first, second),
        l.entry(SAVINGS, Side.OUT).orElseThrow().evidence());
  }

  @Test
  void rejectsPairingOfAnEntryTheLedgerDoesNotHold() {
    Ledger l = sample();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> l.withPairing(Pairing.of(ElementId.parse("customer.time"), SAVINGS)));
    assertEquals("Ledger p07-current: pairing 3 given must refer to IN entries of this ledger,"
        + " got customer.time", e.getMessage());
    InvalidValueException wrongSide = assertThrows(InvalidValueException.class,
        () -> l.withPairing(Pairing.of(MONEY, DATA)));
    assertEquals("Ledger p07-current: pairing 3 received must refer to OUT entries of this"
        + " ledger, got customer.personal-data", wrongSide.getMessage());
  }

  @Test
  void removingAnEntryRemovesItFromPairings() {
    Ledger l = sample().withoutEntry(MONEY, Side.IN);
    assertEquals(ImmutableList.of(Pairing.builder().addGiven(DATA).addReceived(PERSONAL)
        .build()), l.pairings());
    assertEquals(Optional.empty(), l.entry(MONEY, Side.IN));
  }

  @Test
  void removingAnEntryTheLedgerDoesNotHoldChangesNothing() {
    Ledger l = sample();
    assertSame(l, l.withoutEntry(MONEY, Side.OUT));
  }

  @Test
  void rejectsSupersedingItself() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> empty().withSupersedes(LedgerId.of("p07-current")));
    assertEquals("Ledger p07-current: supersedes must name an earlier version, not the ledger"
        + " itself, got p07-current", e.getMessage());
  }

  @Test
  void rejectsBlankOwnerAuthorContextPurposeAndNotes() {
    Ledger l = empty();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> l.withOwner(""));
    assertEquals("Ledger p07-current: owner must not be blank, got ''", e.getMessage());
    assertThrows(InvalidValueException.class, () -> l.withAuthor(" "));
    assertThrows(InvalidValueException.class, () -> l.withContext(""));
    assertThrows(InvalidValueException.class, () -> l.withPurpose(" x "));
    assertThrows(InvalidValueException.class, () -> l.withNotes("fine", ""));
  }

  @Test
  void judgementIsRecordedNeverComputed() {
    Ledger l = sample().withJudgement(BalanceJudgementTest.givesMore());
    assertTrue(l.judgement().isPresent());
    assertEquals(BalanceJudgement.Verdict.OWNER_GIVES_MORE, l.judgement().get().verdict());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(sample(), sample())
        .addEqualityGroup(empty())
        .addEqualityGroup(sample().withView(View.DESIRED))
        .addEqualityGroup(sample().withNotes("second interview pending"))
        .testEquals();
  }
}
