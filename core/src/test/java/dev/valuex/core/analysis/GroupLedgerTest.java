package dev.valuex.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.BalanceJudgement;
import dev.valuex.core.ElementId;
import dev.valuex.core.Evidence;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.Subject;
import dev.valuex.core.View;
import dev.valuex.core.journey.EntryRef;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Group ledgers of four commuters, worked out by hand. */
class GroupLedgerTest {
  static final ElementId MONEY = ElementId.parse("customer.money");
  static final ElementId TIME = ElementId.parse("customer.time");
  static final ElementId TIME_SAVING = ElementId.parse("customer.time-saving");
  static final ElementId SAVINGS = ElementId.parse("customer.savings");
  static final ElementId RELIABILITY = ElementId.parse("customer.reliability");

  // a1: IN money 4; OUT time-saving 5 (quote), savings
  static final Ledger A1 = member("a1", LocalDate.of(2026, 2, 3))
      .withEntry(LedgerEntry.of(MONEY, Side.IN).withImportance(4))
      .withEntry(LedgerEntry.of(TIME_SAVING, Side.OUT).withImportance(5)
          .withEvidence(Evidence.quote("I need to be at my desk by eight")))
      .withEntry(LedgerEntry.of(SAVINGS, Side.OUT));
  // a2: IN money 2; OUT time-saving 4
  static final Ledger A2 = member("a2", LocalDate.of(2026, 3, 9))
      .withEntry(LedgerEntry.of(MONEY, Side.IN).withImportance(2))
      .withEntry(LedgerEntry.of(TIME_SAVING, Side.OUT).withImportance(4)
          .withEvidence(Evidence.quote("The bike beats the bus by twenty minutes")));
  // a3: IN money (not weighed); OUT reliability 4
  static final Ledger A3 = member("a3", LocalDate.of(2026, 2, 20))
      .withEntry(LedgerEntry.of(MONEY, Side.IN))
      .withEntry(LedgerEntry.of(RELIABILITY, Side.OUT).withImportance(4));
  // a4: IN time 3; OUT time-saving (not weighed)
  static final Ledger A4 = member("a4", LocalDate.of(2026, 1, 30))
      .withEntry(LedgerEntry.of(TIME, Side.IN).withImportance(3))
      .withEntry(LedgerEntry.of(TIME_SAVING, Side.OUT));
  static final List<Ledger> FOUR = List.of(A3, A1, A4, A2);

  static Ledger member(String id, LocalDate asOf) {
    return Ledger.builder().id(LedgerId.of(id))
        .subject(Subject.builder().kind(Subject.Kind.INDIVIDUAL).label(id.toUpperCase())
            .addSegment("commuter").build())
        .owner(id.toUpperCase()).author("researcher-1").perspective(Perspective.CUSTOMER)
        .view(View.CURRENT).context("Pedal Commons").asOf(asOf).build();
  }

  static GroupRule rule(GroupThreshold threshold) {
    return GroupRule.builder().id(LedgerId.of("commuter-current"))
        .subject(Subject.of(Subject.Kind.SEGMENT, "commuter")).owner("commuter panel")
        .author("researcher-2")
        .threshold(threshold).build();
  }

  @Test
  void keepsWhatAtLeastHalfOfTheMembersCarry() {
    // Half of 4 is 2: money IN (a1 a2 a3) and time-saving OUT (a1 a2 a4) enter; time IN,
    // savings OUT and reliability OUT have one member each and stay out.
    GroupLedger g = GroupLedger.compose(FOUR, rule(GroupThreshold.ofShare(0.5)));
    assertEquals(2, g.requiredMembers());
    assertEquals(List.of("customer.money IN", "customer.time-saving OUT"), placements(g));
    assertEquals(List.of(LedgerId.of("a1"), LedgerId.of("a2"), LedgerId.of("a3"),
        LedgerId.of("a4")), g.members());
    GroupEntry money = g.entry(MONEY, Side.IN).orElseThrow();
    assertEquals(List.of(EntryRef.of(LedgerId.of("a1"), MONEY, Side.IN),
        EntryRef.of(LedgerId.of("a2"), MONEY, Side.IN),
        EntryRef.of(LedgerId.of("a3"), MONEY, Side.IN)), money.members());
    // weighed by a1 (4) and a2 (2): median 3; a3 was not weighed and does not count
    assertEquals(2, money.weighed());
    assertEquals(OptionalDouble.of(3), money.medianImportance());
    assertEquals(OptionalInt.of(3), g.ledger().entry(MONEY, Side.IN).orElseThrow().importance());
    // weighed 5 and 4: median 4.5, rounded half up to 5 on the ledger
    GroupEntry timeSaving = g.entry(TIME_SAVING, Side.OUT).orElseThrow();
    assertEquals(OptionalDouble.of(4.5), timeSaving.medianImportance());
    assertEquals(OptionalInt.of(5),
        g.ledger().entry(TIME_SAVING, Side.OUT).orElseThrow().importance());
    assertEquals("carried by 3 of 4 members",
        g.ledger().entry(TIME_SAVING, Side.OUT).orElseThrow().note().orElseThrow());
  }

