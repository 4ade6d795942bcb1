package dev.valuex.planning;

import dev.valuex.core.ElementId;
import dev.valuex.core.analysis.LedgerSummary;
import dev.valuex.core.analysis.Slice;
import dev.valuex.core.journey.JourneyModel;
import dev.valuex.core.testkit.NullSweep;
import dev.valuex.planning.program.ProgramScope;
import dev.valuex.planning.program.ProgramType;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sweeps every public static factory of planning's exported packages, the copy methods of its
 * plans and every builder setter, passing null for one parameter at a time: each must throw a
 * NullPointerException whose message names that parameter (STYLE.md); see {@link NullSweep}
 * for what is swept and why collection adders are not.
 */
class NullMessageTest {
  private static final Map<Class<?>, Object> SAMPLES = NullSweep.commonSamples()
      .put(ElementId.class, ElementId.of("customer", "simplification"))
      .put(JourneyModel.class, JourneyModel.fiveStage())
      .put(ValueCreationPlan.class, MethodExamples.plan())
      .put(PlanRow.class, MethodExamples.simplification())
      .put(PlanId.class, PlanId.of("sample-plan"))
      .put(RowStages.class, RowStages.of(JourneyModel.fiveStage()))
      .put(Appendable.class, new StringBuilder())
      .put(String[].class, new String[0])
      .put(ValueProposition.class, PropositionFitTest.OFFER)
      .put(LedgerSummary.class, LedgerSummary.empty())
      .put(Review.class, Review.builder().date(LocalDate.of(2026, 6, 1)).reviewer("team")
          .build())
      .put(When.class, When.milestone("launch"))
      .put(Period.class, Period.ofMonths(1))
      .put(Slice.class, Slice.all())
      .put(ProgramScope.class, ProgramScope.of("bakery club", ProgramType.values()[0]))
      .buildKeepingLast();

  @Test
  void everyFactoryAndCopyMethodNamesTheNullParameter() throws Exception {
    NullSweep.of(ValueCreationPlan.class, SAMPLES).factoriesAndCopies().assertEveryNullNamed(15);
  }

  @Test
  void everyBuilderSetterNamesTheNullParameter() throws Exception {
    NullSweep.of(ValueCreationPlan.class, SAMPLES).builderSetters().assertEveryNullNamed(20);
  }
}
