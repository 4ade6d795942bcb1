package dev.valuex.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
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
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Writes and reads the stored values of the metrics module as plain objects: dated readings,
 * rating scales, and the answer counts from which each metric result is computed (a Net
 * Promoter Score is stored as its three counts, never as the score, so reading it back gives
 * the same interval and the same merge). Field names are snake case, like the ledger format.
 */
public final class MetricsCodec {
  static final Tokens<CustomerEffortScore.Form> FORMS = Tokens.of(CustomerEffortScore.Form.class);
  static final Tokens<ChronoUnit> PERIODS = Tokens.of(
      List.of(ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS, ChronoUnit.YEARS));

  private MetricsCodec() {}

  // ---- writing ----

  /**
   * Writes a dated metric reading.
   *
   * @param g the generator
   * @param r the reading
   * @throws IOException if the generator fails
   */
  public static void writeReading(JsonGenerator g, MetricReading r) throws IOException {
    g.writeStartObject();
    g.writeStringField("metric", r.metric());
    g.writeNumberField("value", r.value());
    g.writeStringField("unit", r.unit());
    g.writeStringField("as_of", r.asOf().toString());
    g.writeEndObject();
  }

  /**
   * Writes a rating scale.
   *
   * @param g the generator
   * @param s the scale
   * @throws IOException if the generator fails
   */
  public static void writeScale(JsonGenerator g, RatingScale s) throws IOException {
    g.writeStartObject();
    g.writeNumberField("min", s.min());
    g.writeNumberField("max", s.max());
    g.writeEndObject();
  }

  /**
   * Writes a Net Promoter Score as its counts.
   *
   * @param g the generator
   * @param n the score
   * @throws IOException if the generator fails
   */
  public static void writeNps(JsonGenerator g, NetPromoterScore n) throws IOException {
    g.writeStartObject();
    g.writeNumberField("promoters", n.promoters());
    g.writeNumberField("passives", n.passives());
    g.writeNumberField("detractors", n.detractors());
    g.writeEndObject();
  }

  /**
   * Writes a customer satisfaction result as its scale and one count per point.
   *
   * @param g the generator
   * @param c the result
   * @throws IOException if the generator fails
   */
  public static void writeCsat(JsonGenerator g, CustomerSatisfaction c) throws IOException {
    g.writeStartObject();
    g.writeFieldName("scale");
    writeScale(g, c.scale());
    counts(g, c.counts());
    g.writeEndObject();
  }

  /**
   * Writes a customer effort score as its form and one count per point.
   *
   * @param g the generator
   * @param c the score
   * @throws IOException if the generator fails
   */
  public static void writeCes(JsonGenerator g, CustomerEffortScore c) throws IOException {
    g.writeStartObject();
    g.writeStringField("form", FORMS.token(c.form()));
    counts(g, c.counts());
    g.writeEndObject();
  }

  /**
   * Writes a retention result as its customer counts and period.
   *
   * @param g the generator
   * @param r the result
   * @throws IOException if the generator fails
   */
  public static void writeRetention(JsonGenerator g, Retention r) throws IOException {
    g.writeStartObject();
    g.writeNumberField("customers_at_start", r.customersAtStart());
    g.writeNumberField("customers_at_end", r.customersAtEnd());
    g.writeNumberField("new_customers", r.newCustomers());
    g.writeStringField("period", PERIODS.token(r.period()));
    g.writeEndObject();
  }

  /**
   * Writes an opportunity score as its outcome, importance and satisfaction.
   *
   * @param g the generator
   * @param o the score
   * @throws IOException if the generator fails
   */
  public static void writeOpportunity(JsonGenerator g, OpportunityScore o) throws IOException {
    g.writeStartObject();
    g.writeStringField("outcome", o.outcome());
    g.writeNumberField("importance", o.importance());
    g.writeNumberField("satisfaction", o.satisfaction());
    g.writeEndObject();
  }

  /**
   * Writes a Kano profile as its feature and the count of answers in each category.
   *
   * @param g the generator
   * @param k the profile
   * @throws IOException if the generator fails
   */
  public static void writeKano(JsonGenerator g, KanoProfile k) throws IOException {
    g.writeStartObject();
    g.writeStringField("feature", k.feature());
    g.writeNumberField("attractive", k.attractive());
    g.writeNumberField("one_dimensional", k.oneDimensional());
    g.writeNumberField("must_be", k.mustBe());
    g.writeNumberField("indifferent", k.indifferent());
    g.writeNumberField("reverse", k.reverse());
    g.writeNumberField("questionable", k.questionable());
    g.writeEndObject();
  }

  /**
   * Writes one attribute of a customer value profile.
   *
   * @param g the generator
   * @param a the rating
   * @throws IOException if the generator fails
   */
  public static void writeAttribute(JsonGenerator g, AttributeRating a) throws IOException {
    g.writeStartObject();
    g.writeStringField("attribute", a.attribute());
    g.writeNumberField("weight", a.weight());
    g.writeNumberField("ratio", a.ratio());
    g.writeEndObject();
  }

  /**
   * Writes a customer value profile as its weighted attribute ratings.
   *
   * @param g the generator
   * @param a the profile
   * @throws IOException if the generator fails
   */
  public static void writeProfile(JsonGenerator g, AttributeProfile a) throws IOException {
    g.writeStartObject();
    ModelCodec.array(g, "ratings", a.ratings(), MetricsCodec::writeAttribute);
    g.writeEndObject();
  }

  private static void counts(JsonGenerator g, List<Long> counts) throws IOException {
    g.writeArrayFieldStart("counts");
    for (long c : counts) {
      g.writeNumber(c);
    }
    g.writeEndArray();
  }

  // ---- reading ----