  @Test
  void theGroupLedgerIsASegmentLedgerNamingItsMembers() {
    GroupLedger g = GroupLedger.compose(FOUR, rule(GroupThreshold.ofShare(0.5)));
    Ledger l = g.ledger();
    assertEquals(LedgerId.of("commuter-current"), l.id());
    assertEquals(Subject.of(Subject.Kind.SEGMENT, "commuter"), l.subject());
    assertEquals("commuter panel", l.owner());
    assertEquals("researcher-2", l.author());
    assertEquals(View.CURRENT, l.view());
    assertEquals(Perspective.CUSTOMER, l.perspective());
    assertEquals(LocalDate.of(2026, 3, 9), l.asOf()); // the latest member date
    assertEquals("Pedal Commons", l.context().orElseThrow());
    assertTrue(l.judgement().isEmpty());
    assertTrue(l.pairings().isEmpty());
    assertEquals(List.of("Composed from 4 member ledgers, an element entering a side when at"
        + " least 50% of members (2 of 4) carry it: a1, a2, a3, a4"), l.notes());
    assertTrue(l.entries().stream().allMatch(e -> e.evidence().isEmpty()));
  }

  @Test
  void bringsTheMembersQuotesAlongWhenAsked() {
    GroupLedger g = GroupLedger.compose(FOUR,
        rule(GroupThreshold.ofShare(0.5)).withWithEvidence(true));
    assertEquals(List.of("I need to be at my desk by eight",
            "The bike beats the bus by twenty minutes"),
        g.ledger().entry(TIME_SAVING, Side.OUT).orElseThrow().evidence().stream()
            .map(Evidence::text).collect(Collectors.toList()));
  }

  @Test
  void aLowThresholdKeepsEveryPlacementInSideCountAndIdOrder() {
    GroupLedger g = GroupLedger.compose(FOUR, rule(GroupThreshold.ofCount(1)));
    assertEquals(List.of("customer.money IN", "customer.time IN", "customer.time-saving OUT",
        "customer.reliability OUT", "customer.savings OUT"), placements(g));
    assertEquals(OptionalInt.empty(), g.ledger().entry(SAVINGS, Side.OUT).orElseThrow()
        .importance());
  }

  @Test
  void aCountAboveTheGroupLeavesTheLedgerEmpty() {
    assertEquals(List.of(), placements(GroupLedger.compose(FOUR, rule(GroupThreshold.ofCount(4)))));
    assertEquals(List.of("customer.money IN", "customer.time-saving OUT"),
        placements(GroupLedger.compose(FOUR, rule(GroupThreshold.ofCount(3)))));
  }

  @Test
  void doesNotDependOnMemberOrder() {
    GroupRule rule = rule(GroupThreshold.ofShare(0.25)).withWithEvidence(true);
    assertEquals(GroupLedger.compose(FOUR, rule),
        GroupLedger.compose(List.of(A1, A2, A3, A4), rule));
  }

  @Test
  void theOwnerMayRecordAJudgement() {
    BalanceJudgement j = BalanceJudgement.builder().verdict(BalanceJudgement.Verdict.BALANCED)
        .recordedBy("commuter panel").recordedOn(LocalDate.of(2026, 4, 30)).build();
    GroupLedger g = GroupLedger.compose(FOUR, rule(GroupThreshold.ofShare(0.5)))
        .withJudgement(j);
    assertEquals(j, g.ledger().judgement().orElseThrow());
  }

