package dev.valuex.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.measure.Achievement;
import dev.valuex.core.measure.Measure;
import dev.valuex.core.measure.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of measures and percentage achieved (core cannot depend on this module). */
class MeasureProperties {

  @Property(tries = 500)
  void percentageAchievedIsMonotoneInTheActualForEachDirection(
      @ForAll("measureAndTwoActuals") MeasureAndActuals in) {
    double low = Math.min(in.first, in.second);
    double high = Math.max(in.first, in.second);
    double atLow = in.measure.percentageAchieved(low);
    double atHigh = in.measure.percentageAchieved(high);
    if (in.measure.direction() == Measure.Direction.AT_LEAST) {
      assertTrue(atLow <= atHigh, () -> atLow + " at " + low + " > " + atHigh + " at " + high);
    } else {
      assertTrue(atLow >= atHigh, () -> atLow + " at " + low + " < " + atHigh + " at " + high);
    }
  }

  @Property(tries = 500)
  void metHoldsExactlyWhenTheActualSatisfiesTheTarget(
      @ForAll("measureAndTwoActuals") MeasureAndActuals in) {
    Measure m = in.measure;
    Achievement a = m.achievement(in.first);
    boolean satisfies = m.direction() == Measure.Direction.AT_LEAST
        ? in.first >= m.target()
        : in.first <= m.target();
    assertEquals(satisfies, a.met());
    assertEquals(a.met(), a.percentage() >= 100, () -> a.toString());
  }

  @Property(tries = 300)
  void theTargetItselfIsExactlyOneHundredPercent(@ForAll("measures") Measure m) {
    assertEquals(100.0, m.percentageAchieved(m.target()));
    assertTrue(m.isMet(m.target()));
  }

  @Property(tries = 300)
  void theBaselineIsZeroPercent(@ForAll("measures") Measure m) {
    m.baseline().ifPresent(b -> assertEquals(0.0, m.percentageAchieved(b), 1e-9));
  }

  @Property(tries = 300)
  void aggregationMatchesItsDefinition(@ForAll("measureAndObservations") MeasureAndObs in) {
    Measure m = in.measure;
    OptionalDouble actual = m.aggregate(in.observations);
    if (in.observations.isEmpty()) {
      assertTrue(actual.isEmpty());
      return;
    }
    double sum = 0;
    Observation latest = in.observations.get(0);
    for (Observation o : in.observations) {
      sum += o.value();
      if (!o.date().isBefore(latest.date())) {
        latest = o;
      }
    }
    double expected;
    switch (m.aggregation()) {
      case SUM:
        expected = sum;
        break;
      case MEAN:
        expected = sum / in.observations.size();
        break;
      case COUNT:
        expected = in.observations.size();
        break;
      default:
        expected = latest.value();
    }
    assertEquals(expected, actual.getAsDouble(), 1e-9);
  }

  @Provide
  Arbitrary<Measure> measures() {
    return MeasureArbitraries.measures();
  }

  @Provide
  Arbitrary<MeasureAndActuals> measureAndTwoActuals() {
    return MeasureArbitraries.measures().flatMap(m -> Combinators.combine(
        MeasureArbitraries.actuals(m), MeasureArbitraries.actuals(m))
        .as((a, b) -> new MeasureAndActuals(m, a, b)));
  }

  @Provide
  Arbitrary<MeasureAndObs> measureAndObservations() {
    return MeasureArbitraries.measures().flatMap(m -> MeasureArbitraries.observations(m)
        .list().ofMaxSize(8).map(obs -> new MeasureAndObs(m, obs)));
  }

  static final class MeasureAndActuals {
    final Measure measure;
    final double first;
    final double second;

    MeasureAndActuals(Measure measure, double first, double second) {
      this.measure = measure;
      this.first = first;
      this.second = second;
    }

    @Override
    public String toString() {
      return measure + " actuals " + first + ", " + second;
    }
  }

  static final class MeasureAndObs {
    final Measure measure;
    final List<Observation> observations;

    MeasureAndObs(Measure measure, List<Observation> observations) {
      this.measure = measure;
      this.observations = new ArrayList<>(observations);
    }

    @Override
    public String toString() {
      return measure + " " + observations;
    }
  }
}