  /**
   * Reads a dated metric reading.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the value, empty when it had problems
   */
  public static Optional<MetricReading> readReading(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "a metric reading").flatMap(f -> {
      Optional<String> metric = f.text("metric", true);
      OptionalDouble value = f.number("value", true);
      Optional<String> unit = f.text("unit", true);
      Optional<LocalDate> asOf = f.date("as_of", true);
      return f.build(() -> MetricReading.builder().metric(metric.get())
          .value(value.getAsDouble()).unit(unit.get()).asOf(asOf.get()).build());
    });
  }

  /**
   * Reads a rating scale.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the value, empty when it had problems
   */
  public static Optional<RatingScale> readScale(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "a rating scale").flatMap(f -> {
      OptionalInt min = f.integer("min", true);
      OptionalInt max = f.integer("max", true);
      return f.build(() -> RatingScale.of(min.getAsInt(), max.getAsInt()));
    });
  }

  /**
   * Reads a Net Promoter Score from its counts.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the value, empty when it had problems
   */
  public static Optional<NetPromoterScore> readNps(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "a Net Promoter Score").flatMap(f -> {
      OptionalLong promoters = f.whole("promoters", true);
      OptionalLong passives = f.whole("passives", true);
      OptionalLong detractors = f.whole("detractors", true);
      return f.build(() -> NetPromoterScore.of(promoters.getAsLong(), passives.getAsLong(),
          detractors.getAsLong()));
    });
  }

  /**
   * Reads a customer satisfaction result from its scale and counts.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the value, empty when it had problems
   */
  public static Optional<CustomerSatisfaction> readCsat(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "a customer satisfaction result").flatMap(f -> {
      Optional<RatingScale> scale = f.object("scale", true, (n, ptr) -> readScale(n, ptr, p));
      List<Long> counts = counts(f, p);
      return f.build(() -> CustomerSatisfaction.fromCounts(scale.get(), counts));
    });
  }

  /**
   * Reads a customer effort score from its form and counts.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the value, empty when it had problems
   */
  public static Optional<CustomerEffortScore> readCes(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "a customer effort score").flatMap(f -> {
      Optional<CustomerEffortScore.Form> form = f.token("form", FORMS, true);
      List<Long> counts = counts(f, p);
      return f.build(() -> CustomerEffortScore.fromCounts(form.get(), counts));
    });
  }

  /**
   * Reads a retention result from its customer counts and period.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the value, empty when it had problems
   */
  public static Optional<Retention> readRetention(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "a retention result").flatMap(f -> {
      OptionalLong start = f.whole("customers_at_start", true);
      OptionalLong end = f.whole("customers_at_end", true);
      OptionalLong added = f.whole("new_customers", true);
      Optional<ChronoUnit> period = f.token("period", PERIODS, true);
      return f.build(() -> Retention.builder().customersAtStart(start.getAsLong())
          .customersAtEnd(end.getAsLong()).newCustomers(added.getAsLong())
          .period(period.get()).build());
    });
  }

  /**
   * Reads an opportunity score.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the value, empty when it had problems
   */
  public static Optional<OpportunityScore> readOpportunity(JsonNode node, String at,
      Problems p) {
    return Fields.of(node, at, p, "an opportunity score").flatMap(f -> {
      Optional<String> outcome = f.text("outcome", true);
      OptionalDouble importance = f.number("importance", true);
      OptionalDouble satisfaction = f.number("satisfaction", true);
      return f.build(() -> OpportunityScore.of(outcome.get(), importance.getAsDouble(),
          satisfaction.getAsDouble()));
    });
  }

  /**
   * Reads a Kano profile; a category left out counts no answers.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the value, empty when it had problems
   */
  public static Optional<KanoProfile> readKano(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "a Kano profile").flatMap(f -> {
      Optional<String> feature = f.text("feature", true);
      OptionalLong attractive = f.whole("attractive", false);
      OptionalLong oneDimensional = f.whole("one_dimensional", false);
      OptionalLong mustBe = f.whole("must_be", false);
      OptionalLong indifferent = f.whole("indifferent", false);
      OptionalLong reverse = f.whole("reverse", false);
      OptionalLong questionable = f.whole("questionable", false);
      return f.build(() -> KanoProfile.builder().feature(feature.get())
          .attractive(attractive.orElse(0)).oneDimensional(oneDimensional.orElse(0))
          .mustBe(mustBe.orElse(0)).indifferent(indifferent.orElse(0))
          .reverse(reverse.orElse(0)).questionable(questionable.orElse(0)).build());
    });
  }

  /**
   * Reads one attribute of a customer value profile.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the value, empty when it had problems
   */
  public static Optional<AttributeRating> readAttribute(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "an attribute rating").flatMap(f -> {
      Optional<String> attribute = f.text("attribute", true);
      OptionalDouble weight = f.number("weight", true);
      OptionalDouble ratio = f.number("ratio", true);
      return f.build(() -> AttributeRating.ofRatio(attribute.get(), weight.getAsDouble(),
          ratio.getAsDouble()));
    });
  }

  /**
   * Reads a customer value profile.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the value, empty when it had problems
   */
  public static Optional<AttributeProfile> readProfile(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "an attribute profile").flatMap(f -> {
      List<AttributeRating> ratings =
          f.array("ratings", (n, ptr) -> readAttribute(n, ptr, p));
      return f.build(() -> AttributeProfile.of(ratings));
    });
  }

  private static List<Long> counts(Fields f, Problems p) {
    return f.array("counts", (n, ptr) -> {
      if (!n.isIntegralNumber() || !n.canConvertToLong()) {
        p.add(ptr, "must be a whole number, got " + Fields.show(n));
        return Optional.empty();
      }
      return Optional.of(n.longValue());
    });
  }
}
