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
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

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

  // ---- writing ----

  /**
   * Writes a ledger document, with its format marker.
   *
   * @param g the generator
   * @param l the ledger
   * @throws IOException if the generator fails
   */
  public static void writeLedger(JsonGenerator g, Ledger l) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", LEDGER_FORMAT);
    g.writeStringField("id", l.id().value());
    g.writeFieldName("subject");
    writeSubject(g, l.subject());
    g.writeStringField("owner", l.owner());
    g.writeStringField("author", l.author());
    g.writeStringField("perspective", PERSPECTIVES.token(l.perspective()));
    g.writeStringField("view", VIEWS.token(l.view()));
    optional(g, "context", l.context());
    optional(g, "purpose", l.purpose());
    g.writeStringField("as_of", l.asOf().toString());
    array(g, "entries", l.entries(), ModelCodec::writeEntry);
    array(g, "pairings", l.pairings(), ModelCodec::writePairing);
    if (l.judgement().isPresent()) {
      g.writeFieldName("judgement");
      writeJudgement(g, l.judgement().get());
    }
    texts(g, "notes", l.notes());
    if (l.supersedes().isPresent()) {
      g.writeStringField("supersedes", l.supersedes().get().value());
    }
    g.writeEndObject();
  }

  /**
   * Writes a subject.
   *
   * @param g the generator
   * @param s the subject
   * @throws IOException if the generator fails
   */
  public static void writeSubject(JsonGenerator g, Subject s) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", SUBJECT_KINDS.token(s.kind()));
    g.writeStringField("label", s.label());
    texts(g, "segments", s.segments());
    g.writeEndObject();
  }

  /**
   * Writes a ledger entry.
   *
   * @param g the generator
   * @param e the entry
   * @throws IOException if the generator fails
   */
  public static void writeEntry(JsonGenerator g, LedgerEntry e) throws IOException {
    g.writeStartObject();
    g.writeStringField("element", e.element().toString());
    g.writeStringField("side", SIDES.token(e.side()));
    if (e.importance().isPresent()) {
      g.writeNumberField("importance", e.importance().getAsInt());
    }
    array(g, "evidence", e.evidence(), ModelCodec::writeEvidence);
    optional(g, "note", e.note());
    g.writeEndObject();
  }

  /**
   * Writes evidence.
   *
   * @param g the generator
   * @param e the evidence
   * @throws IOException if the generator fails
   */
  public static void writeEvidence(JsonGenerator g, Evidence e) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", EVIDENCE_KINDS.token(e.kind()));
    g.writeStringField("text", e.text());
    optional(g, "source", e.source());
    optional(g, "speaker", e.speaker());
    if (e.date().isPresent()) {
      g.writeStringField("date", e.date().get().toString());
    }
    g.writeEndObject();
  }

  /**
   * Writes a pairing.
   *
   * @param g the generator
   * @param p the pairing
   * @throws IOException if the generator fails
   */
  public static void writePairing(JsonGenerator g, Pairing p) throws IOException {
    g.writeStartObject();
    ids(g, "given", p.given());
    ids(g, "received", p.received());
    optional(g, "note", p.note());
    g.writeEndObject();
  }

  /**
   * Writes a balance judgement.
   *
   * @param g the generator
   * @param j the judgement
   * @throws IOException if the generator fails
   */
  public static void writeJudgement(JsonGenerator g, BalanceJudgement j) throws IOException {
    g.writeStartObject();
    g.writeStringField("verdict", VERDICTS.token(j.verdict()));
    optional(g, "rationale", j.rationale());
    g.writeStringField("recorded_by", j.recordedBy());
    g.writeStringField("recorded_on", j.recordedOn().toString());
    g.writeEndObject();
  }

  /**
   * Writes a provenance.
   *
   * @param g the generator
   * @param p the provenance
   * @throws IOException if the generator fails
   */
  public static void writeProvenance(JsonGenerator g, Provenance p) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", PROVENANCE_KINDS.token(p.kind()));
    optional(g, "source", p.source());
    g.writeEndObject();
  }

  /**
   * Writes a value element document, with its format marker.
   *
   * @param g the generator
   * @param e the element
   * @throws IOException if the generator fails
   */
  public static void writeElement(JsonGenerator g, ValueElement e) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", ELEMENT_FORMAT);
    g.writeStringField("id", e.id().toString());
    g.writeStringField("name", e.name());
    g.writeStringField("short_phrase", e.shortPhrase());
    g.writeStringField("sentence", e.sentence());
    g.writeStringField("perspective", PERSPECTIVES.token(e.perspective()));
    g.writeStringField("category", e.category());
    if (e.typicalSide().isPresent()) {
      g.writeStringField("typical_side", SIDES.token(e.typicalSide().get()));
    }
    texts(g, "keywords", e.keywords());
    texts(g, "example_statements", e.exampleStatements());
    texts(g, "example_measures", e.exampleMeasures());
    g.writeFieldName("provenance");
    writeProvenance(g, e.provenance());
    g.writeEndObject();
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

  private static void ids(JsonGenerator g, String field, Collection<ElementId> values)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (ElementId v : values) {
      g.writeString(v.toString());
    }
    g.writeEndArray();
  }

  // ---- reading ----

  /**
   * Reads a ledger document.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the ledger, empty when the document had problems
   */
  public static Optional<Ledger> readLedger(JsonNode node, String at, Problems p) {
    Optional<Fields> of = Fields.of(node, at, p, "a ledger");
    if (of.isEmpty()) {
      return Optional.empty();
    }
    Fields f = of.get();
    f.format(LEDGER_FORMAT);
    Optional<LedgerId> id = f.text("id", true, LedgerId::of);
    Optional<Subject> subject = f.object("subject", true, (n, ptr) -> readSubject(n, ptr, p));
    Optional<String> owner = f.text("owner", true);
    Optional<String> author = f.text("author", true);
    Optional<Perspective> perspective = f.token("perspective", PERSPECTIVES, true);
    Optional<View> view = f.token("view", VIEWS, true);
    Optional<String> context = f.text("context", false);
    Optional<String> purpose = f.text("purpose", false);
    Optional<LocalDate> asOf = f.date("as_of", true);
    List<LedgerEntry> entries = f.array("entries", (n, ptr) -> readEntry(n, ptr, p));
    List<Pairing> pairings = f.array("pairings", (n, ptr) -> readPairing(n, ptr, p));
    Optional<BalanceJudgement> judgement =
        f.object("judgement", false, (n, ptr) -> readJudgement(n, ptr, p));
    List<String> notes = f.texts("notes");
    Optional<LedgerId> supersedes = f.text("supersedes", false, LedgerId::of);
    return f.build(() -> Ledger.builder().id(id.get()).subject(subject.get())
        .owner(owner.get()).author(author.get()).perspective(perspective.get())
        .view(view.get()).context(context).purpose(purpose).asOf(asOf.get())
        .addAllEntries(entries).addAllPairings(pairings).judgement(judgement)
        .addAllNotes(notes).supersedes(supersedes).build());
  }

  /**
   * Reads a subject.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the subject, empty when it had problems
   */
  public static Optional<Subject> readSubject(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "a subject").flatMap(f -> {
      Optional<Subject.Kind> kind = f.token("kind", SUBJECT_KINDS, true);
      Optional<String> label = f.text("label", true);
      List<String> segments = f.distinctTexts("segments");
      return f.build(() -> Subject.builder().kind(kind.get()).label(label.get())
          .addAllSegments(segments).build());
    });
  }

  /**
   * Reads a ledger entry.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the entry, empty when it had problems
   */
  public static Optional<LedgerEntry> readEntry(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "a ledger entry").flatMap(f -> {
      Optional<ElementId> element = f.text("element", true, ModelCodec::elementId);
      Optional<Side> side = f.token("side", SIDES, true);
      OptionalInt importance = f.integer("importance");
      importance.ifPresent(i -> f.check("importance", () -> LedgerEntry.checkImportance(i)));
      List<Evidence> evidence = f.array("evidence", (n, ptr) -> readEvidence(n, ptr, p));
      Optional<String> note = f.text("note", false);
      return f.build(() -> LedgerEntry.builder().element(element.get()).side(side.get())
          .importance(importance).addAllEvidence(evidence).note(note).build());
    });
  }

  /**
   * Reads evidence.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the evidence, empty when it had problems
   */
  public static Optional<Evidence> readEvidence(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "evidence").flatMap(f -> {
      Optional<Evidence.Kind> kind = f.token("kind", EVIDENCE_KINDS, true);
      Optional<String> text = f.text("text", true);
      Optional<String> source = f.text("source", false);
      Optional<String> speaker = f.text("speaker", false);
      Optional<LocalDate> date = f.date("date", false);
      return f.build(() -> Evidence.builder().kind(kind.get()).text(text.get()).source(source)
          .speaker(speaker).date(date).build());
    });
  }

  /**
   * Reads a pairing.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the pairing, empty when it had problems
   */
  public static Optional<Pairing> readPairing(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "a pairing").flatMap(f -> {
      List<ElementId> given = f.distinctTexts("given", ModelCodec::elementId);
      List<ElementId> received = f.distinctTexts("received", ModelCodec::elementId);
      Optional<String> note = f.text("note", false);
      return f.build(() -> Pairing.builder().addAllGiven(given).addAllReceived(received)
          .note(note).build());
    });
  }

  /**
   * Reads a balance judgement.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the judgement, empty when it had problems
   */
  public static Optional<BalanceJudgement> readJudgement(JsonNode node, String at,
      Problems p) {
    return Fields.of(node, at, p, "a balance judgement").flatMap(f -> {
      Optional<BalanceJudgement.Verdict> verdict = f.token("verdict", VERDICTS, true);
      Optional<String> rationale = f.text("rationale", false);
      Optional<String> by = f.text("recorded_by", true);
      Optional<LocalDate> on = f.date("recorded_on", true);
      return f.build(() -> BalanceJudgement.builder().verdict(verdict.get())
          .rationale(rationale).recordedBy(by.get()).recordedOn(on.get()).build());
    });
  }

  /**
   * Reads a provenance.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the provenance, empty when it had problems
   */
  public static Optional<Provenance> readProvenance(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "a provenance").flatMap(f -> {
      Optional<Provenance.Kind> kind = f.token("kind", PROVENANCE_KINDS, true);
      Optional<String> source = f.text("source", false);
      return f.build(() -> source.isPresent() ? Provenance.of(kind.get(), source.get())
          : Provenance.of(kind.get()));
    });
  }

  /**
   * Reads a value element document.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the element, empty when the document had problems
   */
  public static Optional<ValueElement> readElement(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "a value element").flatMap(f -> {
      f.format(ELEMENT_FORMAT);
      Optional<ElementId> id = f.text("id", true, ElementId::parse);
      Optional<String> name = f.text("name", true);
      Optional<String> shortPhrase = f.text("short_phrase", true);
      Optional<String> sentence = f.text("sentence", true);
      Optional<Perspective> perspective = f.token("perspective", PERSPECTIVES, true);
      Optional<String> category = f.text("category", true);
      Optional<Side> typicalSide = f.token("typical_side", SIDES, false);
      List<String> keywords = f.distinctTexts("keywords");
      List<String> statements = f.texts("example_statements");
      List<String> measures = f.texts("example_measures");
      Optional<Provenance> provenance =
          f.object("provenance", true, (n, ptr) -> readProvenance(n, ptr, p));
      return f.build(() -> ValueElement.builder().id(id.get()).name(name.get())
          .shortPhrase(shortPhrase.get()).sentence(sentence.get())
          .perspective(perspective.get()).category(category.get()).typicalSide(typicalSide)
          .addAllKeywords(keywords).addAllExampleStatements(statements)
          .addAllExampleMeasures(measures).provenance(provenance.get()).build());
    });
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
    return scalar(node, at, p, ElementId::parse);
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
    return scalar(node, at, p, LedgerId::of);
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
