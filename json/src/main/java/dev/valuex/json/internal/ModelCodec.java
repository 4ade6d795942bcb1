package dev.valuex.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.valuex.core.BalanceJudgement;
import dev.valuex.core.ElementId;
import dev.valuex.core.Evidence;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Pairing;
import dev.valuex.core.Perspective;
import dev.valuex.core.Provenance;
import dev.valuex.core.Side;
import dev.valuex.core.Subject;
import dev.valuex.core.ValueElement;
import dev.valuex.core.View;
import java.io.IOException;
import java.util.Collection;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writes and reads every core model type in the valuex JSON format. Field names are the
 * format's own (snake case), not Java's; enum constants are written as {@link Tokens}. Writers
 * stream with a {@link JsonGenerator}; readers walk a tree with {@link Fields} so that every
 * problem of a document is recorded.
 */
public final class ModelCodec {
  /** The format marker of a ledger document. */
  public static final String LEDGER_FORMAT = "valuex.ledger/1";

  /** The format marker of a value element document. */
  public static final String ELEMENT_FORMAT = "valuex.element/1";

  static final Tokens<Side> SIDES = Tokens.of(Side.class);
  static final Tokens<View> VIEWS = Tokens.of(View.class);
  static final Tokens<Perspective> PERSPECTIVES = Tokens.of(Perspective.class);
  static final Tokens<Subject.Kind> SUBJECT_KINDS = Tokens.of(Subject.Kind.class);
  static final Tokens<Evidence.Kind> EVIDENCE_KINDS = Tokens.of(Evidence.Kind.class);
  static final Tokens<BalanceJudgement.Verdict> VERDICTS =
      Tokens.of(BalanceJudgement.Verdict.class);
  static final Tokens<Provenance.Kind> PROVENANCE_KINDS = Tokens.of(Provenance.Kind.class);

  /**
   * Element ids read so far, so that a million ledgers share one id object per element (and
   * skip re-validating its text). Bounded: past the cap, ids are parsed afresh.
   */
  private static final java.util.concurrent.ConcurrentHashMap<String, ElementId> IDS =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_CACHED_IDS = 1 << 16;

  private ModelCodec() {}

  /**
   * Parses an element id, sharing the object with earlier reads of the same text. Thread-safe:
   * readers on many threads get one shared object per cached text, also when they race to add
   * it (the first one added wins).
   *
   * @param text the id as written
   * @return the id
   * @throws dev.valuex.core.InvalidValueException if the text is not an element id
   */
  public static ElementId elementId(String text) {
    ElementId id = IDS.get(text);
    if (id != null) {
      return id;
    }
    ElementId parsed = ElementId.parse(text);
    if (IDS.size() >= MAX_CACHED_IDS) {
      return parsed;
    }
    ElementId earlier = IDS.putIfAbsent(text, parsed);
    return earlier != null ? earlier : parsed;
  }

  // ---- the shapes of valuex.ledger/1 and valuex.element/1 ----

  static final Shape.Codec<ElementId> ELEMENT_ID =
      Shape.string(ModelCodec::elementId, ElementId::toString);
  private static final Shape.Codec<LedgerId> LEDGER_ID =
      Shape.string(LedgerId::of, LedgerId::value);

  /** A subject: who a ledger is about. */
  public static final Shape<Subject, Subject.Builder> SUBJECT =
      Shape.of("a subject", Subject::builder, Subject.Builder::build)
          .required("kind", Shape.token(SUBJECT_KINDS), Subject::kind, Subject.Builder::kind)
          .required("label", Shape.TEXT, Subject::label, Subject.Builder::label)
          .set("segments", Shape.TEXT, Subject::segments, Subject.Builder::addAllSegments)
          .build();

  /** One piece of evidence. */
  public static final Shape<Evidence, Evidence.Builder> EVIDENCE =
      Shape.of("evidence", Evidence::builder, Evidence.Builder::build)
          .required("kind", Shape.token(EVIDENCE_KINDS), Evidence::kind, Evidence.Builder::kind)
          .required("text", Shape.TEXT, Evidence::text, Evidence.Builder::text)
          .optional("source", Shape.TEXT, Evidence::source, Evidence.Builder::source)
          .optional("speaker", Shape.TEXT, Evidence::speaker, Evidence.Builder::speaker)
          .optional("date", Shape.DATE, Evidence::date, Evidence.Builder::date)
          .build();

