package dev.valuex.testing;

import dev.valuex.core.measure.Measure;
import dev.valuex.core.measure.Observation;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Factories of jqwik arbitraries for measures of value and their observations. Targets and
 * baselines are generated so that every measure passes validation: above the baseline for at
 * least, below it for at most, never negative for counts and durations.
 *
 * <pre>{@code
 * @Property
 * void metMeansOneHundredPercentOrMore(@ForAll("measures") Measure m, @ForAll double a) { ... }
 *
 * @Provide
 * Arbitrary<Measure> measures() {
 *   return MeasureArbitraries.measures();
 * }
 * }</pre>
 */
public final class MeasureArbitraries {
  private static final double SPAN = 1000;

  private MeasureArbitraries() {}

  /**
   * Generates valid measures of every kind, direction, definer and aggregation, with or without
   * a baseline.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<Measure> measures() {
    return Combinators.combine(Arbitraries.of(Measure.Kind.class),
            Arbitraries.of(Measure.Direction.class))
        .flatAs((kind, direction) -> Combinators.combine(Texts.phrase(4), Texts.word(),
                Arbitraries.of(Measure.DefinedBy.class),
                Arbitraries.of(Measure.Aggregation.class), Texts.phrase(10).optional(),
                targets(kind, direction))
            .as((name, unit, by, aggregation, description, tb) -> Measure.builder()
                .name(name).unit(unit).kind(kind).direction(direction).target(tb.target)
                .baseline(tb.baseline).definedBy(by).aggregation(aggregation)
                .description(description).build()));
  }

  /**
   * Generates actual values that suit a measure: finite, never negative for counts and
   * durations, and sometimes exactly the target or baseline, where edge cases live.
   *
   * @param measure the measure, not null
   * @return the arbitrary, never null
   */
  public static Arbitrary<Double> actuals(Measure measure) {
    double low = neverNegative(measure.kind()) ? 0 : -3 * SPAN;
    Arbitrary<Double> any = Arbitraries.doubles().between(low, 3 * SPAN).ofScale(2);
    Arbitrary<Double> edges = measure.baseline().isPresent()
        ? Arbitraries.of(measure.target(), measure.baseline().getAsDouble(), low)
        : Arbitraries.of(measure.target(), low);
    return Arbitraries.frequencyOf(
        Tuple.of(4, any), Tuple.of(1, edges));
  }

  /**
   * Generates observations of a measure, dated from 2015 on, with values that suit it.
   *
   * @param measure the measure, not null
   * @return the arbitrary, never null
   */
  public static Arbitrary<Observation> observations(Measure measure) {
    return Combinators.combine(ValuexArbitraries.dates(), actuals(measure),
            Texts.phrase(8).optional())
        .as((date, value, note) -> Observation.builder().measure(measure.name()).date(date)
            .value(value).note(note).build());
  }

  /**
   * Generates observations of measures with any name.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<Observation> observations() {
    return measures().flatMap(MeasureArbitraries::observations);
  }

  private static boolean neverNegative(Measure.Kind kind) {
    return kind == Measure.Kind.COUNT || kind == Measure.Kind.DURATION;
  }

  private static Arbitrary<TargetAndBaseline> targets(Measure.Kind kind,
      Measure.Direction direction) {
    double low = neverNegative(kind) ? 0 : -SPAN;
    Arbitrary<Double> point = Arbitraries.doubles().between(low, SPAN).ofScale(2);
    Arbitrary<Double> gap = Arbitraries.doubles().between(0.5, SPAN).ofScale(2);
    Arbitrary<Double> positive = Arbitraries.doubles().between(0.5, SPAN).ofScale(2);
    Arbitrary<TargetAndBaseline> withBaseline = Combinators.combine(point, gap).as((p, g) ->
        direction == Measure.Direction.AT_LEAST
            ? new TargetAndBaseline(p + g, OptionalDouble.of(p))
            : new TargetAndBaseline(p, OptionalDouble.of(p + g)));
    Arbitrary<TargetAndBaseline> without =
        positive.map(t -> new TargetAndBaseline(t, OptionalDouble.empty()));
    return Arbitraries.oneOf(withBaseline, without);
  }

  private static final class TargetAndBaseline {
    final double target;
    final OptionalDouble baseline;

    TargetAndBaseline(double target, OptionalDouble baseline) {
      this.target = target;
      this.baseline = baseline;
    }
  }
}
