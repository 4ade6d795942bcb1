package dev.valuex.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.valuex.core.agreement.AgreementOptions;
import dev.valuex.core.analysis.ElementCombinations;
import dev.valuex.core.analysis.GroupRule;
import dev.valuex.core.analysis.GroupThreshold;
import dev.valuex.core.analysis.ImportanceDistribution;
import dev.valuex.core.analysis.LedgerSummary;
import dev.valuex.core.analysis.Placement;
import dev.valuex.core.analysis.Slice;
import dev.valuex.core.balance.Assessment;
import dev.valuex.core.balance.BalanceRule;
import dev.valuex.core.journey.Journey;
import dev.valuex.core.journey.JourneyModel;
import dev.valuex.core.journey.StageTags;
import dev.valuex.core.testkit.NullSweep;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Sweeps every public static factory of every package core exports, the copy methods
 * ({@code with...}, {@code plus...}) of its main value types and every builder setter, passing
 * null for one parameter at a time: each must throw a NullPointerException whose message names
 * that parameter (STYLE.md, "null to a hand-written factory"); see {@link NullSweep}.
 */
class NullMessageTest {

  private static final ElementId ELEMENT = ElementId.of("customer", "savings");

  /** A valid, non-null value for every parameter type a swept method takes. */
  private static final Map<Class<?>, Object> SAMPLES = samples();

  private static Map<Class<?>, Object> samples() {
    Ledger ledger = LedgerTest.sample();
    Evidence evidence = Evidence.quote("I save money");
    return NullSweep.commonSamples()
        .put(String.class, "sample")
        .put(CharSequence.class, "customer.savings")
        .put(Iterable.class, ImmutableList.of())
        .put(List.class, ImmutableList.of())
        .put(Map.class, ImmutableMap.of())
        .put(Set.class, Set.of())
        .put(Optional.class, Optional.empty())
        .put(LocalDate.class, LocalDate.of(2026, 3, 14))
        .put(YearMonth.class, YearMonth.of(2026, 3))
        .put(long[].class, new long[0])
        .put(int[].class, new int[0])
        .put(ElementId.class, ELEMENT)
        .put(LedgerId.class, LedgerId.of("p07-current"))
        .put(Ledger.class, ledger)
        .put(LedgerEntry.class, LedgerEntry.of(ELEMENT, Side.OUT))
        .put(Evidence.class, evidence)
        .put(Pairing.class, Pairing.of(ELEMENT, ElementId.of("customer", "money")))
        .put(Subject.class, Subject.of(Subject.Kind.INDIVIDUAL, "P07"))
        .put(Provenance.class, Provenance.of(Provenance.Kind.values()[0]))
        .put(JourneyModel.class, JourneyModel.fiveStage())
        .put(StageTags.class, StageTags.of(JourneyModel.fiveStage()))
        .put(Journey.class, Journey.builder().name("broadband").model(JourneyModel.fiveStage())
            .build())
        .put(Placement.class, Placement.of(ELEMENT, Side.OUT))
        .put(ElementCombinations.class, ElementCombinations.on(Side.OUT))
        .put(LedgerSummary.class, LedgerSummary.empty())
        .put(Slice.class, Slice.all())
        .put(Function.class, Function.identity())
        .put(BalanceRule[].class, new BalanceRule[0])
        .put(Collection.class, ImmutableList.of())
        .put(OptionalInt.class, OptionalInt.empty())
        .put(OptionalLong.class, OptionalLong.empty())
        .put(OptionalDouble.class, OptionalDouble.empty())
        .put(ImportanceDistribution.class, ImportanceDistribution.none())
        .put(BalanceJudgement.class, BalanceJudgement.builder()
            .verdict(BalanceJudgement.Verdict.values()[0]).recordedBy("P07")
            .recordedOn(LocalDate.of(2026, 3, 14)).build())
        .put(AgreementOptions.class, AgreementOptions.defaults())
        .put(GroupThreshold.class, GroupThreshold.ofShare(0.5))
        .put(GroupRule.class, GroupRule.builder().id(LedgerId.of("commuter-current"))
            .subject(Subject.of(Subject.Kind.SEGMENT, "commuter")).owner("commuter panel")
            .author("researcher-2").threshold(GroupThreshold.ofShare(0.5)).build())
        .buildKeepingLast();
  }

  @Test
  void everyFactoryAndCopyMethodNamesTheNullParameter() throws Exception {
    NullSweep sweep = NullSweep.of(Assessment.class, SAMPLES).factoriesAndCopies();
    assertTrue(sweep.checked() > 50, "swept only " + sweep.checked() + " parameters");
    assertEquals(List.of(), sweep.problems(), "null messages that do not name the parameter");
  }

  @Test
  void everyBuilderSetterNamesTheNullParameter() throws Exception {
    NullSweep sweep = NullSweep.of(Assessment.class, SAMPLES).builderSetters();
    assertTrue(sweep.checked() > 50, "swept only " + sweep.checked() + " parameters");
    assertEquals(List.of(), sweep.problems(), "null messages that do not name the parameter");
  }
}
