package dev.valuex.interchange;

import dev.valuex.catalog.Catalog;
import dev.valuex.core.Ledger;
import dev.valuex.core.analysis.LedgerSummary;
import dev.valuex.core.analysis.PatternAnalysis;
import dev.valuex.core.analysis.Slice;
import dev.valuex.core.journey.Journey;
import dev.valuex.core.journey.JourneyModel;
import dev.valuex.core.journey.StageTags;
import dev.valuex.core.testkit.NullSweep;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Sweeps every public static factory of the interchange module's exported packages
 * ({@code dev.valuex.interchange}, {@code dev.valuex.interchange.cjml}), the copy methods of the sampled
 * types and every builder setter, passing null for one parameter at a time: each must throw a
 * NullPointerException whose message names that parameter (STYLE.md); see {@link NullSweep}
 * for what is swept and why collection adders are not.
 */
class NullMessageTest {
  private static final String JOURNEY = "{\"format\":\"valuex.journey/1\",\"name\":\"j\","
      + "\"model\":{\"name\":\"m\",\"stages\":[{\"name\":\"Buy\",\"phase\":\"pre_purchase\"}]}}";

  private static Map<Class<?>, Object> samples() {
    Journey journey = ValuexJson.create().readJourney(JOURNEY);
    return NullSweep.commonSamples()
        .put(Catalog.class, Catalog.defaults())
        .put(Ledger.class, Samples.ledger())
        .put(LedgerSummary.class, LedgerSummary.empty())
        .put(PatternAnalysis.class, PatternAnalysis.counts(Optional.empty())
            .add(Samples.ledger())
            .analysis(PatternAnalysis.Breakdown.NONE, 1, 0, 1, Object::toString))
        .put(Slice.class, Slice.all())
        .put(Journey.class, journey)
        .put(JourneyModel.class, journey.model())
        .put(StageTags.class, StageTags.of(journey.model()))
        .put(ReadLimits.class, ReadLimits.defaults())
        .put(ElementResolver.class, ElementResolver.idsOnly())
        .put(CodingSheet.class, CodingSheet.standard())
        .put(ValuexJson.class, ValuexJson.create())
        .put(Reader.class, new StringReader(""))
        .put(Writer.class, new StringWriter())
        .put(Appendable.class, new StringBuilder())
        .put(Object.class, Map.of("format", AnalysisDocument.FORMAT))
        .put(char.class, ';')
        .buildKeepingLast();
  }

  @Test
  void everyFactoryAndCopyMethodNamesTheNullParameter() throws Exception {
    NullSweep.of(ValuexJson.class, samples()).factoriesAndCopies().assertEveryNullNamed(22);
  }

  @Test
  void everyBuilderSetterNamesTheNullParameter() throws Exception {
    NullSweep.of(ValuexJson.class, samples()).builderSetters().assertEveryNullNamed(8);
  }
}
