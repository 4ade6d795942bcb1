package dev.valuex.testing;

import dev.valuex.core.BalanceJudgement;
import dev.valuex.core.ElementId;
import dev.valuex.core.Evidence;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Pairing;
import dev.valuex.core.Perspective;
import dev.valuex.core.Provenance;
import dev.valuex.core.Side;
import dev.valuex.core.Subject;
import dev.valuex.core.ValueElement;
import dev.valuex.core.View;
import dev.valuex.core.balance.Assessment;
import dev.valuex.core.balance.BalancePolicy;
import dev.valuex.core.balance.BalanceReport;
import dev.valuex.core.balance.BalanceRule;
import dev.valuex.core.balance.CompositeRule;
import dev.valuex.core.balance.CountParityRule;
import dev.valuex.core.balance.GapRule;
import dev.valuex.core.balance.JudgementRule;
import dev.valuex.core.balance.PairingCoverageRule;
import dev.valuex.core.balance.WeightedRatioRule;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Factories of jqwik arbitraries for every public valuex core type, balance rules included. Every value they generate
 * is valid by construction, so no generated value is ever filtered away.
 *
 * <pre>{@code
 * @Property
 * void everyEntryHasAnElement(@ForAll("ledgers") Ledger ledger) { ... }
 *
 * @Provide
 * Arbitrary<Ledger> ledgers() {
 *   return ValuexArbitraries.ledgers().entriesPerLedger(1, 12);
 * }
 * }</pre>
 */
public final class ValuexArbitraries {
  private ValuexArbitraries() {}

  /**
   * Generates element ids in decks of the three perspectives and the custom deck.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<ElementId> elementIds() {
    Arbitrary<String> deck = Arbitraries.of(
        Perspective.CUSTOMER.deck(), Perspective.BUSINESS_OWNER.deck(),
        Perspective.EMPLOYEE.deck(), ValueElement.CUSTOM_DECK);
    return Combinators.combine(deck, Texts.slug()).as(ElementId::of);
  }

  /**
   * Generates ledger ids such as {@code p12-current}.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<LedgerId> ledgerIds() {
    return Combinators.combine(Texts.slug(), Arbitraries.integers().between(0, 99_999))
        .as((s, n) -> LedgerId.of(s + ":" + n));
  }

  /**
   * Generates provenances of every kind, with a source note where the kind needs one.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<Provenance> provenances() {
    return Arbitraries.of(Provenance.Kind.class).flatMap(kind -> {
      Arbitrary<String> note = Texts.phrase(4);
      if (kind == Provenance.Kind.PUBLIC_FRAMEWORK) {
        return note.map(n -> Provenance.of(kind, n));
      }
      return note.optional().map(n -> n.map(s -> Provenance.of(kind, s))
          .orElseGet(() -> Provenance.of(kind)));
    });
  }

  /**
   * Generates value elements with every attribute filled in or left out.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<ValueElement> valueElements() {
    Arbitrary<ValueElement> core = Combinators.combine(
        elementIds(), Texts.phrase(3).map(s -> s.toUpperCase(java.util.Locale.ROOT)),
        Texts.phrase(5), Texts.phrase(14), Arbitraries.of(Perspective.class),
        Arbitraries.of("functional", "emotional", "life changing", "social impact"),
        Arbitraries.of(Side.class).optional(), provenances())
        .as((id, name, phrase, sentence, perspective, category, side, provenance) ->
            ValueElement.builder().id(id).name(name).shortPhrase(phrase).sentence(sentence)
                .perspective(perspective).category(category).typicalSide(side)
                .provenance(provenance).build());
    return Combinators.combine(core, Texts.word().set().ofMaxSize(6),
            Texts.phrase(12).list().ofMaxSize(3), Texts.phrase(8).list().ofMaxSize(2))
        .as((e, keywords, statements, measures) -> e.withKeywords(keywords)
            .withExampleStatements(statements).withExampleMeasures(measures));
  }

  /**
   * Generates subjects of every kind with zero to three segment tags.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<Subject> subjects() {
    return Combinators.combine(Arbitraries.of(Subject.Kind.class), Texts.pseudonym(),
            Texts.slug().set().ofMaxSize(3))
        .as((kind, label, segments) ->
            Subject.builder().kind(kind).label(label).addAllSegments(segments).build());
  }

  /**
   * Generates evidence of every kind, with or without source, speaker and date.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<Evidence> evidence() {
    return Combinators.combine(Arbitraries.of(Evidence.Kind.class), Texts.phrase(16),
            Texts.phrase(4).optional(), Texts.pseudonym().optional(), dates().optional())
        .as((kind, text, source, speaker, date) -> Evidence.builder().kind(kind).text(text)
            .source(source).speaker(speaker).date(date).build());
  }

  /**
   * Generates balance judgements with every verdict.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<BalanceJudgement> judgements() {
    return Combinators.combine(Arbitraries.of(BalanceJudgement.Verdict.class),
            Texts.phrase(14).optional(), Texts.pseudonym(), dates())
        .as((verdict, rationale, by, on) -> BalanceJudgement.builder().verdict(verdict)
            .rationale(rationale).recordedBy(by).recordedOn(on).build());
  }

  /**
   * Generates single ledger entries for any element, with zero to three pieces of evidence.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<LedgerEntry> ledgerEntries() {
    return Combinators.combine(elementIds(), Arbitraries.of(Side.class))
        .flatAs((element, side) -> entries(element, side, 0, 3));
  }

  /**
   * Generates free-standing pairings of one to three given and received elements. To get
   * pairings that fit a ledger, generate the ledger with {@link #ledgers()}.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<Pairing> pairings() {
    return Combinators.combine(elementIds().set().ofMinSize(1).ofMaxSize(3),
            elementIds().set().ofMinSize(1).ofMaxSize(3), Texts.phrase(8).optional())
        .as((given, received, note) ->
            Pairing.builder().addAllGiven(given).addAllReceived(received).note(note).build());
  }

  /**
   * Generates ledgers whose pairings always name their own entries. The returned arbitrary has
   * knobs for entries per ledger, evidence per entry and the element universe.
   *
   * @return a new ledger arbitrary with the default knobs, never null
   */
  public static LedgerArbitrary ledgers() {
    return new LedgerArbitrary();
  }

