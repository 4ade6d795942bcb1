package dev.valuex.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.ElementId;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Perspective;
import dev.valuex.core.Provenance;
import dev.valuex.core.Side;
import dev.valuex.core.Subject;
import dev.valuex.core.ValueElement;
import dev.valuex.core.View;
import dev.valuex.core.analysis.LedgerSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A three-offering proposition against four riders' ledgers, worked out by hand. */
class PropositionFitTest {
  static final ElementId TIME_SAVING = ElementId.parse("customer.time-saving");
  static final ElementId RELIABILITY = ElementId.parse("customer.reliability");
  static final ElementId SAVINGS = ElementId.parse("customer.savings");
  static final ElementId BELONGING = ElementId.parse("customer.belonging");
  static final ElementId MONEY = ElementId.parse("customer.money");
  static final ElementId TIME = ElementId.parse("customer.time");
  static final ElementId EFFORT = ElementId.parse("customer.effort");
  static final ElementId PERSONAL_DATA = ElementId.parse("customer.personal-data");
  static final ElementId PROVIDING = ElementId.parse("customer.providing-for-others");

  // commuters l1, l2; students l3, l4
  static final List<Ledger> RIDERS = List.of(
      rider("l1", "commuter", List.of(TIME_SAVING, RELIABILITY), List.of(MONEY, TIME)),
      rider("l2", "commuter", List.of(TIME_SAVING), List.of(MONEY)),
      rider("l3", "student", List.of(SAVINGS, BELONGING), List.of(PERSONAL_DATA)),
      rider("l4", "student", List.of(SAVINGS), List.of(MONEY, PERSONAL_DATA)));

  static final ValueProposition OFFER = ValueProposition.builder()
      .name("Pedal Commons test offer")
      .addOfferings(
          Offering.builder().name("E-bikes").kind(Offering.Kind.PRODUCT)
              .addCreates(TIME_SAVING).addRelieves(EFFORT).build(),
          Offering.builder().name("Student pass").kind(Offering.Kind.SERVICE)
              .addCreates(SAVINGS).addRelieves(MONEY).build(),
          Offering.builder().name("Cargo bikes").kind(Offering.Kind.PRODUCT)
              .addCreates(PROVIDING).build())
      .build();

  static Ledger rider(String id, String segment, List<ElementId> out, List<ElementId> in) {
    Ledger l = Ledger.builder().id(LedgerId.of(id))
        .subject(Subject.builder().kind(Subject.Kind.INDIVIDUAL).label(id).addSegment(segment)
            .build())
        .owner(id).author("researcher-1").perspective(Perspective.CUSTOMER).view(View.CURRENT)
        .asOf(LocalDate.of(2026, 3, 1)).build();
    for (ElementId e : out) {
      l = l.withEntry(LedgerEntry.of(e, Side.OUT));
    }
    for (ElementId e : in) {
      l = l.withEntry(LedgerEntry.of(e, Side.IN));
    }
    return l;
  }

  @Test
  void weighsEachSoughtElementByTheLedgersSeekingIt() {
    // Sought: savings 2, time-saving 2, belonging 1, reliability 1 = 6 ledger-elements; the
    // student pass serves savings (2) and the e-bikes time-saving (2): 4 of 6.
    SliceFit all = PropositionFit.of(OFFER, RIDERS).overall();
    assertEquals("all ledgers", all.label());
    assertEquals(4, all.ledgers());
    assertEquals(List.of("customer.savings 2 [Student pass]", "customer.time-saving 2 [E-bikes]",
        "customer.belonging 1 []", "customer.reliability 1 []"), rows(all.sought()));
    assertEquals(4.0 / 6, all.servedShare().getAsDouble(), 1e-12);
    assertEquals(List.of(BELONGING, RELIABILITY), all.unservedElements());
    // money is given in 3 ledgers and the student pass relieves it; effort is given by nobody
    assertEquals(List.of("customer.money 3 [Student pass]"), rows(all.relieved()));
    assertEquals(List.of("Cargo bikes"), all.idleOfferings());
  }

