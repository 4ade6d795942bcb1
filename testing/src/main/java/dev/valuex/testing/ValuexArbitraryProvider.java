package dev.valuex.testing;

import com.google.common.collect.ImmutableMap;
import dev.valuex.core.BalanceJudgement;
import dev.valuex.core.ElementId;
import dev.valuex.core.Evidence;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Pairing;
import dev.valuex.core.Provenance;
import dev.valuex.core.Subject;
import dev.valuex.core.ValueElement;
import dev.valuex.core.analysis.GroupLedger;
import dev.valuex.core.analysis.GroupRule;
import dev.valuex.core.analysis.GroupThreshold;
import dev.valuex.core.balance.Assessment;
import dev.valuex.core.balance.BalancePolicy;
import dev.valuex.core.balance.BalanceReport;
import dev.valuex.core.balance.BalanceRule;
import dev.valuex.core.balance.CountParityRule;
import dev.valuex.core.balance.GapRule;
import dev.valuex.core.balance.PairingCoverageRule;
import dev.valuex.core.balance.WeightedRatioRule;
import dev.valuex.core.measure.Measure;
import dev.valuex.core.measure.Observation;
import dev.valuex.metrics.AttributeProfile;
import dev.valuex.metrics.CustomerEffortScore;
import dev.valuex.metrics.CustomerSatisfaction;
import dev.valuex.metrics.KanoProfile;
import dev.valuex.metrics.MetricReading;
import dev.valuex.metrics.NetPromoterScore;
import dev.valuex.core.journey.Job;
import dev.valuex.core.journey.Journey;
import dev.valuex.core.journey.JourneyModel;
import dev.valuex.core.journey.StageTags;
import dev.valuex.metrics.OpportunityScore;
import dev.valuex.metrics.RatingScale;
import dev.valuex.metrics.Retention;
import dev.valuex.planning.Action;
import dev.valuex.planning.CreationApproach;
import dev.valuex.planning.Offering;
import dev.valuex.planning.PlanRow;
import dev.valuex.planning.RowStages;
import dev.valuex.planning.ValueCreationPlan;
import dev.valuex.planning.ValueProposition;
import dev.valuex.planning.When;
import dev.valuex.planning.program.ProgramExchange;
import dev.valuex.planning.program.ProgramScope;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Makes {@code @ForAll} work for every valuex model type without further set-up (a {@code
 * ValueCreationPlan} comes with reviews). jqwik finds
 * this provider through {@link java.util.ServiceLoader}; it uses the defaults of {@link
 * ValuexArbitraries}. Use {@link ValuexDomain} to restrict a property to valuex types only, or
 * {@code @Provide} methods to set knobs.
 */
public final class ValuexArbitraryProvider implements ArbitraryProvider {
  private static final ImmutableMap<Class<?>, Supplier<Arbitrary<?>>> ARBITRARIES =
      ImmutableMap.<Class<?>, Supplier<Arbitrary<?>>>builder()
          .put(ElementId.class, ValuexArbitraries::elementIds)
          .put(LedgerId.class, ValuexArbitraries::ledgerIds)
          .put(Provenance.class, ValuexArbitraries::provenances)
          .put(ValueElement.class, ValuexArbitraries::valueElements)
          .put(Subject.class, ValuexArbitraries::subjects)
          .put(Evidence.class, ValuexArbitraries::evidence)
          .put(BalanceJudgement.class, ValuexArbitraries::judgements)
          .put(LedgerEntry.class, ValuexArbitraries::ledgerEntries)
          .put(Pairing.class, ValuexArbitraries::pairings)
          .put(Ledger.class, ValuexArbitraries::ledgers)
          .put(PairingCoverageRule.class, ValuexArbitraries::pairingCoverageRules)
          .put(WeightedRatioRule.class, ValuexArbitraries::weightedRatioRules)
          .put(CountParityRule.class, ValuexArbitraries::countParityRules)
          .put(GapRule.class, ValuexArbitraries::gapRules)
          .put(BalanceRule.class, ValuexArbitraries::balanceRules)
          .put(Assessment.class, ValuexArbitraries::assessments)
          .put(BalancePolicy.class, ValuexArbitraries::balancePolicies)
          .put(BalanceReport.class, ValuexArbitraries::balanceReports)
          .put(Measure.class, MeasureArbitraries::measures)
          .put(Observation.class, MeasureArbitraries::observations)
          .put(When.class, PlanArbitraries::whens)
          .put(Action.class, PlanArbitraries::actions)
          .put(CreationApproach.class, PlanArbitraries::approaches)
          .put(PlanRow.class, PlanArbitraries::rows)
          .put(ValueCreationPlan.class, PlanArbitraries::reviewedPlans)
          .put(ProgramScope.class, ProgramArbitraries::scopes)
          .put(ProgramExchange.class, ProgramArbitraries::exchanges)
          // metrics: stored values
          .put(MetricReading.class, MetricArbitraries::readings)
          .put(RatingScale.class, MetricArbitraries::ratingScales)
          .put(NetPromoterScore.class, MetricArbitraries::netPromoterScores)
          .put(CustomerSatisfaction.class, MetricArbitraries::satisfactions)
          .put(CustomerEffortScore.class, MetricArbitraries::effortScores)
          .put(Retention.class, MetricArbitraries::retentions)
          .put(OpportunityScore.class, MetricArbitraries::opportunityScores)
          .put(KanoProfile.class, MetricArbitraries::kanoProfiles)
          .put(AttributeProfile.class, MetricArbitraries::attributeProfiles)
          // journeys
          .put(JourneyModel.class, JourneyArbitraries::models)
          .put(Job.class, JourneyArbitraries::jobs)
          .put(Journey.class, JourneyArbitraries::journeys)
          .put(StageTags.class, JourneyArbitraries::stageTags)
          .put(RowStages.class, JourneyArbitraries::rowStages)
          // group ledgers
          .put(GroupThreshold.class, GroupArbitraries::thresholds)
          .put(GroupRule.class, GroupArbitraries::rules)
          .put(GroupLedger.class, GroupArbitraries::groupLedgers)
          // value propositions
          .put(Offering.class, PropositionArbitraries::offerings)
          .put(ValueProposition.class, PropositionArbitraries::propositions)
          .buildOrThrow();

  /** Creates the provider; jqwik calls this through the service loader. */
  public ValuexArbitraryProvider() {}

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return ARBITRARIES.keySet().stream().anyMatch(targetType::isOfType);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    for (var e : ARBITRARIES.entrySet()) {
      if (targetType.isOfType(e.getKey())) {
        return Set.of(e.getValue().get());
      }
    }
    return Set.of();
  }
}
