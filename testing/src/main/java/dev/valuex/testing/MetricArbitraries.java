package dev.valuex.testing;

import dev.valuex.metrics.AttributeProfile;
import dev.valuex.metrics.AttributeRating;
import dev.valuex.metrics.CustomerEffortScore;
import dev.valuex.metrics.CustomerSatisfaction;
import dev.valuex.metrics.KanoProfile;
import dev.valuex.metrics.MetricReading;
import dev.valuex.metrics.NetPromoterScore;
import dev.valuex.metrics.OpportunityScore;
import dev.valuex.metrics.RatingScale;
import dev.valuex.metrics.Retention;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Factories of jqwik arbitraries for the stored values of valuex-metrics: dated readings,
 * rating scales, and the answer counts behind Net Promoter, satisfaction, effort, retention,
 * opportunity, Kano and customer value results. Counts are never all zero, weights of a
 * profile sum to exactly 100, so every value passes validation.
 *
 * <pre>{@code
 * @Property
 * void npsIsBetweenMinusAndPlusOneHundred(@ForAll("scores") NetPromoterScore nps) { ... }
 *
 * @Provide
 * Arbitrary<NetPromoterScore> scores() {
 *   return MetricArbitraries.netPromoterScores();
 * }
 * }</pre>
 */
public final class MetricArbitraries {
  private static final long MAX_COUNT = 1_000_000_000L;

  private MetricArbitraries() {}

  /**
   * Generates dated readings with finite values of any size.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<MetricReading> readings() {
    return Combinators.combine(Texts.phrase(4),
            Arbitraries.doubles().between(-1e12, 1e12).ofScale(4), Texts.word(), ValuexArbitraries.dates())
        .as((metric, value, unit, asOf) -> MetricReading.builder().metric(metric).value(value)
            .unit(unit).asOf(asOf).build());
  }

  /**
   * Generates rating scales from 0-2 up to 0-100.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<RatingScale> ratingScales() {
    return Arbitraries.integers().between(0, 98).flatMap(min ->
        Arbitraries.integers().between(min + 2, 100).map(max -> RatingScale.of(min, max)));
  }

  /**
   * Generates Net Promoter Scores from counts of up to a billion per group.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<NetPromoterScore> netPromoterScores() {
    return counts(3).map(c -> NetPromoterScore.of(c.get(0), c.get(1), c.get(2)));
  }

  /**
   * Generates satisfaction results on scales of up to eleven points.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<CustomerSatisfaction> satisfactions() {
    return Arbitraries.integers().between(0, 10).flatMap(min -> Arbitraries.integers()
            .between(min + 2, min + 10).map(max -> RatingScale.of(min, max)))
        .flatMap(s -> counts(s.points()).map(c -> CustomerSatisfaction.fromCounts(s, c)));
  }

  /**
   * Generates effort scores in both forms.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<CustomerEffortScore> effortScores() {
    return Arbitraries.of(CustomerEffortScore.Form.class).flatMap(f -> counts(
        f.max() - f.min() + 1).map(c -> CustomerEffortScore.fromCounts(f, c)));
  }

  /**
   * Generates retention results over days, weeks, months or years.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<Retention> retentions() {
    return Combinators.combine(Arbitraries.longs().between(1, MAX_COUNT),
            Arbitraries.longs().between(0, MAX_COUNT),
            Arbitraries.of(ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS, ChronoUnit.YEARS))
        .flatAs((start, added, period) -> Arbitraries.longs().between(0, start).map(kept ->
            Retention.builder().customersAtStart(start).newCustomers(added)
                .customersAtEnd(kept + added).period(period).build()));
  }

  /**
   * Generates opportunity scores with importance and satisfaction in [0, 10].
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<OpportunityScore> opportunityScores() {
    Arbitrary<Double> rating = Arbitraries.doubles().between(0, 10).ofScale(3);
    return Combinators.combine(Texts.phrase(6), rating, rating).as(OpportunityScore::of);
  }

  /**
   * Generates Kano profiles with at least one answer.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<KanoProfile> kanoProfiles() {
    return Combinators.combine(Texts.phrase(4), counts(6)).as((feature, c) ->
        KanoProfile.builder().feature(feature).attractive(c.get(0)).oneDimensional(c.get(1))
            .mustBe(c.get(2)).indifferent(c.get(3)).reverse(c.get(4)).questionable(c.get(5))
            .build());
  }

  /**
   * Generates customer value profiles of one to six attributes whose weights sum to 100.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<AttributeProfile> attributeProfiles() {
    return Arbitraries.integers().between(1, 6).flatMap(n -> Combinators.combine(
            Texts.word().list().ofSize(n).uniqueElements(),
            Arbitraries.integers().between(1, 99).set().ofSize(n - 1),
            Arbitraries.doubles().between(0.01, 100).ofScale(4).list().ofSize(n))
        .as((names, cuts, ratios) -> {
          List<Integer> bounds = new ArrayList<>(cuts);
          bounds.add(0);
          bounds.add(100);
          bounds.sort(null);
          List<AttributeRating> ratings = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            ratings.add(AttributeRating.ofRatio(names.get(i), bounds.get(i + 1) - bounds.get(i),
                ratios.get(i)));
          }
          return AttributeProfile.of(ratings);
        }));
  }

  /** Counts per group, never all zero. */
  private static Arbitrary<List<Long>> counts(int groups) {
    return Arbitraries.longs().between(0, MAX_COUNT).list().ofSize(groups)
        .filter(c -> c.stream().anyMatch(x -> x > 0));
  }
}
