package dev.valuex.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Pairing;
import dev.valuex.core.Side;
import dev.valuex.core.View;
import dev.valuex.core.balance.Agreement;
import dev.valuex.core.balance.Assessment;
import dev.valuex.core.balance.Assessment.Status;
import dev.valuex.core.balance.BalancePolicy;
import dev.valuex.core.balance.BalanceReport;
import dev.valuex.core.balance.BalanceRule;
import dev.valuex.core.balance.CompositeRule;
import dev.valuex.core.balance.GapRule;
import dev.valuex.core.balance.JudgementRule;
import dev.valuex.core.balance.LedgerAssessment;
import dev.valuex.core.balance.PairingCoverageRule;
import dev.valuex.core.balance.WeightedRatioRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of the balance rules in valuex-core, checked on generated ledgers and rules. */
class BalanceRuleProperties {
  /** How a bounded explanation counts the entries it does not name: {@code and 1,234 more}. */
  private static final Pattern MORE = Pattern.compile(" and [0-9][0-9,]* more");

  @Property(tries = 300)
  void everyRuleAssessesEveryLedgerWithoutThrowingAndNamesItself(@ForAll BalanceRule rule,
      @ForAll Ledger ledger) {
    Assessment a = rule.assess(ledger);
    assertEquals(rule.name(), a.rule());
    assertEquals(ledger.id(), a.ledger());
    assertTrue(!a.explanation().isBlank());
    for (LedgerEntry e : a.entries()) {
      assertTrue(ledger.entries().contains(e) || rule instanceof GapRule
          || rule instanceof CompositeRule, () -> "foreign entry " + e);
    }
  }

  @Property(tries = 300)
  void explanationsNameEveryDrivingEntryOrTheFirstFiveAndHowManyMore(
      @ForAll("leafRules") BalanceRule rule, @ForAll Ledger ledger) {
    Assessment a = rule.assess(ledger);
    assertNamed(a, e -> e.element().toString());
  }

  @Property(tries = 300)
  void gapExplanationsNameEveryDrivingEntryOrTheFirstFiveAndHowManyMore(@ForAll Ledger now,
      @ForAll("customerLedgers") Ledger wish) {
    Ledger desired = wish.withView(View.DESIRED).withSubject(now.subject())
        .withPerspective(now.perspective());
    Assessment a = GapRule.defaults().assess(now.withView(View.CURRENT), desired);
    assertNamed(a, e -> e.element() + " (" + e.side() + ")");
  }

  /**
   * Explanations are bounded: every driving entry is named, or, when a list would run past five,
   * at least five are and the explanation says how many more there are (every entry stays in
   * {@link Assessment#entries()}).
   */
  private static void assertNamed(Assessment a, Function<LedgerEntry, String> name) {
    long named = a.entries().stream().filter(e -> a.explanation().contains(name.apply(e)))
        .count();
    if (named < a.entries().size()) {
      assertTrue(a.entries().size() > 5 && named >= 5,
          () -> "only " + named + " of " + a.entries() + " named in: " + a.explanation());
      assertTrue(MORE.matcher(a.explanation()).find(), () -> "no count in: " + a.explanation());
    }
  }

  @Property(tries = 300)
  void assessmentsAreDeterministicAcrossThreads(@ForAll BalanceRule rule,
      @ForAll Ledger ledger) {
    Assessment first = rule.assess(ledger);
    List<Assessment> parallel = IntStream.range(0, 8).parallel()
        .mapToObj(i -> rule.assess(rebuilt(ledger))).collect(Collectors.toList());
    for (Assessment a : parallel) {
      assertEquals(first, a);
    }
  }

  @Property(tries = 300)
  void aRuleNeverChangesTheLedgerOrItsJudgement(@ForAll BalancePolicy policy,
      @ForAll Ledger ledger) {
    Ledger before = rebuilt(ledger);
    LedgerAssessment la = policy.assess(ledger);
    assertEquals(before, ledger);
    assertEquals(before.judgement(), la.judgement());
    assertEquals(ledger.owner(), la.owner());
  }

  @Property(tries = 300)
  void swappingInAndOutMirrorsTheSymmetricRules(@ForAll("symmetricRules") BalanceRule rule,
      @ForAll Ledger ledger) {
    Assessment a = rule.assess(ledger);
    Assessment swapped = rule.assess(swap(ledger));
    assertEquals(a.status().mirrored(), swapped.status(),
        () -> a.explanation() + " | " + swapped.explanation());
    assertEquals(new HashSet<>(swapEntries(a.entries())), new HashSet<>(swapped.entries()));
  }