  /**
   * Generates pairing coverage rules with minimums from 0 to 1, named by default or by a slug.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<PairingCoverageRule> pairingCoverageRules() {
    return Combinators.combine(ruleNames(PairingCoverageRule.DEFAULT_NAME), shares(), shares())
        .as((name, in, out) -> PairingCoverageRule.builder().name(name).minimumInCoverage(in)
            .minimumOutCoverage(out).build());
  }

  /**
   * Generates weighted ratio rules with tolerances from 0 to 2, with and without a default
   * weight for unweighted entries.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<WeightedRatioRule> weightedRatioRules() {
    Arbitrary<OptionalDouble> weight = Arbitraries.doubles()
        .between(LedgerEntry.MIN_IMPORTANCE, LedgerEntry.MAX_IMPORTANCE).ofScale(1).optional()
        .map(o -> o.map(OptionalDouble::of).orElse(OptionalDouble.empty()));
    return Combinators.combine(ruleNames(WeightedRatioRule.DEFAULT_NAME),
            Arbitraries.doubles().between(0, 2).ofScale(2), weight)
        .as((name, tolerance, w) -> WeightedRatioRule.builder().name(name).tolerance(tolerance)
            .defaultWeight(w).build());
  }

  /**
   * Generates count parity rules allowing a difference of 0 to 3.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<CountParityRule> countParityRules() {
    return Combinators.combine(ruleNames(CountParityRule.DEFAULT_NAME),
            Arbitraries.integers().between(0, 3))
        .as((name, max) -> CountParityRule.builder().name(name).maxDifference(max).build());
  }

  /**
   * Generates gap rules holding zero to two DESIRED ledgers of distinct subjects.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<GapRule> gapRules() {
    Arbitrary<List<Ledger>> desired = ledgers().entriesPerLedger(0, 8)
        .map(l -> l.withView(View.DESIRED))
        .list().ofMaxSize(2).uniqueElements(l -> l.subject().kind() + " " + l.subject().label()
            + " " + l.perspective());
    return Combinators.combine(ruleNames(GapRule.DEFAULT_NAME), desired)
        .as((name, ledgers) -> GapRule.builder().name(name).addAllDesired(ledgers).build());
  }

  /**
   * Generates balance rules: every built-in rule, and all-of, any-of and first-applicable
   * compositions of one to three of them.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<BalanceRule> balanceRules() {
    Arbitrary<BalanceRule> composite = Combinators.combine(ruleNames("composite"),
            Arbitraries.of(CompositeRule.Mode.class),
            leafRules().list().ofMinSize(1).ofMaxSize(3).uniqueElements(BalanceRule::name))
        .as(CompositeRule::of);
    return Arbitraries.frequencyOf(Tuple.of(4, leafRules()), Tuple.of(1, composite));
  }

  /**
   * Generates assessments by running a generated rule over a generated ledger, so every
   * assessment is one a rule could give.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<Assessment> assessments() {
    return Combinators.combine(balanceRules(), ledgers()).as((r, l) -> r.assess(l));
  }

  /**
   * Generates balance policies of one to four rules with distinct names.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<BalancePolicy> balancePolicies() {
    return Combinators.combine(Texts.phrase(3),
            balanceRules().list().ofMinSize(1).ofMaxSize(4).uniqueElements(BalanceRule::name))
        .as((name, rules) -> BalancePolicy.builder().name(name).addAllRules(rules).build());
  }

  /**
   * Generates reports of a generated policy run over zero to five generated ledgers.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<BalanceReport> balanceReports() {
    return Combinators.combine(balancePolicies(), ledgers().list().ofMaxSize(5))
        .as((policy, ledgers) -> policy.evaluate(ledgers));
  }

  private static Arbitrary<BalanceRule> leafRules() {
    return Arbitraries.oneOf(pairingCoverageRules(), weightedRatioRules(), countParityRules(),
        gapRules(), ruleNames(JudgementRule.DEFAULT_NAME)
            .map(name -> JudgementRule.builder().name(name).build()));
  }

  private static Arbitrary<String> ruleNames(String defaultName) {
    return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(defaultName)),
        Tuple.of(1, Texts.slug()));
  }

  private static Arbitrary<Double> shares() {
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(0.0, 0.5, 1.0)),
        Tuple.of(2, Arbitraries.doubles().between(0, 1).ofScale(2)));
  }

  static Arbitrary<LedgerEntry> entries(ElementId element, Side side, int minEvidence,
      int maxEvidence) {
    Arbitrary<OptionalInt> importance = Arbitraries.integers()
        .between(LedgerEntry.MIN_IMPORTANCE, LedgerEntry.MAX_IMPORTANCE)
        .optional().map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty()));
    return Combinators.combine(importance,
            evidence().list().ofMinSize(minEvidence).ofMaxSize(maxEvidence),
            Texts.phrase(10).optional())
        .as((imp, ev, note) -> {
          LedgerEntry.Builder b = LedgerEntry.builder().element(element).side(side)
              .addAllEvidence(ev).note(note);
          imp.ifPresent(b::importance);
          return b.build();
        });
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 365 * 15)
        .map(d -> LocalDate.of(2015, 1, 1).plusDays(d));
  }
}