  @Test
  void fitsEachSegmentOnItsOwnLedgers() {
    PropositionFit fit = PropositionFit.of(OFFER, LedgerSummary.of(RIDERS));
    assertEquals(List.of("segment commuter", "segment student"),
        fit.segments().stream().map(SliceFit::label).collect(Collectors.toList()));
    SliceFit commuters = fit.segment("commuter").orElseThrow();
    assertEquals(2.0 / 3, commuters.servedShare().getAsDouble(), 1e-12);
    assertEquals(List.of(RELIABILITY), commuters.unservedElements());
    // the student pass relieves the commuters' money too, so only the cargo bikes are idle
    assertEquals(List.of("Cargo bikes"), commuters.idleOfferings());
    SliceFit students = fit.segment("student").orElseThrow();
    assertEquals(2.0 / 3, students.servedShare().getAsDouble(), 1e-12);
    assertEquals(List.of(BELONGING), students.unservedElements());
    assertEquals(List.of("E-bikes", "Cargo bikes"), students.idleOfferings());
    assertEquals(List.of(), fit.segment("leisure").map(SliceFit::sought).orElse(
        com.google.common.collect.ImmutableList.of()));
  }

  @Test
  void nothingSoughtHasNoServedShare() {
    SliceFit none = PropositionFit.of(OFFER, List.<Ledger>of()).overall();
    assertEquals(OptionalDouble.empty(), none.servedShare());
    assertEquals(List.of("E-bikes", "Student pass", "Cargo bikes"), none.idleOfferings());
  }

  @Test
  void seedsAPlanFromTheUnservedElementsMostSoughtFirst() {
    ValueCreationPlan plan = PropositionFit.of(OFFER, RIDERS).seedPlan(PlanId.of("unserved"),
        "What we do not serve yet", LocalDate.of(2026, 5, 1), PropositionFitTest::card, RIDERS);
    assertEquals(List.of(BELONGING, RELIABILITY),
        plan.rows().stream().map(PlanRow::element).collect(Collectors.toList()));
    assertEquals(List.of(LedgerId.of("l3")), plan.rows().get(0).sourceLedgers());
    assertEquals(List.of(LedgerId.of("l1")), plan.rows().get(1).sourceLedgers());
    assertEquals("I want what I came for, " + RELIABILITY,
        plan.rows().get(1).sentence().orElseThrow());
  }

  @Test
  void seedsOnlyUnservedElementsSoughtWidelyEnoughWhenAsked() {
    PropositionFit fit = PropositionFit.of(OFFER, RIDERS);
    // belonging and reliability are each sought by 1 of 4 ledgers: 25%
    assertEquals(2, fit.seedPlan(PlanId.of("p"), "t", LocalDate.of(2026, 5, 1),
        PropositionFitTest::card, RIDERS, 0.25).rows().size());
    assertEquals(0, fit.seedPlan(PlanId.of("p"), "t", LocalDate.of(2026, 5, 1),
        PropositionFitTest::card, RIDERS, 0.26).rows().size());
    assertEquals("PropositionFit: minimumShare must be from 0 to 1, got NaN",
        assertThrows(IllegalArgumentException.class, () -> fit.seedPlan(PlanId.of("p"), "t",
            LocalDate.of(2026, 5, 1), PropositionFitTest::card, RIDERS, Double.NaN))
            .getMessage());
  }

  @Test
  void rejectsAnOfferingThatServesNothingAndTwoOfferingsOfOneName() {
    assertEquals("Offering 'Gift card': creates or relieves must name at least one element,"
            + " got 'nothing'",
        assertThrows(InvalidValueException.class, () -> Offering.builder().name("Gift card")
            .kind(Offering.Kind.PRODUCT).build()).getMessage());
    Offering ebikes = OFFER.offerings().get(0);
    assertEquals("ValueProposition 'twice': offerings must have distinct names, got 'E-bikes'",
        assertThrows(InvalidValueException.class, () -> ValueProposition.builder()
            .name("twice").addOfferings(ebikes, ebikes).build()).getMessage());
    assertEquals("ValueProposition 'empty': offerings must hold at least one offering, got"
            + " 'none'",
        assertThrows(InvalidValueException.class, () -> ValueProposition.builder()
            .name("empty").build()).getMessage());
  }

  static ValueElement card(ElementId id) {
    return ValueElement.builder().id(id).name(id.toString().toUpperCase())
        .shortPhrase("a card").sentence("I want what I came for, " + id)
        .perspective(Perspective.CUSTOMER).category("functional").typicalSide(Side.OUT)
        .provenance(Provenance.custom()).build();
  }

  private static List<String> rows(List<ElementFit> fits) {
    return fits.stream().map(e -> e.element() + " " + e.ledgers() + " " + e.servedBy())
        .collect(Collectors.toList());
  }
}
