package dev.valuex.testing;

import com.google.common.collect.ImmutableMap;
import dev.valuex.core.measure.Measure;
import dev.valuex.core.measure.Observation;
import dev.valuex.planning.Action;
import dev.valuex.planning.CreationApproach;
import dev.valuex.planning.PlanRow;
import dev.valuex.planning.ValueCreationPlan;
import dev.valuex.planning.When;
import dev.valuex.planning.program.ProgramExchange;
import dev.valuex.planning.program.ProgramScope;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Makes {@code @ForAll} work for measures, observations, value creation plans and program
 * exchanges. jqwik finds
 * it through {@link java.util.ServiceLoader}, and {@link ValuexDomain} includes it. A {@code
 * ValueCreationPlan} parameter gets a plan with reviews ({@link
 * PlanArbitraries#reviewedPlans()}).
 */
public final class PlanningArbitraryProvider implements ArbitraryProvider {
  private static final ImmutableMap<Class<?>, Supplier<Arbitrary<?>>> ARBITRARIES =
      ImmutableMap.<Class<?>, Supplier<Arbitrary<?>>>builder()
          .put(Measure.class, MeasureArbitraries::measures)
          .put(Observation.class, MeasureArbitraries::observations)
          .put(When.class, PlanArbitraries::whens)
          .put(Action.class, PlanArbitraries::actions)
          .put(CreationApproach.class, PlanArbitraries::approaches)
          .put(PlanRow.class, PlanArbitraries::rows)
          .put(ValueCreationPlan.class, PlanArbitraries::reviewedPlans)
          .put(ProgramScope.class, ProgramArbitraries::scopes)
          .put(ProgramExchange.class, ProgramArbitraries::exchanges)
          .buildOrThrow();

  /** Creates the provider; jqwik calls this through the service loader. */
  public PlanningArbitraryProvider() {}

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
