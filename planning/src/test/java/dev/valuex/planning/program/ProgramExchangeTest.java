package dev.valuex.planning.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import dev.valuex.core.ElementId;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Side;
import org.junit.jupiter.api.Test;

class ProgramExchangeTest {

  static Benefit benefit(String id, int value, int feasibility) {
    return Benefit.builder().id(id).description("Benefit " + id).perceivedValue(value)
        .feasibility(feasibility).build();
  }

  static Contribution contribution(String id, int value, int burden) {
    return Contribution.builder().id(id).description("Contribution " + id)
        .valueToBusiness(value).burden(burden).build();
  }

  static ProgramExchange bakeryClub() {
    return ProgramExchange.builder()
        .scope(ProgramScope.of("Bakery club", ProgramType.LOYALTY)
            .withConstraints("no discounts deeper than 10%"))
        .addBenefits(
            Benefit.builder().id("free-pastry").description("A free pastry on your birthday")
                .element(ElementId.parse("customer.status-recognition"))
                .perceivedValue(4).feasibility(5).build(),
            benefit("early-access", 3, 2),
            benefit("recipe-cards", 2, 4),
            benefit("home-delivery", 5, 1))
        .addContributions(
            Contribution.builder().id("birthday").description("Tell us your birthday")
                .element(ElementId.parse("customer.personal-data")).valueToBusiness(2)
                .burden(1).personalData(true).purpose("Send the birthday pastry").build(),
            Contribution.builder().id("phone-number").description("Give us your phone number")
                .valueToBusiness(3).burden(2).personalData(true).build(),
            contribution("monthly-visit", 5, 3))
        .addPairings(ExchangePairing.of("free-pastry", "birthday"),
            ExchangePairing.of("early-access", "monthly-visit"),
            ExchangePairing.of("home-delivery", "monthly-visit"))
        .putViability(ViabilityQuestion.SIMPLE, "Joining takes one tap at the till")
        .build();
  }

  @Test
  void benefitsAreRankedMostAttractiveAndEasiestFirst() {
    ImmutableList<Priority> ranked = bakeryClub().prioritisedBenefits();
    assertEquals(ImmutableList.of("free-pastry", "home-delivery", "early-access",
        "recipe-cards"), ranked.stream().map(Priority::id)
        .collect(ImmutableList.toImmutableList()));
    assertEquals(ImmutableList.of(Quadrant.QUICK_WIN, Quadrant.BIG_BET, Quadrant.BIG_BET,
        Quadrant.EASY_EXTRA), ranked.stream().map(Priority::quadrant)
        .collect(ImmutableList.toImmutableList()));
    assertTrue(ranked.stream().allMatch(p -> p.side() == Side.OUT));
  }

  @Test
  void contributionsAreRankedByValueToTheBusinessAgainstEaseForTheCustomer() {
    ImmutableList<Priority> ranked = bakeryClub().prioritisedContributions();
    assertEquals(ImmutableList.of("monthly-visit", "phone-number", "birthday"),
        ranked.stream().map(Priority::id).collect(ImmutableList.toImmutableList()));
    assertEquals(3, ranked.get(0).feasibility());
    assertEquals(Quadrant.EASY_EXTRA, ranked.get(2).quadrant());
  }

  @Test
  void quadrantsSplitTheScaleAtThree() {
    assertEquals(Quadrant.QUICK_WIN, Quadrant.of(3, 3));
    assertEquals(Quadrant.BIG_BET, Quadrant.of(5, 2));
    assertEquals(Quadrant.EASY_EXTRA, Quadrant.of(2, 5));
    assertEquals(Quadrant.RECONSIDER, Quadrant.of(2, 2));
  }

  @Test
  void findingsExplainUnpairedItemsPersonalDataAndOpenQuestions() {
    ImmutableList<Finding> findings = bakeryClub().findings();
    assertEquals(ImmutableList.of(Finding.Kind.UNPAIRED_BENEFIT,
            Finding.Kind.UNPAIRED_CONTRIBUTION, Finding.Kind.PERSONAL_DATA_WITHOUT_BENEFIT,
            Finding.Kind.PERSONAL_DATA_WITHOUT_PURPOSE, Finding.Kind.VIABILITY_OPEN,
            Finding.Kind.VIABILITY_OPEN),
        findings.stream().map(Finding::kind).collect(ImmutableList.toImmutableList()));
    assertEquals(ImmutableList.of("recipe-cards"), findings.get(0).about());
    assertEquals("benefit 'recipe-cards' is given for nothing in return: pair it with a"
        + " contribution or say why it is free", findings.get(0).explanation());
    assertEquals("contribution 'phone-number' is asked for with no benefit in return",
        findings.get(1).explanation());
    assertEquals("personal data 'phone-number' is asked for with no benefit to the customer in"
        + " return: ask only for data that serves them", findings.get(2).explanation());
    assertEquals("personal data 'phone-number' is asked for with no stated purpose: say what it"
        + " is for, or do not ask for it", findings.get(3).explanation());
    assertEquals("open question: Is it attractive to customers, so they will join?",
        findings.get(4).explanation());
    assertEquals(ImmutableList.of("ACHIEVABLE"), findings.get(5).about());
  }

