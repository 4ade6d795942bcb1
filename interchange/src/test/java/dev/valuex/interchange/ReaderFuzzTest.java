package dev.valuex.interchange;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.valuex.catalog.Catalog;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.metrics.AttributeProfile;
import dev.valuex.metrics.CustomerEffortScore;
import dev.valuex.metrics.CustomerSatisfaction;
import dev.valuex.metrics.KanoProfile;
import dev.valuex.metrics.MetricReading;
import dev.valuex.metrics.NetPromoterScore;
import dev.valuex.metrics.OpportunityScore;
import dev.valuex.metrics.Retention;
import dev.valuex.planning.ValueCreationPlan;
import dev.valuex.planning.program.ProgramExchange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Coverage-guided fuzzing of every reader (Jazzer): whatever the bytes, a reader returns or
 * throws {@link ValuexFormatException}, never anything else; through a Jackson mapper with the
 * module, Jackson's {@link JsonProcessingException} is the other documented failure. The first
 * byte picks the reader: ledgers, elements, NDJSON, coding sheets, plans, programs, journeys,
 * and plans, programs and metric values through the mapper.
 * The default build fuzzes for 30 seconds (Surefire execution {@code fuzz}); the profile
 * {@code fuzz-long} fuzzes for 10 minutes, or {@code -Dfuzz.duration=1h} for any time.
 */
class ReaderFuzzTest {
  private static final ValuexJson STRICT = ValuexJson.create()
      .withLimits(ReadLimits.builder().maxDocumentLength(100_000).build());
  private static final CodingSheet SHEET = CodingSheet.standard();
  private static final ElementResolver CARDS = CatalogResolver.of(Catalog.defaults());
  private static final ObjectMapper MAPPER = STRICT.newObjectMapper();
  private static final List<Class<?>> METRICS = List.of(MetricReading.class,
      NetPromoterScore.class, CustomerSatisfaction.class, CustomerEffortScore.class,
      Retention.class, OpportunityScore.class, KanoProfile.class, AttributeProfile.class);

  @FuzzTest(maxDuration = "30s")
  void readersOnlyEverThrowTheFormatException(byte[] data) throws IOException {
    if (data.length == 0) {
      return;
    }
    byte[] rest = Arrays.copyOfRange(data, 1, data.length);
    try {
      switch (data[0] & 15) {
        case 0 -> STRICT.readLedger(in(rest));
        case 1 -> ValuexJson.lenient().readLedger(new String(rest, StandardCharsets.UTF_8));
        case 2 -> STRICT.readElement(new String(rest, StandardCharsets.UTF_8));
        case 3 -> {
          try (NdjsonLedgerReader r = STRICT.ledgerReader(in(rest))) {
            r.forEachRemaining(l -> { });
          }
        }
        case 4 -> SHEET.read(in(rest));
        case 5 -> SHEET.readLenient(new StringReader(new String(rest, StandardCharsets.UTF_8)));
        case 6 -> SHEET.withDelimiter(';').read(in(rest));
        case 7 -> SHEET.withResolver(ElementResolver.of(java.util.List.of(Samples.element())))
            .readLenient(in(rest));
        case 8 -> STRICT.readPlan(new String(rest, StandardCharsets.UTF_8));
        case 9 -> STRICT.readPlan(in(rest), CARDS);
        case 10 -> STRICT.readProgram(in(rest), CARDS);
        case 11 -> ValuexJson.lenient().readProgram(new String(rest, StandardCharsets.UTF_8));
        case 12 -> STRICT.readJourney(new String(rest, StandardCharsets.UTF_8));
        case 13 -> MAPPER.readValue(text(rest), ValueCreationPlan.class);
        case 14 -> MAPPER.readValue(text(rest), ProgramExchange.class);
        default -> MAPPER.readValue(text(rest), METRICS.get(rest.length % METRICS.size()));
      }
    } catch (ValuexFormatException expected) {
      // the one documented failure of a reader
    } catch (JsonProcessingException expected) {
      // the mapper's own failure (malformed JSON, a value wrapped in a mapping error)
    } catch (UncheckedIOException e) {
      throw new AssertionError("in-memory input cannot fail to read", e);
    }
  }

  /** The mapper is given text: how Jackson guesses the encoding of bytes is not ours to test. */
  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static InputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }
}
