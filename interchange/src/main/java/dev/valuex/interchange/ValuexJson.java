package dev.valuex.interchange;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.ValueElement;
import dev.valuex.core.agreement.AgreementReport;
import dev.valuex.core.analysis.GroupLedger;
import dev.valuex.core.balance.BalancePolicy;
import dev.valuex.core.journey.Journey;
import dev.valuex.core.journey.StageTags;
import dev.valuex.interchange.internal.AgreementCodec;
import dev.valuex.interchange.internal.CodecSerializer;
import dev.valuex.interchange.internal.Documents;
import dev.valuex.interchange.internal.JourneyCodec;
import dev.valuex.interchange.internal.ModelCodec;
import dev.valuex.interchange.internal.PlanCodec;
import dev.valuex.planning.RowStages;
import dev.valuex.planning.ValueCreationPlan;
import dev.valuex.planning.ValueProposition;
import dev.valuex.planning.program.ProgramExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * Writes and reads valuex documents in the valuex JSON format without touching Jackson: one
 * ledger, value element, value creation plan or program exchange at a time, or streams of
 * ledgers as NDJSON (one ledger per line).
 *
 * <p>Readers are strict unless made with {@link #lenient()}: an unknown field, a value of the
 * wrong type, a missing field or a value that breaks a model rule is an error; every problem in
 * a document is reported together in one {@link dev.valuex.core.ValuexFormatException}, each
 * with its JSON pointer and the rule it breaks, and nothing partial is returned. Malformed
 * JSON, duplicate keys and input beyond the {@link ReadLimits} are errors too. An instance is
 * immutable and safe to share between threads.
 *
 * <pre>{@code
 * ValuexJson json = ValuexJson.create();
 * String text = json.toJson(ledger);
 * Ledger back = json.readLedger(text);
 * assert back.equals(ledger);
 * }</pre>
 */
public final class ValuexJson {
  /** The format marker of ledger documents. */
  public static final String LEDGER_FORMAT = ModelCodec.LEDGER_FORMAT;

  /** The format marker of value element documents. */
  public static final String ELEMENT_FORMAT = ModelCodec.ELEMENT_FORMAT;

  /** The format marker of value creation plan documents. */
  public static final String PLAN_FORMAT = PlanCodec.PLAN_FORMAT;

  /** The format marker of journey documents. */
  public static final String JOURNEY_FORMAT = JourneyCodec.JOURNEY_FORMAT;

  /** The format marker of stage-tags documents. */
  public static final String STAGE_TAGS_FORMAT = JourneyCodec.STAGE_TAGS_FORMAT;

  /** The format marker of row-stages documents. */
  public static final String ROW_STAGES_FORMAT = JourneyCodec.ROW_STAGES_FORMAT;

  /** The format marker of the report {@code valuex validate --format json} prints. */
  public static final String VALIDATION_FORMAT = "valuex.validation/1";

  /** The format marker of program exchange documents. */
  public static final String PROGRAM_FORMAT = PlanCodec.PROGRAM_FORMAT;

  /** The format marker of agreement reports (written only). */
  public static final String AGREEMENT_FORMAT = AgreementCodec.AGREEMENT_FORMAT;

  /** The format marker of group ledger documents. */
  public static final String GROUP_LEDGER_FORMAT = ModelCodec.GROUP_LEDGER_FORMAT;

  /** The format marker of value proposition documents. */
  public static final String PROPOSITION_FORMAT = PlanCodec.PROPOSITION_FORMAT;

  /**
   * The format marker of balance policy documents, which {@code valuex assess --policy} reads
   * ({@link #readPolicy(String)}).
   */
  public static final String POLICY_FORMAT = ModelCodec.POLICY_FORMAT;

  private final ReadLimits limits;
  private final boolean lenient;
  private final Documents documents;

  private ValuexJson(ReadLimits limits, boolean lenient) {
    this.limits = limits;
    this.lenient = lenient;
    this.documents = new Documents(limits.toStreamReadConstraints(), lenient,
        lenient ? ValuexJsonModule.lenient() : new ValuexJsonModule());
  }

  /**
   * Returns a strict reader and writer with the default {@link ReadLimits}.
   *
   * @return the instance, never null
   */
  public static ValuexJson create() {
    return new ValuexJson(ReadLimits.defaults(), false);
  }

  /**
   * Returns a lenient reader and writer with the default {@link ReadLimits}: unknown fields are
   * skipped; every other problem is still an error.
   *
   * @return the instance, never null
   */
  public static ValuexJson lenient() {
    return new ValuexJson(ReadLimits.defaults(), true);
  }

  /**
   * Returns a copy with other read limits.
   *
   * @param limits the limits, not null
   * @return the new instance, never null
   */
  public ValuexJson withLimits(ReadLimits limits) {
    return new ValuexJson(requireNonNull(limits, "limits"), lenient);
  }

  /**
   * Returns the read limits in force.
   *
   * @return the limits, never null
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Tells whether unknown fields are skipped.
   *
   * @return true for {@link #lenient()} instances
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Writes a ledger as a {@code valuex.ledger/1} document on one line.
   *
   * @param ledger the ledger, not null
   * @return the JSON text, never null
   */
  public String toJson(Ledger ledger) {
    return write(ModelCodec.LEDGER::write, requireNonNull(ledger, "ledger"));
  }

  /**
   * Writes a value element as a {@code valuex.element/1} document on one line.
   *
   * @param element the element, not null
   * @return the JSON text, never null
   */
  public String toJson(ValueElement element) {
    return write(ModelCodec.ELEMENT::write, requireNonNull(element, "element"));
  }

  /**
   * Writes an agreement between coders as a {@code valuex.agreement/1} document on one line:
   * coders, matching, measures with their intervals, per-code kappas, confusions, the
   * statements to reconcile and those missing from some sheets. Elements are written by id
   * and card name.
   *
   * @param report the report, not null
   * @param cards the card name of an element id (e.g. from a catalog), not null
   * @return the JSON text, never null
   */
  public String toJson(AgreementReport report, Function<ElementId, String> cards) {
    return write(AgreementCodec.writer(requireNonNull(cards, "cards")),
        requireNonNull(report, "report"));
  }

  private <T> String write(CodecSerializer.Writer<T> writer, T value) {
    return documents.text(writer, value);
  }

  /**
   * Reads a {@code valuex.ledger/1} document.
   *
   * @param json the document, not null
   * @return the ledger, never null
   * @throws dev.valuex.core.ValuexFormatException listing every problem of the document
   */
  public Ledger readLedger(String json) {
    return documents.readLedger(requireNonNull(json, "json"), Documents.JSON_SOURCE, 0);
  }

  /**
   * Reads a {@code valuex.ledger/1} document from bytes in UTF-8 (or UTF-16 or UTF-32, which
   * are detected). The stream is read to the end of the document and not closed.
   *
   * @param in the document, not null
   * @return the ledger, never null
   * @throws dev.valuex.core.ValuexFormatException listing every problem of the document
   * @throws UncheckedIOException if reading fails
   */
  public Ledger readLedger(InputStream in) {
    return documents.read(requireNonNull(in, "in"), ModelCodec.LEDGER::read,
        Documents.JSON_SOURCE);
  }

  /**
   * Reads a {@code valuex.element/1} document.
   *
   * @param json the document, not null
   * @return the element, never null
   * @throws dev.valuex.core.ValuexFormatException listing every problem of the document
   */
  public ValueElement readElement(String json) {
    return documents.read(requireNonNull(json, "json"), ModelCodec.ELEMENT::read,
        Documents.JSON_SOURCE);
  }

  /**
   * Writes a value creation plan as a {@code valuex.plan/1} document on one line, elements as
   * ids.
   *
   * @param plan the plan, not null
   * @return the JSON text, never null
   */
  public String toJson(ValueCreationPlan plan) {
    return write(PlanCodec.IDS.plan::write, requireNonNull(plan, "plan"));
  }

  /**
   * Reads a {@code valuex.plan/1} document whose elements are written as ids, as {@link
   * #toJson(ValueCreationPlan)} writes them.
   *
   * @param json the document, not null
   * @return the plan, never null
   * @throws dev.valuex.core.ValuexFormatException listing every problem of the document
   */
  public ValueCreationPlan readPlan(String json) {
    return readPlan(json, ElementResolver.idsOnly());
  }

  /**
   * Reads a {@code valuex.plan/1} document whose elements may be card names, resolving them,
   * e.g. with {@link CatalogResolver#of(dev.valuex.catalog.Catalog)}.
   *
   * @param json the document, not null
   * @param resolver turns element texts into ids, not null
   * @return the plan, never null
   * @throws dev.valuex.core.ValuexFormatException listing every problem of the document,
   *     unknown elements with their nearest known names
   */
  public ValueCreationPlan readPlan(String json, ElementResolver resolver) {
    return documents.read(requireNonNull(json, "json"),
        new PlanCodec(requireNonNull(resolver, "resolver")).plan::read, Documents.JSON_SOURCE);
  }

  /**
   * Reads a {@code valuex.plan/1} document from bytes in UTF-8 (or UTF-16 or UTF-32, which are
   * detected), resolving its elements. The stream is read to the end of the document and not
   * closed.
   *
   * @param in the document, not null
   * @param resolver turns element texts into ids, not null
   * @return the plan, never null
   * @throws dev.valuex.core.ValuexFormatException listing every problem of the document
   * @throws UncheckedIOException if reading fails
   */
  public ValueCreationPlan readPlan(InputStream in, ElementResolver resolver) {
    return documents.read(requireNonNull(in, "in"),
        new PlanCodec(requireNonNull(resolver, "resolver")).plan::read, Documents.JSON_SOURCE);
  }

  /**
   * Writes a program exchange as a {@code valuex.program/1} document on one line, elements as
   * ids.
   *
   * @param exchange the exchange, not null
   * @return the JSON text, never null
   */
  public String toJson(ProgramExchange exchange) {
    return write(PlanCodec.IDS.program::write, requireNonNull(exchange, "exchange"));
  }

  /**
   * Reads a {@code valuex.program/1} document whose elements are written as ids, as {@link
   * #toJson(ProgramExchange)} writes them.
   *
   * @param json the document, not null
   * @return the exchange, never null
   * @throws dev.valuex.core.ValuexFormatException listing every problem of the document
   */
  public ProgramExchange readProgram(String json) {
    return readProgram(json, ElementResolver.idsOnly());
  }

  /**
   * Reads a {@code valuex.program/1} document whose elements may be card names, resolving
   * them, e.g. with {@link CatalogResolver#of(dev.valuex.catalog.Catalog)}.
   *
   * @param json the document, not null
   * @param resolver turns element texts into ids, not null
   * @return the exchange, never null
   * @throws dev.valuex.core.ValuexFormatException listing every problem of the document,
   *     unknown elements with their nearest known names
   */
  public ProgramExchange readProgram(String json, ElementResolver resolver) {
    return documents.read(requireNonNull(json, "json"),
        new PlanCodec(requireNonNull(resolver, "resolver")).program::read, Documents.JSON_SOURCE);
  }

  /**
   * Reads a {@code valuex.program/1} document from bytes in UTF-8 (or UTF-16 or UTF-32, which
   * are detected), resolving its elements. The stream is read to the end of the document and
   * not closed.
   *
   * @param in the document, not null
   * @param resolver turns element texts into ids, not null
   * @return the exchange, never null
   * @throws dev.valuex.core.ValuexFormatException listing every problem of the document
   * @throws UncheckedIOException if reading fails
   */
  public ProgramExchange readProgram(InputStream in, ElementResolver resolver) {
    return documents.read(requireNonNull(in, "in"),
        new PlanCodec(requireNonNull(resolver, "resolver")).program::read, Documents.JSON_SOURCE);
  }

  /**
   * Writes a journey, with its model, jobs, functions and touchpoints, as a {@code
   * valuex.journey/1} document on one line.
   *
   * @param journey the journey, not null
   * @return the JSON text, never null
   */
  public String toJson(Journey journey) {
    return write(JourneyCodec.JOURNEY::write, requireNonNull(journey, "journey"));
  }

  /**
   * Reads a {@code valuex.journey/1} document.
   *
   * @param json the document, not null
   * @return the journey, never null
   * @throws dev.valuex.core.ValuexFormatException listing every problem of the document
   */
  public Journey readJourney(String json) {
    return documents.read(requireNonNull(json, "json"), JourneyCodec.JOURNEY::read,
        Documents.JSON_SOURCE);
  }

  /**
   * Reads a {@code valuex.journey/1} document from a stream of UTF-8 bytes.
   *
   * @param in the document, not null
   * @return the journey, never null
   * @throws dev.valuex.core.ValuexFormatException listing every problem of the document
   * @throws UncheckedIOException if reading fails
   */
  public Journey readJourney(InputStream in) {
    return documents.read(requireNonNull(in, "in"), JourneyCodec.JOURNEY::read,
        Documents.JSON_SOURCE);
  }

  /**
   * Reads a {@code valuex.policy/1} document: a balance policy's name and its rules, each under
   * its default name with its parameters.
   *
   * <pre>{@code
   * {"format": "valuex.policy/1", "name": "workshop",
   *  "rules": [{"rule": "weighted-ratio", "tolerance": 0.25, "default_weight": 3},
   *            {"rule": "owners-judgement"}]}
   * }</pre>
   *
   * @param json the document, not null
   * @return the policy, never null
   * @throws dev.valuex.core.ValuexFormatException listing every problem of the document; a
   *     policy of the earlier form (camel-case fields, no {@code format}) is told what to change
   */
  public BalancePolicy readPolicy(String json) {
    return documents.read(requireNonNull(json, "json"), ModelCodec.POLICY::read,
        Documents.JSON_SOURCE);
  }

  /**
   * Writes stage tags, with their journey model, as a {@code valuex.stage-tags/1} document on
   * one line.
   *
   * @param tags the tags, not null
   * @return the JSON text, never null
   */
  public String toJson(StageTags tags) {
    return write(JourneyCodec.STAGE_TAGS::write, requireNonNull(tags, "tags"));
  }

  /**
   * Reads a {@code valuex.stage-tags/1} document.
   *
   * @param json the document, not null
   * @return the tags, never null
   * @throws dev.valuex.core.ValuexFormatException listing every problem of the document
   */
  public StageTags readStageTags(String json) {
    return documents.read(requireNonNull(json, "json"), JourneyCodec.STAGE_TAGS::read,
        Documents.JSON_SOURCE);
  }

  /**
   * Writes the stages where plan rows create value, with their journey model, as a {@code
   * valuex.row-stages/1} document on one line.
   *
   * @param rows the row stages, not null
   * @return the JSON text, never null
   */
  public String toJson(RowStages rows) {
    return write(JourneyCodec.ROW_STAGES::write, requireNonNull(rows, "rows"));
  }

  /**
   * Reads a {@code valuex.row-stages/1} document.
   *
   * @param json the document, not null
   * @return the row stages, never null
   * @throws dev.valuex.core.ValuexFormatException listing every problem of the document
   */
  public RowStages readRowStages(String json) {
    return documents.read(requireNonNull(json, "json"), JourneyCodec.ROW_STAGES::read,
        Documents.JSON_SOURCE);
  }

  /**
   * Writes a group ledger, with its members and the trace of each entry, as a {@code
   * valuex.group-ledger/1} document on one line.
   *
   * @param group the group ledger, not null
   * @return the JSON text, never null
   */
  public String toJson(GroupLedger group) {
    return write(ModelCodec.GROUP_LEDGER::write, requireNonNull(group, "group"));
  }

  /**
   * Reads a {@code valuex.group-ledger/1} document.
   *
   * @param json the document, not null
   * @return the group ledger, never null
   * @throws dev.valuex.core.ValuexFormatException listing every problem of the document
   */
  public GroupLedger readGroupLedger(String json) {
    return documents.read(requireNonNull(json, "json"), ModelCodec.GROUP_LEDGER::read,
        Documents.JSON_SOURCE);
  }

  /**
   * Writes a value proposition as a {@code valuex.proposition/1} document on one line,
   * elements as ids.
   *
   * @param proposition the proposition, not null
   * @return the JSON text, never null
   */
  public String toJson(ValueProposition proposition) {
    return write(PlanCodec.IDS.proposition::write,
        requireNonNull(proposition, "proposition"));
  }

  /**
   * Reads a {@code valuex.proposition/1} document whose elements are written as ids, as {@link
   * #toJson(ValueProposition)} writes them.
   *
   * @param json the document, not null
   * @return the proposition, never null
   * @throws dev.valuex.core.ValuexFormatException listing every problem of the document
   */
  public ValueProposition readProposition(String json) {
    return readProposition(json, ElementResolver.idsOnly());
  }

  /**
   * Reads a {@code valuex.proposition/1} document whose elements may be card names, resolving
   * them, e.g. with {@link CatalogResolver#of(dev.valuex.catalog.Catalog)}.
   *
   * @param json the document, not null
   * @param resolver turns element texts into ids, not null
   * @return the proposition, never null
   * @throws dev.valuex.core.ValuexFormatException listing every problem of the document,
   *     unknown elements with their nearest known names
   */
  public ValueProposition readProposition(String json, ElementResolver resolver) {
    return documents.read(requireNonNull(json, "json"),
        new PlanCodec(requireNonNull(resolver, "resolver")).proposition::read,
        Documents.JSON_SOURCE);
  }

  /**
   * Reads a {@code valuex.proposition/1} document from bytes in UTF-8 (or UTF-16 or UTF-32,
   * which are detected), resolving its elements. The stream is read to the end of the document
   * and not closed.
   *
   * @param in the document, not null
   * @param resolver turns element texts into ids, not null
   * @return the proposition, never null
   * @throws dev.valuex.core.ValuexFormatException listing every problem of the document
   * @throws UncheckedIOException if reading fails
   */
  public ValueProposition readProposition(InputStream in, ElementResolver resolver) {
    return documents.read(requireNonNull(in, "in"),
        new PlanCodec(requireNonNull(resolver, "resolver")).proposition::read,
        Documents.JSON_SOURCE);
  }

  /**
   * Opens a streaming reader of ledgers written as NDJSON, one {@code valuex.ledger/1}
   * document per line, in UTF-8. It holds one line at a time, so memory stays flat however
   * many ledgers the stream carries. Close the reader to close the stream.
   *
   * @param in the NDJSON bytes, not null
   * @return the reader, never null
   */
  public NdjsonLedgerReader ledgerReader(InputStream in) {
    return new NdjsonLedgerReader(requireNonNull(in, "in"), documents, limits);
  }

  /**
   * Opens a streaming writer of ledgers as NDJSON in UTF-8. Close the writer to flush and
   * close the stream.
   *
   * @param out the target, not null
   * @return the writer, never null
   */
  public NdjsonLedgerWriter ledgerWriter(OutputStream out) {
    return new NdjsonLedgerWriter(requireNonNull(out, "out"), documents);
  }

  /**
   * The formats whose JSON Schema {@link #schema(String)} returns, in the order its error
   * message lists them: the documents valuex reads and writes, then what the {@code valuex}
   * commands print with {@code --format json} (their errors as {@code valuex.error/1}).
   */
  public static final java.util.List<String> SCHEMA_FORMATS = java.util.List.of(LEDGER_FORMAT,
      ELEMENT_FORMAT, PLAN_FORMAT, PROGRAM_FORMAT, JOURNEY_FORMAT, STAGE_TAGS_FORMAT,
      ROW_STAGES_FORMAT, GROUP_LEDGER_FORMAT, PROPOSITION_FORMAT, POLICY_FORMAT,
      AGREEMENT_FORMAT, VALIDATION_FORMAT, "valuex.assessment/1", AnalysisDocument.FORMAT,
      "valuex.suggestions/1", "valuex.groups/1", "valuex.catalog/1", "valuex.card-search/1",
      "valuex.plan-status/1", "valuex.import/1", "valuex.demo/1", "valuex.error/1");

  /**
   * Returns the JSON Schema (draft 2020-12) of a document format, as shipped in this jar at
   * {@code dev/valuex/interchange/<kind>-<version>.schema.json}. The schema checks the shape of a
   * document; rules that span fields (an element at most once per side, pairings naming
   * entries of their ledger) are checked by the readers only.
   *
   * @param format the format marker, one of {@link #SCHEMA_FORMATS}
   * @return the schema text, never null
   * @throws IllegalArgumentException if the format is not one of valuex's
   */
  public static String schema(String format) {
    if (!SCHEMA_FORMATS.contains(requireNonNull(format, "format"))) {
      throw new IllegalArgumentException("ValuexJson: format must be "
          + String.join(", ", SCHEMA_FORMATS.subList(0, SCHEMA_FORMATS.size() - 1)) + " or "
          + SCHEMA_FORMATS.get(SCHEMA_FORMATS.size() - 1) + ", got '" + format + "'");
    }
    String name = format.replace('/', '-') + ".schema.json";
    try (InputStream in = ValuexJson.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("ValuexJson: schema resource " + name + " is missing");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a new Jackson mapper configured like this instance (read limits, duplicate-key
   * detection, no trailing tokens, the {@link ValuexJsonModule} in the same strictness) for
   * callers who embed valuex types in their own Jackson documents.
   *
   * @return a new mapper the caller may configure further, never null
   */
  public ObjectMapper newObjectMapper() {
    return documents.mapper().copy();
  }
}
