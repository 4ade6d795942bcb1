package dev.valuex.interchange.internal;

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
import java.util.List;
import java.util.Optional;

/**
 * Writes and reads the stored values of the metrics module as plain objects: dated readings,
 * rating scales, and the answer counts from which each metric result is computed (a Net
 * Promoter Score is stored as its three counts, never as the score, so reading it back gives
 * the same interval and the same merge). Field names are snake case, like the ledger format.
 * Each is stated once, as a {@link Shape}; the model types are made by their factories.
 */
public final class MetricsCodec {
  static final Tokens<CustomerEffortScore.Form> FORMS = Tokens.of(CustomerEffortScore.Form.class);
  static final Tokens<ChronoUnit> PERIODS = Tokens.of(
      List.of(ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS, ChronoUnit.YEARS));

  private MetricsCodec() {}

  /** A dated metric reading. */
  public static final Shape<MetricReading, Shape.Parts> READING = Shape.of("a metric reading",
          (Shape.Parts v) -> MetricReading.builder().metric(v.get("metric"))
              .value(v.<Double>get("value")).unit(v.get("unit")).asOf(v.get("as_of")).build())
      .required("metric", Shape.TEXT, MetricReading::metric)
      .required("value", Shape.NUMBER, MetricReading::value)
      .required("unit", Shape.TEXT, MetricReading::unit)
      .required("as_of", Shape.DATE, MetricReading::asOf)
      .build();

  /** A rating scale. */
  public static final Shape<RatingScale, Shape.Parts> SCALE = Shape.of("a rating scale",
          (Shape.Parts v) -> RatingScale.of(v.<Integer>get("min"), v.<Integer>get("max")))
      .required("min", Shape.INT, RatingScale::min)
      .required("max", Shape.INT, RatingScale::max)
      .build();

  /** A Net Promoter Score, stored as its counts. */
  public static final Shape<NetPromoterScore, Shape.Parts> NPS = Shape.of("a Net Promoter Score",
          (Shape.Parts v) -> NetPromoterScore.of(v.<Long>get("promoters"),
              v.<Long>get("passives"), v.<Long>get("detractors")))
      .required("promoters", Shape.WHOLE, NetPromoterScore::promoters)
      .required("passives", Shape.WHOLE, NetPromoterScore::passives)
      .required("detractors", Shape.WHOLE, NetPromoterScore::detractors)
      .build();

  /** A customer satisfaction result, stored as its scale and one count per point. */
  public static final Shape<CustomerSatisfaction, Shape.Parts> CSAT =
      Shape.of("a customer satisfaction result", (Shape.Parts v) -> CustomerSatisfaction
              .fromCounts(v.<RatingScale>get("scale"), v.<Long>list("counts")))
          .required("scale", SCALE.codec(), CustomerSatisfaction::scale)
          .list("counts", Shape.WHOLE, CustomerSatisfaction::counts)
          .build();

  /** A customer effort score, stored as its form and one count per point. */
  public static final Shape<CustomerEffortScore, Shape.Parts> CES =
      Shape.of("a customer effort score", (Shape.Parts v) -> CustomerEffortScore.fromCounts(
              v.<CustomerEffortScore.Form>get("form"), v.<Long>list("counts")))
          .required("form", Shape.token(FORMS), CustomerEffortScore::form)
          .list("counts", Shape.WHOLE, CustomerEffortScore::counts)
          .build();

  /** A retention result, stored as its customer counts and period. */
  public static final Shape<Retention, Shape.Parts> RETENTION = Shape.of("a retention result",
          (Shape.Parts v) -> Retention.builder()
              .customersAtStart(v.<Long>get("customers_at_start"))
              .customersAtEnd(v.<Long>get("customers_at_end"))
              .newCustomers(v.<Long>get("new_customers"))
              .period(v.<ChronoUnit>get("period")).build())
      .required("customers_at_start", Shape.WHOLE, Retention::customersAtStart)
      .required("customers_at_end", Shape.WHOLE, Retention::customersAtEnd)
      .required("new_customers", Shape.WHOLE, Retention::newCustomers)
      .required("period", Shape.token(PERIODS), Retention::period)
      .build();

  /** An opportunity score. */
  public static final Shape<OpportunityScore, Shape.Parts> OPPORTUNITY =
      Shape.of("an opportunity score", (Shape.Parts v) -> OpportunityScore.of(v.get("outcome"),
              v.<Double>get("importance"), v.<Double>get("satisfaction")))
          .required("outcome", Shape.TEXT, OpportunityScore::outcome)
          .required("importance", Shape.NUMBER, OpportunityScore::importance)
          .required("satisfaction", Shape.NUMBER, OpportunityScore::satisfaction)
          .build();

  /** A Kano profile; a category left out counts no answers (all are written). */
  public static final Shape<KanoProfile, Shape.Parts> KANO = Shape.of("a Kano profile",
          (Shape.Parts v) -> KanoProfile.builder().feature(v.get("feature"))
              .attractive(v.whole("attractive", 0))
              .oneDimensional(v.whole("one_dimensional", 0)).mustBe(v.whole("must_be", 0))
              .indifferent(v.whole("indifferent", 0)).reverse(v.whole("reverse", 0))
              .questionable(v.whole("questionable", 0)).build())
      .required("feature", Shape.TEXT, KanoProfile::feature)
      .optional("attractive", Shape.WHOLE, k -> Optional.of(k.attractive()))
      .optional("one_dimensional", Shape.WHOLE, k -> Optional.of(k.oneDimensional()))
      .optional("must_be", Shape.WHOLE, k -> Optional.of(k.mustBe()))
      .optional("indifferent", Shape.WHOLE, k -> Optional.of(k.indifferent()))
      .optional("reverse", Shape.WHOLE, k -> Optional.of(k.reverse()))
      .optional("questionable", Shape.WHOLE, k -> Optional.of(k.questionable()))
      .build();

  /** One attribute of a customer value profile. */
  public static final Shape<AttributeRating, Shape.Parts> ATTRIBUTE =
      Shape.of("an attribute rating", (Shape.Parts v) -> AttributeRating.ofRatio(
              v.get("attribute"), v.<Double>get("weight"), v.<Double>get("ratio")))
          .required("attribute", Shape.TEXT, AttributeRating::attribute)
          .required("weight", Shape.NUMBER, AttributeRating::weight)
          .required("ratio", Shape.NUMBER, AttributeRating::ratio)
          .build();

  /** A customer value profile: its weighted attribute ratings. */
  public static final Shape<AttributeProfile, Shape.Parts> PROFILE =
      Shape.of("an attribute profile",
              (Shape.Parts v) -> AttributeProfile.of(v.<AttributeRating>list("ratings")))
          .list("ratings", ATTRIBUTE.codec(), AttributeProfile::ratings)
          .build();
}
