package dev.valuex.interchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.valuex.catalog.Catalog;
import dev.valuex.catalog.DeckFormat;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.core.journey.JourneyModel;
import dev.valuex.interchange.cjml.Cjml;
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
import java.util.List;

/**
 * The readers the fuzz tests feed, each with every way a user reaches it (strict and lenient,
 * text and bytes, with and without card names, through a Jackson mapper). A reader may return or
 * throw {@link ValuexFormatException}; through the mapper Jackson's
 * {@link JsonProcessingException} is the other documented failure. Anything else fails the run.
 */
enum FuzzedReader {
  /** {@code valuex.ledger/1}: strict from bytes, lenient from text. */
  LEDGER {
    @Override
    void read(byte[] data) throws IOException {
      ignoringFormatProblems(() -> STRICT.readLedger(in(data)));
      ValuexJson.lenient().readLedger(text(data));
    }
  },
  /** {@code valuex.element/1} from text. */
  ELEMENT {
    @Override
    void read(byte[] data) {
      STRICT.readElement(text(data));
    }
  },
  /** NDJSON ledgers, one after another to the end of the input. */
  NDJSON {
    @Override
    void read(byte[] data) throws IOException {
      try (NdjsonLedgerReader r = STRICT.ledgerReader(in(data))) {
        r.forEachRemaining(l -> { });
      }
    }
  },
  /** Coding sheets: CSV strict, lenient, with semicolons, and with a one-card resolver. */
  SHEET {
    @Override
    void read(byte[] data) throws IOException {
      ignoringFormatProblems(() -> SHEET_FORMAT.read(in(data)));
      ignoringFormatProblems(() -> SHEET_FORMAT.readLenient(new StringReader(text(data))));
      ignoringFormatProblems(() -> SHEET_FORMAT.withDelimiter(';').read(in(data)));
      SHEET_FORMAT.withResolver(ElementResolver.of(List.of(Samples.element())))
          .readLenient(in(data));
    }
  },
  /** {@code valuex.plan/1}: by id, with card names, and through the mapper. */
  PLAN {
    @Override
    void read(byte[] data) throws IOException {
      ignoringFormatProblems(() -> STRICT.readPlan(text(data)));
      ignoringFormatProblems(() -> STRICT.readPlan(in(data), CARDS));
      MAPPER.readValue(text(data), ValueCreationPlan.class);
    }
  },
  /** {@code valuex.program/1}: with card names, lenient, and through the mapper. */
  PROGRAM {
    @Override
    void read(byte[] data) throws IOException {
      ignoringFormatProblems(() -> STRICT.readProgram(in(data), CARDS));
      ignoringFormatProblems(() -> ValuexJson.lenient().readProgram(text(data)));
      MAPPER.readValue(text(data), ProgramExchange.class);
    }
  },
  /** {@code valuex.journey/1} from text. */
  JOURNEY {
    @Override
    void read(byte[] data) {
      STRICT.readJourney(text(data));
    }
  },
  /** A catalog deck ({@code valuex.deck/1}), read by the catalog module. */
  DECK {
    @Override
    void read(byte[] data) {
      DeckFormat.read(in(data), "fuzzed.deck.json");
    }
  },
  /** A CJML journey (XML) on the eight-stage model. */
  CJML {
    @Override
    void read(byte[] data) {
      Cjml.read(new StringReader(text(data)), "fuzzed.cjml", JourneyModel.eightStage());
    }
  },
  /** {@code valuex.policy/1}, the declared balance policy of {@code valuex assess}. */
  POLICY {
    @Override
    void read(byte[] data) {
      STRICT.readPolicy(text(data));
    }
  },
  /** Metric values through the mapper; the input's length picks the type. */
  METRIC_VALUES {
    @Override
    void read(byte[] data) throws IOException {
      MAPPER.readValue(text(data), METRICS.get(data.length % METRICS.size()));
    }
  };

  private static final ValuexJson STRICT = ValuexJson.create()
      .withLimits(ReadLimits.builder().maxDocumentLength(100_000).build());
  private static final CodingSheet SHEET_FORMAT = CodingSheet.standard();
  private static final ElementResolver CARDS = CatalogResolver.of(Catalog.defaults());
  private static final ObjectMapper MAPPER = STRICT.newObjectMapper();
  private static final List<Class<?>> METRICS = List.of(MetricReading.class,
      NetPromoterScore.class, CustomerSatisfaction.class, CustomerEffortScore.class,
      Retention.class, OpportunityScore.class, KanoProfile.class, AttributeProfile.class);

  /** Reads the input; only a documented failure may escape. */
  abstract void read(byte[] data) throws IOException;

  /**
   * Feeds the input to this reader and checks that it returns or fails as documented.
   *
   * @throws AssertionError if anything but the documented failures escapes
   */
  final void fuzz(byte[] data) throws IOException {
    try {
      read(data);
    } catch (ValuexFormatException | JsonProcessingException expected) {
      // the documented failures: the reader's own, and the mapper's (malformed JSON, a value
      // wrapped in a mapping error)
    } catch (UncheckedIOException e) {
      throw new AssertionError("in-memory input cannot fail to read", e);
    }
  }

  /** One read of several on the same input: its format problems do not stop the others. */
  private static void ignoringFormatProblems(IoAction action) throws IOException {
    try {
      action.run();
    } catch (ValuexFormatException | JsonProcessingException expected) {
      // documented; the next way of reading the input still runs
    }
  }

  private interface IoAction {
    void run() throws IOException;
  }

  /** The mapper and the text readers are given text; Jackson's encoding guess is not ours. */
  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static InputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }
}