  @Test
  void aBalancedExchangeWithAnsweredQuestionsHasNoFindings() {
    ProgramExchange done = bakeryClub()
        .withPairing(ExchangePairing.of("recipe-cards", "phone-number"))
        .withContributions(bakeryClub().contributions().get(0),
            bakeryClub().contributions().get(1).withPurpose("Text when bread is fresh"),
            bakeryClub().contributions().get(2))
        .withViability(Answers.all());
    assertEquals(ImmutableList.of(), done.findings());
  }

  @Test
  void aBurdenAboveThePerceivedValueIsFound() {
    ProgramExchange heavy = ProgramExchange.builder()
        .scope(ProgramScope.of("Forms portal", ProgramType.SELF_SERVICE))
        .addBenefits(benefit("status-tracking", 2, 4))
        .addContributions(contribution("long-form", 4, 5))
        .addPairings(ExchangePairing.of("status-tracking", "long-form"))
        .putAllViability(Answers.all())
        .build();
    assertEquals(5, heavy.totalBurden());
    assertEquals(2, heavy.totalPerceivedValue());
    Finding f = heavy.findings().get(0);
    assertEquals(Finding.Kind.BURDEN_EXCEEDS_VALUE, f.kind());
    assertEquals("the contributions' total burden 5 exceeds the benefits' total perceived value"
        + " 2: the exchange asks more than customers feel they get", f.explanation());
    assertEquals(1, heavy.findings().size());
  }

  @Test
  void rejectsPairingOfAnUnknownBenefit() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> bakeryClub().withPairing(ExchangePairing.of("cake", "birthday")));
    assertEquals("ProgramExchange 'Bakery club': pairing cake <-> birthday benefit must name a"
        + " benefit of the exchange, got 'cake'", e.getMessage());
  }

  @Test
  void rejectsPairingOfAnUnknownContribution() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> bakeryClub().withPairing(ExchangePairing.of("free-pastry", "email")));
    assertEquals("ProgramExchange 'Bakery club': pairing free-pastry <-> email contribution"
        + " must name a contribution of the exchange, got 'email'", e.getMessage());
  }

  @Test
  void rejectsARepeatedPairing() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> bakeryClub().withPairing(ExchangePairing.of("free-pastry", "birthday")));
    assertEquals("ProgramExchange 'Bakery club': pairings must not repeat a pairing, got"
        + " 'free-pastry <-> birthday'", e.getMessage());
  }

  @Test
  void rejectsDuplicateBenefitIds() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> bakeryClub().withBenefits(benefit("a", 1, 1), benefit("a", 2, 2)));
    assertEquals("ProgramExchange 'Bakery club': benefits must have distinct ids, got 'a'",
        e.getMessage());
  }

  @Test
  void rejectsRatingsOffTheScale() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> benefit("a", 6, 1));
    assertEquals("Benefit a: perceivedValue must be from 1 to 5, got 6", e.getMessage());
    InvalidValueException burden = assertThrows(InvalidValueException.class,
        () -> contribution("b", 1, 0));
    assertEquals("Contribution b: burden must be from 1 to 5, got 0", burden.getMessage());
  }

  @Test
  void rejectsIdThatIsNotASlug() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> benefit("Free Pastry", 1, 1));
    assertEquals("Benefit: id must be lower-case letters or digits in words joined by single"
        + " hyphens, got 'Free Pastry'", e.getMessage());
  }

  @Test
  void rejectsBlankViabilityRationale() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> bakeryClub().withViability(Answers.with(ViabilityQuestion.SIMPLE,
            "")));
    assertEquals("ProgramExchange 'Bakery club': viability SIMPLE must not be blank, got ''",
        e.getMessage());
  }

  @Test
  void easeIsTheInverseOfBurden() {
    assertEquals(5, contribution("a", 1, 1).ease());
    assertEquals(1, contribution("a", 1, 5).ease());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(bakeryClub(), bakeryClub())
        .addEqualityGroup(bakeryClub().withScope(ProgramScope.of("Other", ProgramType.OTHER)))
        .addEqualityGroup(bakeryClub().withPairings())
        .testEquals();
  }

  /** Answers to the three viability questions. */
  static final class Answers {
    private Answers() {}

    static ImmutableMap<ViabilityQuestion, String> all() {
      return ImmutableMap.of(
          ViabilityQuestion.ATTRACTIVE, "Members asked for it in the survey",
          ViabilityQuestion.SIMPLE, "Joining takes one tap at the till",
          ViabilityQuestion.ACHIEVABLE, "Costs fit the marketing budget");
    }

    static ImmutableMap<ViabilityQuestion, String> with(
        ViabilityQuestion q, String answer) {
      return ImmutableMap.of(q, answer);
    }
  }
}