  /** A ledger entry; its importance is checked on its own, to be reported at the field. */
  public static final Shape<LedgerEntry, LedgerEntry.Builder> ENTRY =
      Shape.of("a ledger entry", LedgerEntry::builder, LedgerEntry.Builder::build)
          .required("element", ELEMENT_ID, LedgerEntry::element, LedgerEntry.Builder::element)
          .required("side", Shape.token(SIDES), LedgerEntry::side, LedgerEntry.Builder::side)
          .optional("importance", Shape.integer(LedgerEntry::checkImportance),
              e -> e.importance().isPresent() ? Optional.of(e.importance().getAsInt())
                  : Optional.empty(),
              LedgerEntry.Builder::importance)
          .list("evidence", EVIDENCE.codec(), LedgerEntry::evidence,
              LedgerEntry.Builder::addAllEvidence)
          .optional("note", Shape.TEXT, LedgerEntry::note, LedgerEntry.Builder::note)
          .build();

  /** A pairing of what is given for what is received. */
  public static final Shape<Pairing, Pairing.Builder> PAIRING =
      Shape.of("a pairing", Pairing::builder, Pairing.Builder::build)
          .set("given", ELEMENT_ID, Pairing::given, Pairing.Builder::addAllGiven)
          .set("received", ELEMENT_ID, Pairing::received, Pairing.Builder::addAllReceived)
          .optional("note", Shape.TEXT, Pairing::note, Pairing.Builder::note)
          .build();

  /** The owner's balance judgement. */
  public static final Shape<BalanceJudgement, BalanceJudgement.Builder> JUDGEMENT =
      Shape.of("a balance judgement", BalanceJudgement::builder,
              BalanceJudgement.Builder::build)
          .required("verdict", Shape.token(VERDICTS), BalanceJudgement::verdict,
              BalanceJudgement.Builder::verdict)
          .optional("rationale", Shape.TEXT, BalanceJudgement::rationale,
              BalanceJudgement.Builder::rationale)
          .required("recorded_by", Shape.TEXT, BalanceJudgement::recordedBy,
              BalanceJudgement.Builder::recordedBy)
          .required("recorded_on", Shape.DATE, BalanceJudgement::recordedOn,
              BalanceJudgement.Builder::recordedOn)
          .build();

  /** The {@code valuex.ledger/1} document. */
  public static final Shape<Ledger, Ledger.Builder> LEDGER =
      Shape.of("a ledger", Ledger::builder, Ledger.Builder::build)
          .format(LEDGER_FORMAT)
          .required("id", LEDGER_ID, Ledger::id, Ledger.Builder::id)
          .required("subject", SUBJECT.codec(), Ledger::subject, Ledger.Builder::subject)
          .required("owner", Shape.TEXT, Ledger::owner, Ledger.Builder::owner)
          .required("author", Shape.TEXT, Ledger::author, Ledger.Builder::author)
          .required("perspective", Shape.token(PERSPECTIVES), Ledger::perspective,
              Ledger.Builder::perspective)
          .required("view", Shape.token(VIEWS), Ledger::view, Ledger.Builder::view)
          .optional("context", Shape.TEXT, Ledger::context, Ledger.Builder::context)
          .optional("purpose", Shape.TEXT, Ledger::purpose, Ledger.Builder::purpose)
          .required("as_of", Shape.DATE, Ledger::asOf, Ledger.Builder::asOf)
          .list("entries", ENTRY.codec(), Ledger::entries, Ledger.Builder::addAllEntries)
          .list("pairings", PAIRING.codec(), Ledger::pairings, Ledger.Builder::addAllPairings)
          .optional("judgement", JUDGEMENT.codec(), Ledger::judgement,
              Ledger.Builder::judgement)
          .list("notes", Shape.TEXT, Ledger::notes, Ledger.Builder::addAllNotes)
          .optional("supersedes", LEDGER_ID, Ledger::supersedes, Ledger.Builder::supersedes)
          .build();

