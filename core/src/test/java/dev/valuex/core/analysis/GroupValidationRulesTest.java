package dev.valuex.core.analysis;

import static dev.valuex.core.Rejections.rejected;
import static dev.valuex.core.analysis.GroupLedgerTest.A1;
import static dev.valuex.core.analysis.GroupLedgerTest.A2;
import static dev.valuex.core.analysis.GroupLedgerTest.A3;
import static dev.valuex.core.analysis.GroupLedgerTest.A4;
import static dev.valuex.core.analysis.GroupLedgerTest.FOUR;
import static dev.valuex.core.analysis.GroupLedgerTest.MONEY;
import static dev.valuex.core.analysis.GroupLedgerTest.TIME;
import static dev.valuex.core.analysis.GroupLedgerTest.TIME_SAVING;
import static dev.valuex.core.analysis.GroupLedgerTest.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Side;
import dev.valuex.core.Subject;
import dev.valuex.core.journey.EntryRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * One test per rule a restored {@link GroupLedger} or {@link GroupEntry} must keep (a group
 * ledger read back from a document whose trace was edited by hand must be refused, naming the
 * part), with the boundary each rule still accepts; and the parts of a composed ledger that
 * {@link GroupLedgerTest} does not reach: one member, members of different contexts, an odd
 * number of weighed members.
 */
class GroupValidationRulesTest {
  private static final GroupRule HALF = rule(GroupThreshold.ofShare(0.5));
  // money IN (a1 4, a2 2, a3 unweighed) and time-saving OUT (a1 5, a2 4, a4 unweighed)
  private static final GroupLedger GROUP = GroupLedger.compose(FOUR, HALF);

  private static GroupLedger restore(Ledger ledger, List<LedgerId> members,
      List<GroupEntry> entries) {
    return GroupLedger.builder().ledger(ledger).rule(HALF).addAllMembers(members)
        .addAllEntries(entries).build();
  }

  private static GroupLedger restore(Ledger ledger) {
    return restore(ledger, GROUP.members(), GROUP.entries());
  }

  @Test
  void theLedgerIsTheRulesGroupLedger() {
    Ledger l = GROUP.ledger();
    rejected("GroupLedger cyclists: ledger id must be the rule's id commuter-current, got"
        + " cyclists", () -> restore(l.withId(LedgerId.of("cyclists"))));
    rejected("GroupLedger commuter-current: ledger subject must be the rule's subject commuter,"
        + " got 'cyclist'",
        () -> restore(l.withSubject(Subject.of(Subject.Kind.SEGMENT, "cyclist"))));
    rejected("GroupLedger commuter-current: ledger owner must be the rule's owner commuter"
        + " panel, got 'A1'", () -> restore(l.withOwner("A1")));
    rejected("GroupLedger commuter-current: ledger author must be the rule's author"
        + " researcher-2, got 'researcher-1'", () -> restore(l.withAuthor("researcher-1")));
    assertEquals(GROUP, restore(l));
  }

  @Test
  void membersAreNamedOnceEachInIdOrder() {
    LedgerId a1 = LedgerId.of("a1");
    LedgerId a2 = LedgerId.of("a2");
    LedgerId a3 = LedgerId.of("a3");
    LedgerId a4 = LedgerId.of("a4");
    rejected("GroupLedger commuter-current: members must name at least one member ledger, got"
        + " 'none'", () -> restore(GROUP.ledger(), List.of(), GROUP.entries()));
    rejected("GroupLedger commuter-current: members must be in id order with each ledger once,"
        + " got a1", () -> restore(GROUP.ledger(), List.of(a2, a1, a3, a4), GROUP.entries()));
    rejected("GroupLedger commuter-current: members must be in id order with each ledger once,"
        + " got a2", () -> restore(GROUP.ledger(), List.of(a1, a2, a2, a4), GROUP.entries()));
    // Without a3 the money entry rests on a ledger that is not a member (and 2 of 3 members
    // are still enough for it).
    rejected("GroupLedger commuter-current: entry customer.money IN must rest on member"
        + " ledgers only, got a3", () -> restore(GROUP.ledger(), List.of(a1, a2, a4),
            GROUP.entries()));
  }

  @Test
  void everyEntryIsTracedInTheLedgersOrder() {
    rejected("GroupLedger commuter-current: entries must trace each of the ledger's 2 entries,"
        + " got 1", () -> restore(GROUP.ledger(), GROUP.members(), GROUP.entries().subList(0, 1)));
    rejected("GroupLedger commuter-current: entry 1 must trace the ledger's entry customer.money"
        + " IN, got 'customer.time-saving OUT'", () -> restore(GROUP.ledger(), GROUP.members(),
            GROUP.entries().reverse()));
  }

  @Test
  void eachEntryCarriesItsMembersMedianImportance() {
    Ledger l = GROUP.ledger();
    LedgerEntry money = l.entry(MONEY, Side.IN).orElseThrow();
    rejected("GroupLedger commuter-current: entry customer.money IN importance must be the"
        + " members' median rounded half up, 3, got 2",
        () -> restore(l.withEntries(List.of(money.withImportance(2),
            l.entries().get(1)))));
    rejected("GroupLedger commuter-current: entry customer.money IN importance must be the"
        + " members' median rounded half up, 3, got 'none'",
        () -> restore(l.withEntries(List.of(LedgerEntry.of(MONEY, Side.IN),
            l.entries().get(1)))));
    // A trace of unweighed members: the entry must be unweighed too.
    GroupEntry unweighed = GroupEntry.builder().element(MONEY).side(Side.IN)
        .addMembers(EntryRef.of(LedgerId.of("a1"), MONEY, Side.IN),
            EntryRef.of(LedgerId.of("a3"), MONEY, Side.IN))
        .weighed(0).build();
    rejected("GroupLedger commuter-current: entry customer.money IN importance must be the"
        + " members' median rounded half up, none, got 3",
        () -> restore(l, GROUP.members(), List.of(unweighed, GROUP.entries().get(1))));
  }

