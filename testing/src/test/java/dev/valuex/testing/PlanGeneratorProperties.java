package dev.valuex.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.valuex.core.measure.Measure;
import dev.valuex.planning.ValueCreationPlan;
import dev.valuex.planning.program.ProgramExchange;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;

/** The planning generators' promises: valid values, and the interesting cases do occur. */
@Domain(ValuexDomain.class)
class PlanGeneratorProperties {

  @Property(tries = 300)
  void generatedPlansSurviveRevalidationAndOftenCarryObservations(
      @ForAll ValueCreationPlan plan) {
    // Copies run every @Value.Check again: a generated plan that broke a rule would throw.
    assertEquals(plan, plan.withTitle(plan.title() + "x").withTitle(plan.title()));
    Statistics.label("observed").collect(!plan.observations().isEmpty());
    Statistics.label("observed").coverage(c -> c.check(true).percentage(p -> p >= 10));
    Statistics.label("complete row").collect(plan.rows().stream().anyMatch(r -> r.isComplete()));
    Statistics.label("complete row").coverage(c -> c.check(true).percentage(p -> p >= 8));
  }

  // Edge cases off: they are mixed in first and would skew a statistic about random draws
  // (one run saw a bucket at 8.7% of 300 tries where about 25% is expected).
  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void generatedMeasuresCoverEveryDirectionWithAndWithoutBaseline(@ForAll Measure m) {
    assertEquals(m, m.withUnit(m.unit() + "s").withUnit(m.unit()));
    Statistics.label("shape").collect(m.direction(), m.baseline().isPresent());
    Statistics.label("shape").coverage(c -> {
      for (Measure.Direction d : Measure.Direction.values()) {
        c.check(d, true).percentage(p -> p >= 10);
        c.check(d, false).percentage(p -> p >= 10);
      }
    });
  }

  @Property(tries = 300)
  void generatedExchangesSometimesPairEverything(@ForAll ProgramExchange ex) {
    assertEquals(ex, ex.withPairings(ex.pairings()));
    boolean mutual = ex.findings().stream().noneMatch(f -> f.kind().name().startsWith("UNPAIRED"));
    Statistics.label("mutual").collect(mutual);
    Statistics.label("mutual").coverage(c -> c.check(true).percentage(p -> p >= 8));
  }
}