  /** Where a card comes from; the model has no builder for it, so its parts are held here. */
  public static final Shape<Provenance, ProvenanceParts> PROVENANCE =
      Shape.of("a provenance", ProvenanceParts::new, ProvenanceParts::build)
          .required("kind", Shape.token(PROVENANCE_KINDS), Provenance::kind,
              (b, k) -> b.kind = k)
          .optional("source", Shape.TEXT, Provenance::source, (b, s) -> b.source = s)
          .build();

  /** The {@code valuex.element/1} document. */
  public static final Shape<ValueElement, ValueElement.Builder> ELEMENT =
      Shape.of("a value element", ValueElement::builder, ValueElement.Builder::build)
          .format(ELEMENT_FORMAT)
          .required("id", ELEMENT_ID, ValueElement::id, ValueElement.Builder::id)
          .required("name", Shape.TEXT, ValueElement::name, ValueElement.Builder::name)
          .required("short_phrase", Shape.TEXT, ValueElement::shortPhrase,
              ValueElement.Builder::shortPhrase)
          .required("sentence", Shape.TEXT, ValueElement::sentence,
              ValueElement.Builder::sentence)
          .required("perspective", Shape.token(PERSPECTIVES), ValueElement::perspective,
              ValueElement.Builder::perspective)
          .required("category", Shape.TEXT, ValueElement::category,
              ValueElement.Builder::category)
          .optional("typical_side", Shape.token(SIDES), ValueElement::typicalSide,
              ValueElement.Builder::typicalSide)
          .set("keywords", Shape.TEXT, ValueElement::keywords,
              ValueElement.Builder::addAllKeywords)
          .list("example_statements", Shape.TEXT, ValueElement::exampleStatements,
              ValueElement.Builder::addAllExampleStatements)
          .list("example_measures", Shape.TEXT, ValueElement::exampleMeasures,
              ValueElement.Builder::addAllExampleMeasures)
          .required("provenance", PROVENANCE.codec(), ValueElement::provenance,
              ValueElement.Builder::provenance)
          .build();

  /** The parts of a provenance while it is read. */
  public static final class ProvenanceParts {
    private Provenance.@Nullable Kind kind;
    private @Nullable String source;

    ProvenanceParts() {}

    Provenance build() {
      Provenance.Kind k = java.util.Objects.requireNonNull(kind, "kind");
      return source == null ? Provenance.of(k) : Provenance.of(k, source);
    }
  }

  /**
   * Reads an element id written as text.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the id, empty when it had problems
   */
  public static Optional<ElementId> readElementId(JsonNode node, String at, Problems p) {
    return ELEMENT_ID.read(node, at, p);
  }

  /**
   * Reads a ledger id written as text.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the id, empty when it had problems
   */
  public static Optional<LedgerId> readLedgerId(JsonNode node, String at, Problems p) {
    return LEDGER_ID.read(node, at, p);
  }

  static void optional(JsonGenerator g, String field, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    }
  }

  /**
   * Writes an array field of values, each with its writer; shared by the codecs of this package.
   */
  static <T> void array(JsonGenerator g, String field, Collection<T> values,
      CodecSerializer.Writer<T> writer) throws IOException {
    g.writeArrayFieldStart(field);
    for (T v : values) {
      writer.write(g, v);
    }
    g.writeEndArray();
  }

  /** Writes an array field of texts; shared by the codecs of this package. */
  static void texts(JsonGenerator g, String field, Collection<String> values)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  static <T> Optional<T> scalar(JsonNode node, String at, Problems p,
      java.util.function.Function<String, T> factory) {
    if (!node.isTextual()) {
      p.add(at, "must be a string, got " + Fields.show(node));
      return Optional.empty();
    }
    try {
      return Optional.of(factory.apply(node.textValue()));
    } catch (dev.valuex.core.InvalidValueException e) {
      p.add(at, e.getMessage());
      return Optional.empty();
    }
  }
}