  @Test
  void sharesBecomeMemberCountsRoundedUpInDecimal() {
    assertEquals(3, GroupThreshold.ofShare(0.3).requiredOf(10));
    assertEquals(4, GroupThreshold.ofShare(0.3).requiredOf(12));
    assertEquals(7, GroupThreshold.ofShare(1).requiredOf(7));
    assertEquals(1, GroupThreshold.ofShare(0.01).requiredOf(5));
    assertEquals("at least 30% of members", GroupThreshold.ofShare(0.3).toString());
    assertEquals("at least 1 member", GroupThreshold.ofCount(1).toString());
  }

  @Test
  void rejectsThresholdsOffTheirRange() {
    assertEquals("GroupThreshold: share must be above 0 and at most 1, got 0.0",
        assertThrows(InvalidValueException.class, () -> GroupThreshold.ofShare(0)).getMessage());
    assertEquals("GroupThreshold: share must be above 0 and at most 1, got NaN",
        assertThrows(InvalidValueException.class, () -> GroupThreshold.ofShare(Double.NaN))
            .getMessage());
    assertEquals("GroupThreshold: count must be at least 1, got 0",
        assertThrows(InvalidValueException.class, () -> GroupThreshold.ofCount(0)).getMessage());
  }

  @Test
  void rejectsMembersOfDifferentViewsOrPerspectives() {
    Ledger desired = member("a5", LocalDate.of(2026, 2, 1)).withView(View.DESIRED);
    assertEquals("GroupLedger commuter-current: members must share one view, CURRENT of a1,"
            + " got 'DESIRED of a5'",
        assertThrows(InvalidValueException.class, () -> GroupLedger.compose(
            List.of(A1, desired), rule(GroupThreshold.ofCount(1)))).getMessage());
    Ledger employee = member("a0", LocalDate.of(2026, 2, 1))
        .withPerspective(Perspective.EMPLOYEE);
    assertEquals("GroupLedger commuter-current: members must share one perspective, EMPLOYEE"
            + " of a0, got 'CUSTOMER of a1'",
        assertThrows(InvalidValueException.class, () -> GroupLedger.compose(
            List.of(A1, employee), rule(GroupThreshold.ofCount(1)))).getMessage());
  }

  @Test
  void rejectsNoMembersAndTwiceTheSameMember() {
    assertEquals("GroupLedger commuter-current: members must hold at least one ledger, got"
            + " 'none'",
        assertThrows(InvalidValueException.class, () -> GroupLedger.compose(List.of(),
            rule(GroupThreshold.ofCount(1)))).getMessage());
    assertEquals("GroupLedger commuter-current: members must have distinct ledger ids, got"
            + " 'a1 twice'",
        assertThrows(InvalidValueException.class, () -> GroupLedger.compose(List.of(A1, A1),
            rule(GroupThreshold.ofCount(1)))).getMessage());
  }

  @Test
  void rejectsAGroupThatIsNotASegmentOrPersona() {
    assertEquals("GroupRule household: subject kind must be SEGMENT or PERSONA, got INDIVIDUAL",
        assertThrows(InvalidValueException.class, () -> GroupRule.builder()
            .id(LedgerId.of("household")).subject(Subject.of(Subject.Kind.INDIVIDUAL, "P01"))
            .owner("P01").author("r").threshold(GroupThreshold.ofCount(1)).build()).getMessage());
  }

  @Test
  void rejectsARestoredTraceBelowTheThreshold() {
    GroupLedger low = GroupLedger.compose(FOUR, rule(GroupThreshold.ofCount(1)));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> GroupLedger.builder().ledger(low.ledger()).rule(rule(GroupThreshold.ofCount(2)))
            .addAllMembers(low.members()).addAllEntries(low.entries()).build());
    assertEquals("GroupLedger commuter-current: entry customer.time IN must rest on at least 2"
        + " of 4 members, got 1", e.getMessage());
  }

  private static List<String> placements(GroupLedger g) {
    return g.ledger().entries().stream().map(e -> e.element() + " " + e.side())
        .collect(Collectors.toList());
  }
}