  private static GroupEntry.Builder money(String... ledgers) {
    GroupEntry.Builder b = GroupEntry.builder().element(MONEY).side(Side.IN);
    for (String id : ledgers) {
      b.addMembers(EntryRef.of(LedgerId.of(id), MONEY, Side.IN));
    }
    return b;
  }

  @Test
  void aTraceNamesEntriesOfItsOwnPlacementOnceEachInLedgerOrder() {
    String who = "GroupEntry customer.money IN: ";
    rejected(who + "members must name at least one member entry, got 'none'",
        () -> money().weighed(0).build());
    rejected(who + "members must refer to entries of customer.money IN, got a2/customer.time/IN",
        () -> money("a1").addMembers(EntryRef.of(LedgerId.of("a2"), TIME, Side.IN)).weighed(0)
            .build());
    rejected(who + "members must refer to entries of customer.money IN, got a2/customer.money/OUT",
        () -> money("a1").addMembers(EntryRef.of(LedgerId.of("a2"), MONEY, Side.OUT))
            .weighed(0).build());
    rejected(who + "members must be in ledger id order with each ledger once, got"
        + " a1/customer.money/IN", () -> money("a2", "a1").weighed(0).build());
    rejected(who + "members must be in ledger id order with each ledger once, got"
        + " a2/customer.money/IN", () -> money("a1", "a2", "a2").weighed(0).build());
  }

  @Test
  void aTraceWeighsAtMostItsMembersWithAMedianOnTheScale() {
    String who = "GroupEntry customer.money IN: ";
    rejected(who + "weighed must be from 0 to 2, got 3",
        () -> money("a1", "a2").weighed(3).medianImportance(3).build());
    rejected(who + "weighed must be from 0 to 2, got -1",
        () -> money("a1", "a2").weighed(-1).build());
    rejected(who + "median importance must be unset when no member was weighed, got 3.0",
        () -> money("a1", "a2").weighed(0).medianImportance(3).build());
    rejected(who + "median importance must be set when members were weighed, got 'nothing'",
        () -> money("a1", "a2").weighed(1).build());
    for (double bad : new double[] {0.5, 5.5, 2.25}) {
      rejected(who + "median importance must be from 1 to 5 in steps of 0.5, got " + bad,
          () -> money("a1", "a2").weighed(2).medianImportance(bad).build());
    }
    // The bounds of the scale and its half steps, and all members weighed, are accepted; the
    // importance on the ledger is the median rounded half up.
    assertEquals(OptionalInt.of(1),
        money("a1", "a2").weighed(2).medianImportance(1).build().importance());
    assertEquals(OptionalInt.of(5),
        money("a1", "a2").weighed(2).medianImportance(5).build().importance());
    assertEquals(OptionalInt.of(3),
        money("a1", "a2").weighed(2).medianImportance(2.5).build().importance());
    assertEquals(OptionalInt.of(2),
        money("a1", "a2").weighed(1).medianImportance(2).build().importance());
    assertEquals(OptionalInt.empty(), money("a1").weighed(0).build().importance());
  }

  @Test
  void oneMemberMakesALedgerOfItsOwnEntriesNamedInTheSingular() {
    GroupLedger one = GroupLedger.compose(List.of(A2),
        rule(GroupThreshold.ofShare(1)).withWithEvidence(true));
    assertEquals(List.of("Composed from 1 member ledger, an element entering a side when at"
        + " least 100% of members (1 of 1) carry it: a2"), one.ledger().notes());
    assertEquals(A2.entries().size(), one.ledger().entries().size());
    assertEquals(OptionalDouble.of(4), one.entry(TIME_SAVING, Side.OUT).orElseThrow()
        .medianImportance());
    assertEquals(A2.asOf(), one.ledger().asOf());
    assertEquals(Optional.of("Pedal Commons"), one.ledger().context());
    assertEquals(Optional.empty(), one.entry(TIME, Side.IN));
    assertEquals(Optional.empty(), one.entry(MONEY, Side.OUT));
  }

  @Test
  void membersOfDifferentContextsGiveALedgerWithoutContextDatedByTheLatestMember() {
    Ledger elsewhere = A3.withContext("Wheel Works").withAsOf(LocalDate.of(2026, 6, 1));
    GroupLedger g = GroupLedger.compose(List.of(A1, A2, elsewhere, A4), HALF);
    assertEquals(Optional.empty(), g.ledger().context());
    assertEquals(LocalDate.of(2026, 6, 1), g.ledger().asOf());
    // The same context throughout is kept.
    assertEquals(Optional.of("Pedal Commons"), GROUP.ledger().context());
  }

  @Test
  void theMedianOfAnOddNumberOfWeighedMembersIsTheMiddleOne() {
    // money weighed 4 (a1), 2 (a2) and now 5 (a3): sorted 2 4 5, median 4 (the mean would
    // be 3.67, the mean of the first two 3).
    Ledger a3 = A3.withEntries(List.of(LedgerEntry.of(MONEY, Side.IN).withImportance(5)));
    GroupEntry money = GroupLedger.compose(List.of(A1, A2, a3, A4), HALF)
        .entry(MONEY, Side.IN).orElseThrow();
    assertEquals(3, money.weighed());
    assertEquals(OptionalDouble.of(4), money.medianImportance());
    assertEquals(ImmutableList.of("a1", "a2", "a3"),
        money.members().stream().map(r -> r.ledger().value()).collect(
            ImmutableList.toImmutableList()));
  }
}
