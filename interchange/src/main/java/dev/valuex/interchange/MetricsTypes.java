package dev.valuex.interchange;

import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import dev.valuex.interchange.internal.MetricsCodec;
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

/**
 * The stored values of valuex-metrics in the Jackson module ({@link MetricsCodec}); loaded only
 * when valuex-metrics is present ({@link OptionalModules#METRICS}).
 */
final class MetricsTypes {
  private MetricsTypes() {}

  static void register(ValuexJsonModule module, SimpleSerializers ser,
      SimpleDeserializers deser) {
    module.register(ser, deser, MetricReading.class, MetricsCodec.READING);
    module.register(ser, deser, RatingScale.class, MetricsCodec.SCALE);
    module.register(ser, deser, NetPromoterScore.class, MetricsCodec.NPS);
    module.register(ser, deser, CustomerSatisfaction.class, MetricsCodec.CSAT);
    module.register(ser, deser, CustomerEffortScore.class, MetricsCodec.CES);
    module.register(ser, deser, Retention.class, MetricsCodec.RETENTION);
    module.register(ser, deser, OpportunityScore.class, MetricsCodec.OPPORTUNITY);
    module.register(ser, deser, KanoProfile.class, MetricsCodec.KANO);
    module.register(ser, deser, AttributeRating.class, MetricsCodec.ATTRIBUTE);
    module.register(ser, deser, AttributeProfile.class, MetricsCodec.PROFILE);
  }
}