  @Property(tries = 300)
  void addingAnOutEntryNeverMovesTheWeightedRatioTowardsInHeavy(
      @ForAll WeightedRatioRule rule, @ForAll("customerLedgers") Ledger ledger,
      @ForAll("customerElements") ElementId element,
      @ForAll @IntRange(min = 0, max = 5) int importance) {
    if (ledger.entry(element, Side.OUT).isPresent()) {
      ledger = ledger.withoutEntry(element, Side.OUT);
    }
    LedgerEntry entry = LedgerEntry.of(element, Side.OUT);
    Ledger more = ledger.withEntry(importance == 0 ? entry : entry.withImportance(importance));
    Assessment before = rule.assess(ledger);
    Assessment after = rule.assess(more);
    if (before.status().isPosition() && after.status().isPosition()) {
      assertTrue(lean(after.status()) >= lean(before.status()),
          () -> before.explanation() + " | " + after.explanation());
    }
    if (before.figures().containsKey("ratio") && after.figures().containsKey("ratio")) {
      assertTrue(after.figures().get("ratio") >= before.figures().get("ratio"));
    }
    if (before.status() == Status.OUT_HEAVY) {
      assertTrue(after.status() == Status.OUT_HEAVY || after.status() == Status.INCOMPLETE);
    }
  }

  @Property(tries = 300)
  void addingAPairingNeverLowersCoverage(@ForAll PairingCoverageRule rule,
      @ForAll("customerLedgers") Ledger ledger, @ForAll("pairingPicks") List<Integer> picks) {
    if (ledger.in().isEmpty() || ledger.out().isEmpty()) {
      return;
    }
    ElementId given = ledger.in().get(picks.get(0) % ledger.in().size()).element();
    ElementId received = ledger.out().get(picks.get(1) % ledger.out().size()).element();
    Assessment before = rule.assess(ledger);
    Assessment after = rule.assess(ledger.withPairing(Pairing.of(given, received)));
    assertTrue(after.figures().get("inCoverage") >= before.figures().get("inCoverage"));
    assertTrue(after.figures().get("outCoverage") >= before.figures().get("outCoverage"));
    double newlyPairedIn = after.figures().get("pairedIn") - before.figures().get("pairedIn");
    assertTrue(newlyPairedIn == 0 || newlyPairedIn == 1,
        () -> "pairedIn grew by " + newlyPairedIn);
  }

  @Property(tries = 300)
  void aCompositeOfOneRuleSaysWhatThatRuleSays(@ForAll BalanceRule rule,
      @ForAll CompositeRule.Mode mode, @ForAll Ledger ledger) {
    Assessment alone = rule.assess(ledger);
    Assessment composed = CompositeRule.of("composed-" + rule.name(), mode,
        ImmutableList.of(rule)).assess(ledger);
    assertEquals(alone.status(), composed.status());
    assertEquals(alone.entries(), composed.entries());
    assertEquals(ImmutableList.of(alone), composed.parts());
  }

  @Property(tries = 300)
  void allOfAndAnyOfIgnoreTheOrderOfRules(@ForAll("twoRules") List<BalanceRule> rules,
      @ForAll Ledger ledger) {
    BalanceRule a = rules.get(0);
    BalanceRule b = rules.get(1);
    assertEquals(BalanceRule.allOf("x", a, b).assess(ledger).status(),
        BalanceRule.allOf("x", b, a).assess(ledger).status());
    assertEquals(BalanceRule.anyOf("x", a, b).assess(ledger).status(),
        BalanceRule.anyOf("x", b, a).assess(ledger).status());
  }

  @Property(tries = 300)
  void aCurrentLedgerHasNoGapToItselfAsDesired(@ForAll Ledger ledger) {
    Ledger current = ledger.withView(View.CURRENT);
    Ledger desired = ledger.withView(View.DESIRED).withId(LedgerId.of("desired"));
    Assessment a = GapRule.defaults().assess(current, desired);
    assertEquals(ledger.entries().isEmpty() ? Status.INCOMPLETE : Status.BALANCED, a.status());
    assertEquals(ImmutableList.of(), a.entries());
  }

  @Property(tries = 300)
  void swappingBothLedgersMirrorsTheGap(@ForAll Ledger now,
      @ForAll("customerLedgers") Ledger wish) {
    Ledger current = now.withView(View.CURRENT);
    Ledger desired = wish.withView(View.DESIRED).withSubject(now.subject())
        .withPerspective(now.perspective());
    Assessment a = GapRule.defaults().assess(current, desired);
    Assessment b = GapRule.defaults().assess(swap(current), swap(desired));
    assertEquals(a.status().mirrored(), b.status());
  }

  @Property(tries = 200)
  void theOwnersJudgementNeverDisagreesWithItself(@ForAll Ledger ledger) {
    Assessment a = JudgementRule.defaults().assess(ledger);
    assertNotEquals(Agreement.DISAGREES, a.agreementWith(ledger.judgement()));
  }

