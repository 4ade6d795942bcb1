package dev.valuex.interchange.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import dev.valuex.core.InvalidValueException;
import com.google.common.collect.ImmutableMap;
import dev.valuex.core.analysis.GroupEntry;
import dev.valuex.core.balance.BalancePolicy;
import dev.valuex.core.balance.BalanceRule;
import dev.valuex.core.balance.CountParityRule;
import dev.valuex.core.balance.JudgementRule;
import dev.valuex.core.balance.PairingCoverageRule;
import dev.valuex.core.balance.WeightedRatioRule;
import dev.valuex.core.analysis.GroupLedger;
import dev.valuex.core.analysis.GroupRule;
import dev.valuex.core.analysis.GroupThreshold;
import dev.valuex.core.internal.Checks;
import dev.valuex.core.journey.EntryRef;
import java.util.List;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The shapes of the core model's documents ({@code valuex.ledger/1}, {@code valuex.element/1},
 * {@code valuex.group-ledger/1}) and their parts, each stated once as a {@link Shape}. Field
 * names are the format's own (snake case), not Java's; enum constants are written as
 * {@link Tokens}.
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

  /** The last id read at each slot, by text: the fast reader's hits make no string. */
  private record Cached(char[] text, ElementId id) {}

  private static final Cached[] BY_CHARS = new Cached[1 << 12];

  /** The text of ids written so far, so that writing one makes no string; bounded as IDS. */
  private static final java.util.concurrent.ConcurrentHashMap<ElementId, String> NAMES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Parses an element id given as the parser's characters, as {@link #elementId(String)}. */
  static ElementId elementId(char[] text, int offset, int length) {
    int h = 0;
    for (int i = offset; i < offset + length; i++) {
      h = 31 * h + text[i];
    }
    int slot = (h ^ (h >>> 16)) & (BY_CHARS.length - 1);
    // A data race on the slot is benign: a record's final fields are seen whole.
    Cached c = BY_CHARS[slot];
    if (c != null && Arrays.equals(c.text, 0, c.text.length, text, offset, offset + length)) {
      return c.id;
    }
    String s = new String(text, offset, length);
    ElementId id = elementId(s);
    BY_CHARS[slot] = new Cached(s.toCharArray(), id);
    return id;
  }

  // ---- the shapes of valuex.ledger/1 and valuex.element/1 ----

  /** An element id; the fast reader looks it up by the parser's characters. */
  public static final Shape.Codec<ElementId> ELEMENT_ID = new Shape.Codec<>() {
    private final Shape.Codec<ElementId> text =
        Shape.string(ModelCodec::elementId, ElementId::toString);

    @Override
    public void write(JsonGenerator g, ElementId value) throws IOException {
      String name = NAMES.get(value);
      if (name == null) {
        name = value.toString();
        if (NAMES.size() < MAX_CACHED_IDS) {
          NAMES.putIfAbsent(value, name);
        }
      }
      g.writeString(name);
    }

    @Override
    public Optional<ElementId> read(JsonNode node, String at, Problems problems) {
      return text.read(node, at, problems);
    }

    @Override
    public ElementId stream(JsonParser p, @Nullable JsonToken token)
        throws IOException, Shape.GiveUp {
      Shape.expect(token, JsonToken.VALUE_STRING);
      return elementId(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    }
  };
  /** A ledger id. */
  public static final Shape.Codec<LedgerId> LEDGER_ID =
      Shape.string(LedgerId::of, LedgerId::value);

  /** A subject: who a ledger is about. */
  public static final Shape<Subject, Subject.Builder> SUBJECT =
      Shape.of("a subject", Subject::builder, Subject.Builder::build)
          .required("kind", Shape.token(SUBJECT_KINDS), Subject::kind, Subject.Builder::kind)
          .required("label", Shape.TEXT, Subject::label, Subject.Builder::label)
          .set("segments", Shape.TEXT, Subject::segments, Subject.Builder::addSegment)
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
          .optionalInt("importance", Shape.integer(LedgerEntry::checkImportance),
              LedgerEntry::importance, LedgerEntry.Builder::importance)
          .list("evidence", EVIDENCE.codec(), LedgerEntry::evidence,
              LedgerEntry.Builder::addEvidence)
          .optional("note", Shape.TEXT, LedgerEntry::note, LedgerEntry.Builder::note)
          .build();

  /** A pairing of what is given for what is received. */
  public static final Shape<Pairing, Pairing.Builder> PAIRING =
      Shape.of("a pairing", Pairing::builder, Pairing.Builder::build)
          .set("given", ELEMENT_ID, Pairing::given, Pairing.Builder::addGiven)
          .set("received", ELEMENT_ID, Pairing::received, Pairing.Builder::addReceived)
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
          .list("entries", ENTRY.codec(), Ledger::entries, Ledger.Builder::addEntry)
          .list("pairings", PAIRING.codec(), Ledger::pairings, Ledger.Builder::addPairing)
          .optional("judgement", JUDGEMENT.codec(), Ledger::judgement,
              Ledger.Builder::judgement)
          .list("notes", Shape.TEXT, Ledger::notes, Ledger.Builder::addNote)
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
              ValueElement.Builder::addKeyword)
          .list("example_statements", Shape.TEXT, ValueElement::exampleStatements,
              ValueElement.Builder::addExampleStatement)
          .list("example_measures", Shape.TEXT, ValueElement::exampleMeasures,
              ValueElement.Builder::addExampleMeasure)
          .required("provenance", PROVENANCE.codec(), ValueElement::provenance,
              ValueElement.Builder::provenance)
          .build();

  /** The format marker of group ledger documents. */
  public static final String GROUP_LEDGER_FORMAT = "valuex.group-ledger/1";

  /** A group threshold: {@code {"at_least_share": 0.3}} or {@code {"at_least_count": 3}}. */
  public static final Shape<GroupThreshold, Shape.Parts> THRESHOLD = Shape.of(
          "a group threshold", (Shape.Parts v) -> {
            Optional<Double> share = v.find("at_least_share");
            Optional<Integer> count = v.find("at_least_count");
            if (share.isPresent() == count.isPresent()) {
              throw new InvalidValueException("must hold exactly one of at_least_share and"
                  + " at_least_count, got " + (share.isPresent() ? "both" : "neither"));
            }
            return share.isPresent() ? GroupThreshold.ofShare(share.get())
                : GroupThreshold.ofCount(count.get());
          })
      .optional("at_least_share", Shape.NUMBER, t -> t.share().isPresent()
          ? Optional.of(t.share().getAsDouble()) : Optional.empty())
      .optional("at_least_count", Shape.INT, t -> t.count().isPresent()
          ? Optional.of(t.count().getAsInt()) : Optional.empty())
      .build();

  /** An entry of a group ledger with the member entries behind it. */
  public static final Shape<GroupEntry, Shape.Parts> GROUP_ENTRY = Shape.of("a group entry",
          (Shape.Parts v) -> {
            ElementId element = v.get("element");
            Side side = v.get("side");
            GroupEntry.Builder b = GroupEntry.builder().element(element).side(side)
                .weighed(v.<Integer>get("weighed"));
            v.<Double>find("median_importance").ifPresent(b::medianImportance);
            v.<LedgerId>list("members").forEach(m -> b.addMembers(EntryRef.of(m, element, side)));
            return b.build();
          })
      .required("element", ELEMENT_ID, GroupEntry::element)
      .required("side", Shape.token(SIDES), GroupEntry::side)
      .set("members", LEDGER_ID, e -> e.members().stream().map(EntryRef::ledger).toList())
      .required("weighed", Shape.INT, GroupEntry::weighed)
      .optional("median_importance", Shape.NUMBER, e -> e.medianImportance().isPresent()
          ? Optional.of(e.medianImportance().getAsDouble()) : Optional.empty())
      .build();

  /**
   * The {@code valuex.group-ledger/1} document: a segment's or persona's ledger with the
   * threshold it was composed by, its members and the trace of each entry.
   */
  public static final Shape<GroupLedger, Shape.Parts> GROUP_LEDGER = Shape.of("a group ledger",
          (Shape.Parts v) -> {
            Ledger l = v.get("ledger");
            List<LedgerId> members = v.list("members");
            GroupRule rule = GroupRule.builder().id(l.id()).subject(l.subject())
                .owner(l.owner()).author(l.author()).threshold(v.get("threshold"))
                .withEvidence(v.<Boolean>get("with_evidence")).build();
            GroupLedger group = GroupLedger.builder().ledger(l).rule(rule).addAllMembers(members)
                .addAllEntries(v.<GroupEntry>list("entries")).build();
            int required = v.get("required_members");
            Checks.check(group.requiredMembers() == required, "GroupLedger " + l.id(),
                "required_members", "be the threshold's share of " + members.size()
                    + " members, " + group.requiredMembers(), required);
            return group;
          })
      .format(GROUP_LEDGER_FORMAT)
      .required("threshold", THRESHOLD.codec(), g -> g.rule().threshold())
      .required("with_evidence", Shape.BOOLEAN, g -> g.rule().withEvidence())
      .required("required_members", Shape.INT, GroupLedger::requiredMembers)
      .set("members", LEDGER_ID, GroupLedger::members)
      .required("ledger", LEDGER.codec(), GroupLedger::ledger)
      .list("entries", GROUP_ENTRY.codec(), GroupLedger::entries)
      .build();

  /** The format marker of balance policy documents. */
  public static final String POLICY_FORMAT = "valuex.policy/1";

  /** The importance scale in words, for a rule's default weight. */
  private static final String IMPORTANCE_SCALE =
      "a number from " + LedgerEntry.MIN_IMPORTANCE + " to " + LedgerEntry.MAX_IMPORTANCE;

  /** A weighted-ratio rule of a policy. */
  static final Shape<WeightedRatioRule, WeightedRatioRule.Builder> WEIGHTED_RATIO =
      rule(Shape.of("a policy rule", WeightedRatioRule::builder,
              WeightedRatioRule.Builder::build), WeightedRatioRule.DEFAULT_NAME)
          .optional("tolerance", Shape.number(0, Double.MAX_VALUE, "a number of at least 0"),
              r -> Optional.of(r.tolerance()), WeightedRatioRule.Builder::tolerance)
          .optionalDouble("default_weight", Shape.number(LedgerEntry.MIN_IMPORTANCE,
                  LedgerEntry.MAX_IMPORTANCE, IMPORTANCE_SCALE),
              WeightedRatioRule::defaultWeight, WeightedRatioRule.Builder::defaultWeight)
          .build();

  /** A pairing-coverage rule of a policy. */
  static final Shape<PairingCoverageRule, PairingCoverageRule.Builder> PAIRING_COVERAGE =
      rule(Shape.of("a policy rule", PairingCoverageRule::builder,
              PairingCoverageRule.Builder::build), PairingCoverageRule.DEFAULT_NAME)
          .optional("minimum_in_coverage", Shape.number(0, 1, "a share from 0 to 1"),
              r -> Optional.of(r.minimumInCoverage()),
              PairingCoverageRule.Builder::minimumInCoverage)
          .optional("minimum_out_coverage", Shape.number(0, 1, "a share from 0 to 1"),
              r -> Optional.of(r.minimumOutCoverage()),
              PairingCoverageRule.Builder::minimumOutCoverage)
          .build();

  /** A count-parity rule of a policy. */
  static final Shape<CountParityRule, CountParityRule.Builder> COUNT_PARITY =
      rule(Shape.of("a policy rule", CountParityRule::builder, CountParityRule.Builder::build),
              CountParityRule.DEFAULT_NAME)
          .optional("max_difference",
              Shape.integer(0, Integer.MAX_VALUE, "a whole number of at least 0"),
              r -> Optional.of(r.maxDifference()), CountParityRule.Builder::maxDifference)
          .build();

  /** The owner's-judgement rule of a policy, which has no parameters. */
  static final Shape<JudgementRule, JudgementRule.Builder> OWNERS_JUDGEMENT =
      rule(Shape.of("a policy rule", JudgementRule::builder, JudgementRule.Builder::build),
          JudgementRule.DEFAULT_NAME).build();

  /**
   * The {@code valuex.policy/1} document: a balance policy's name and its rules, each under
   * its default name with its parameters. A policy file of the earlier form (camel-case fields,
   * no {@code format}) is refused with what to change.
   */
  public static final Shape<BalancePolicy, BalancePolicy.Builder> POLICY =
      Shape.of("a policy", BalancePolicy::builder, BalancePolicy.Builder::build)
          .format(POLICY_FORMAT, " (a policy file of the earlier form: add \"format\": \""
              + POLICY_FORMAT + "\" and write its fields in snake case, default_weight,"
              + " minimum_in_coverage, minimum_out_coverage, max_difference)")
          .required("name", Shape.TEXT, BalancePolicy::name, BalancePolicy.Builder::name)
          .list("rules", Shape.<BalanceRule>variants("a rule", ImmutableMap.of(
                  WeightedRatioRule.class, WEIGHTED_RATIO,
                  PairingCoverageRule.class, PAIRING_COVERAGE,
                  CountParityRule.class, COUNT_PARITY,
                  JudgementRule.class, OWNERS_JUDGEMENT)),
              BalancePolicy::rules, BalancePolicy.Builder::addRule)
          .build();

  /** A policy rule's marker, and the camel-case names of the earlier policy files. */
  private static <R, B> Shape.Builder<R, B> rule(Shape.Builder<R, B> shape, String name) {
    return shape.variant("rule", name).renamed(POLICY_FORMAT, ImmutableMap.of(
        "defaultWeight", "default_weight", "minimumInCoverage", "minimum_in_coverage",
        "minimumOutCoverage", "minimum_out_coverage", "maxDifference", "max_difference"));
  }

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

  /** Writes an array field of texts; used by the agreement report's writer. */
  static void texts(JsonGenerator g, String field, Collection<String> values)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