  @Property(tries = 200)
  void reportCountsAddUpToTheLedgersAndListThem(@ForAll BalancePolicy policy,
      @ForAll("someLedgers") List<Ledger> ledgers) {
    BalanceReport report = policy.evaluate(ledgers);
    assertEquals(ledgers.size(), report.ledgers().size());
    for (BalanceRule rule : policy.rules()) {
      int total = 0;
      for (Status s : Status.values()) {
        int n = report.counts(rule.name()).get(s);
        assertEquals(n, report.ledgersWith(rule.name(), s).size());
        total += n;
      }
      assertEquals(ledgers.size(), total);
    }
    for (LedgerAssessment la : report.disagreements()) {
      assertTrue(la.judgement().isPresent());
    }
  }

  @Property(tries = 200)
  void generatedRulesAndReportsSurviveRevalidation(@ForAll PairingCoverageRule coverage,
      @ForAll WeightedRatioRule ratio, @ForAll GapRule gap, @ForAll BalanceReport report,
      @ForAll Assessment assessment) {
    // Copies run every @Value.Check again: a generated value that broke a rule would throw.
    assertEquals(coverage, coverage.withName("x").withName(coverage.name()));
    assertEquals(ratio, ratio.withName("x").withName(ratio.name()));
    assertEquals(gap, gap.withName("x").withName(gap.name()));
    assertEquals(report, report.withPolicy("x").withPolicy(report.policy()));
    assertEquals(assessment, assessment.withRule("x").withRule(assessment.rule()));
  }

  @Provide
  Arbitrary<BalanceRule> symmetricRules() {
    Arbitrary<BalanceRule> leaf = Arbitraries.oneOf(
        ValuexArbitraries.pairingCoverageRules()
            .map(r -> r.withMinimumOutCoverage(r.minimumInCoverage())),
        ValuexArbitraries.weightedRatioRules(), ValuexArbitraries.countParityRules());
    Arbitrary<BalanceRule> composite = leaf.list().ofMinSize(1).ofMaxSize(3)
        .uniqueElements(BalanceRule::name)
        .flatMap(rules -> Arbitraries.of(CompositeRule.Mode.class)
            .map(mode -> CompositeRule.of("composite", mode, rules)));
    return Arbitraries.oneOf(leaf, composite);
  }

  @Provide
  Arbitrary<BalanceRule> leafRules() {
    return Arbitraries.oneOf(ValuexArbitraries.pairingCoverageRules(),
        ValuexArbitraries.weightedRatioRules(), ValuexArbitraries.countParityRules());
  }

  @Provide
  Arbitrary<List<BalanceRule>> twoRules() {
    return ValuexArbitraries.balanceRules().list().ofSize(2).uniqueElements(BalanceRule::name);
  }

  @Provide
  Arbitrary<Ledger> customerLedgers() {
    return ValuexArbitraries.ledgers();
  }

  @Provide
  Arbitrary<ElementId> customerElements() {
    return Arbitraries.of(LedgerArbitrary.DEFAULT_ELEMENTS);
  }

  @Provide
  Arbitrary<List<Integer>> pairingPicks() {
    return Arbitraries.integers().between(0, 100).list().ofSize(2);
  }

  @Provide
  Arbitrary<List<Ledger>> someLedgers() {
    return ValuexArbitraries.ledgers().list().ofMaxSize(6);
  }

  /** The rank of a position from IN_HEAVY (0) to OUT_HEAVY (2). */
  private static int lean(Status s) {
    return s == Status.IN_HEAVY ? 0 : s == Status.BALANCED ? 1 : 2;
  }

  /** An equal ledger built afresh, so no rule can rely on object identity. */
  private static Ledger rebuilt(Ledger l) {
    return Ledger.builder().id(l.id()).subject(l.subject()).owner(l.owner()).author(l.author())
        .perspective(l.perspective()).view(l.view()).context(l.context()).purpose(l.purpose())
        .asOf(l.asOf()).addAllEntries(l.entries()).addAllPairings(l.pairings())
        .judgement(l.judgement()).addAllNotes(l.notes()).supersedes(l.supersedes()).build();
  }

  /** The same ledger with IN and OUT swapped, pairings turned round. */
  static Ledger swap(Ledger l) {
    List<Pairing> pairings = new ArrayList<>();
    for (Pairing p : l.pairings()) {
      pairings.add(Pairing.builder().addAllGiven(p.received()).addAllReceived(p.given())
          .note(p.note()).build());
    }
    return l.withPairings(ImmutableList.of()).withEntries(swapEntries(l.entries()))
        .withPairings(pairings);
  }

  private static List<LedgerEntry> swapEntries(List<LedgerEntry> entries) {
    List<LedgerEntry> result = new ArrayList<>();
    for (LedgerEntry e : entries) {
      result.add(e.withSide(e.side().opposite()));
    }
    return result;
  }
}
