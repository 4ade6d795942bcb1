package dev.valuex.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.valuex.core.BalanceJudgement;
import dev.valuex.core.ElementId;
import dev.valuex.core.Evidence;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Pairing;
import dev.valuex.core.Subject;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The fast path for reading a {@code valuex.ledger/1} document: straight from the parser's
 * tokens to the model's builders, with no tree in between. It accepts exactly the documents
 * that {@link ModelCodec#readLedger} accepts in strict mode, and gives up (returns null) at
 * the first thing it does not expect: an unknown or repeated field, a value of another type, a
 * missing required field, a text that breaks a rule, or a model rule broken. The caller then
 * reads the document through the tree, which reports every problem with its JSON pointer; so
 * this class never has to word an error, and what a reader reports is the same either way.
 */
final class LedgerStream {
  private LedgerStream() {}

  /** Thrown to give up; carries no stack trace, as it is a signal and not an error. */
  private static final class GiveUp extends Exception {
    private static final long serialVersionUID = 1L;
    static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super(null, null, false, false);
    }
  }

  /**
   * Reads a whole document from a parser positioned before its first token.
   *
   * @param p the parser
   * @return the ledger, or null when the document must be read through the tree
   * @throws IOException if the parser fails (malformed JSON, limits): also a reason to fall
   *     back, which the caller handles
   */
  static @Nullable Ledger read(JsonParser p) throws IOException {
    try {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      Ledger ledger = ledger(p);
      if (p.nextToken() != null) {
        return null;
      }
      return ledger;
    } catch (GiveUp | InvalidValueException | IllegalStateException e) {
      // IllegalStateException: a builder missing a required attribute; the tree words it.
      return null;
    }
  }

  private static Ledger ledger(JsonParser p) throws IOException, GiveUp {
    Ledger.Builder b = Ledger.builder();
    int seen = 0;
    String name;
    while ((name = p.nextFieldName()) != null) {
      int bit;
      switch (name) {
        case "format" -> {
          bit = 1;
          if (!text(p).equals(ModelCodec.LEDGER_FORMAT)) {
            throw GiveUp.INSTANCE;
          }
        }
        case "id" -> {
          bit = 1 << 1;
          b.id(LedgerId.of(string(p)));
        }
        case "subject" -> {
          bit = 1 << 2;
          expect(p.nextToken(), JsonToken.START_OBJECT);
          b.subject(subject(p));
        }
        case "owner" -> {
          bit = 1 << 3;
          b.owner(text(p));
        }
        case "author" -> {
          bit = 1 << 4;
          b.author(text(p));
        }
        case "perspective" -> {
          bit = 1 << 5;
          b.perspective(token(p, ModelCodec.PERSPECTIVES));
        }
        case "view" -> {
          bit = 1 << 6;
          b.view(token(p, ModelCodec.VIEWS));
        }
        case "as_of" -> {
          bit = 1 << 7;
          b.asOf(date(p));
        }
        case "context" -> {
          bit = 1 << 8;
          b.context(text(p));
        }
        case "purpose" -> {
          bit = 1 << 9;
          b.purpose(text(p));
        }
        case "entries" -> {
          bit = 1 << 10;
          expect(p.nextToken(), JsonToken.START_ARRAY);
          JsonToken t;
          while ((t = next(p)) == JsonToken.START_OBJECT) {
            b.addEntry(entry(p));
          }
          expect(t, JsonToken.END_ARRAY);
        }
        case "pairings" -> {
          bit = 1 << 11;
          expect(p.nextToken(), JsonToken.START_ARRAY);
          JsonToken t;
          while ((t = next(p)) == JsonToken.START_OBJECT) {
            b.addPairing(pairing(p));
          }
          expect(t, JsonToken.END_ARRAY);
        }
        case "judgement" -> {
          bit = 1 << 12;
          expect(p.nextToken(), JsonToken.START_OBJECT);
          b.judgement(judgement(p));
        }
        case "notes" -> {
          bit = 1 << 13;
          expect(p.nextToken(), JsonToken.START_ARRAY);
          JsonToken t;
          while ((t = next(p)) == JsonToken.VALUE_STRING) {
            b.addNote(checkedText(p.getText()));
          }
          expect(t, JsonToken.END_ARRAY);
        }
        case "supersedes" -> {
          bit = 1 << 14;
          b.supersedes(LedgerId.of(string(p)));
        }
        default -> throw GiveUp.INSTANCE;
      }
      seen = once(seen, bit);
    }
    requireAll(seen, 0xFF);
    return b.build();
  }

  private static Subject subject(JsonParser p) throws IOException, GiveUp {
    Subject.Builder b = Subject.builder();
    int seen = 0;
    String name;
    while ((name = p.nextFieldName()) != null) {
      int bit;
      switch (name) {
        case "kind" -> {
          bit = 1;
          b.kind(token(p, ModelCodec.SUBJECT_KINDS));
        }
        case "label" -> {
          bit = 1 << 1;
          b.label(text(p));
        }
        case "segments" -> {
          bit = 1 << 2;
          expect(p.nextToken(), JsonToken.START_ARRAY);
          Set<String> segments = new HashSet<>();
          JsonToken t;
          while ((t = next(p)) == JsonToken.VALUE_STRING) {
            String s = checkedText(p.getText());
            if (!segments.add(s)) {
              throw GiveUp.INSTANCE;
            }
            b.addSegment(s);
          }
          expect(t, JsonToken.END_ARRAY);
        }
        default -> throw GiveUp.INSTANCE;
      }
      seen = once(seen, bit);
    }
    requireAll(seen, 0b11);
    return b.build();
  }

  private static LedgerEntry entry(JsonParser p) throws IOException, GiveUp {
    LedgerEntry.Builder b = LedgerEntry.builder();
    int seen = 0;
    String name;
    while ((name = p.nextFieldName()) != null) {
      int bit;
      switch (name) {
        case "element" -> {
          bit = 1;
          b.element(ModelCodec.elementId(string(p)));
        }
        case "side" -> {
          bit = 1 << 1;
          b.side(token(p, ModelCodec.SIDES));
        }
        case "importance" -> {
          bit = 1 << 2;
          if (p.nextToken() != JsonToken.VALUE_NUMBER_INT
              || p.getNumberType() != JsonParser.NumberType.INT) {
            throw GiveUp.INSTANCE;
          }
          b.importance(p.getIntValue());
        }
        case "evidence" -> {
          bit = 1 << 3;
          expect(p.nextToken(), JsonToken.START_ARRAY);
          JsonToken t;
          while ((t = next(p)) == JsonToken.START_OBJECT) {
            b.addEvidence(evidence(p));
          }
          expect(t, JsonToken.END_ARRAY);
        }
        case "note" -> {
          bit = 1 << 4;
          b.note(text(p));
        }
        default -> throw GiveUp.INSTANCE;
      }
      seen = once(seen, bit);
    }
    requireAll(seen, 0b11);
    return b.build();
  }

  private static Evidence evidence(JsonParser p) throws IOException, GiveUp {
    Evidence.Builder b = Evidence.builder();
    int seen = 0;
    String name;
    while ((name = p.nextFieldName()) != null) {
      int bit;
      switch (name) {
        case "kind" -> {
          bit = 1;
          b.kind(token(p, ModelCodec.EVIDENCE_KINDS));
        }
        case "text" -> {
          bit = 1 << 1;
          b.text(text(p));
        }
        case "source" -> {
          bit = 1 << 2;
          b.source(text(p));
        }
        case "speaker" -> {
          bit = 1 << 3;
          b.speaker(text(p));
        }
        case "date" -> {
          bit = 1 << 4;
          b.date(date(p));
        }
        default -> throw GiveUp.INSTANCE;
      }
      seen = once(seen, bit);
    }
    requireAll(seen, 0b11);
    return b.build();
  }

  private static Pairing pairing(JsonParser p) throws IOException, GiveUp {
    Pairing.Builder b = Pairing.builder();
    int seen = 0;
    String name;
    while ((name = p.nextFieldName()) != null) {
      int bit;
      switch (name) {
        case "given" -> {
          bit = 1;
          for (ElementId id : ids(p)) {
            b.addGiven(id);
          }
        }
        case "received" -> {
          bit = 1 << 1;
          for (ElementId id : ids(p)) {
            b.addReceived(id);
          }
        }
        case "note" -> {
          bit = 1 << 2;
          b.note(text(p));
        }
        default -> throw GiveUp.INSTANCE;
      }
      seen = once(seen, bit);
    }
    return b.build();
  }

  private static Set<ElementId> ids(JsonParser p) throws IOException, GiveUp {
    expect(p.nextToken(), JsonToken.START_ARRAY);
    Set<ElementId> ids = new LinkedHashSet<>();
    JsonToken t;
    while ((t = next(p)) == JsonToken.VALUE_STRING) {
      if (!ids.add(ModelCodec.elementId(p.getText()))) {
        throw GiveUp.INSTANCE;
      }
    }
    expect(t, JsonToken.END_ARRAY);
    return ids;
  }

  private static BalanceJudgement judgement(JsonParser p) throws IOException, GiveUp {
    BalanceJudgement.Builder b = BalanceJudgement.builder();
    int seen = 0;
    String name;
    while ((name = p.nextFieldName()) != null) {
      int bit;
      switch (name) {
        case "verdict" -> {
          bit = 1;
          b.verdict(token(p, ModelCodec.VERDICTS));
        }
        case "rationale" -> {
          bit = 1 << 1;
          b.rationale(text(p));
        }
        case "recorded_by" -> {
          bit = 1 << 2;
          b.recordedBy(text(p));
        }
        case "recorded_on" -> {
          bit = 1 << 3;
          b.recordedOn(date(p));
        }
        default -> throw GiveUp.INSTANCE;
      }
      seen = once(seen, bit);
    }
    requireAll(seen, 0b1101);
    return b.build();
  }

  /**
   * Moves to the next array item: its token, or {@code END_ARRAY} after the last. An item of
   * another kind than the loop reads ends the loop on a token that is not {@code END_ARRAY}.
   */
  private static JsonToken next(JsonParser p) throws IOException, GiveUp {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw GiveUp.INSTANCE;
    }
    return t;
  }

  private static void expect(@Nullable JsonToken actual, JsonToken expected) throws GiveUp {
    if (actual != expected) {
      throw GiveUp.INSTANCE;
    }
  }

  private static int once(int seen, int bit) throws GiveUp {
    if ((seen & bit) != 0) {
      throw GiveUp.INSTANCE;
    }
    return seen | bit;
  }

  private static void requireAll(int seen, int required) throws GiveUp {
    if ((seen & required) != required) {
      throw GiveUp.INSTANCE;
    }
  }

  /** A string value that a model factory checks. */
  private static String string(JsonParser p) throws IOException, GiveUp {
    expect(p.nextToken(), JsonToken.VALUE_STRING);
    return p.getText();
  }

  /** Free text: not blank, no surrounding white space, as {@link Fields} requires. */
  private static String text(JsonParser p) throws IOException, GiveUp {
    return checkedText(string(p));
  }

  private static String checkedText(String s) throws GiveUp {
    if (s.isBlank() || !s.strip().equals(s)) {
      throw GiveUp.INSTANCE;
    }
    return s;
  }

  private static <E extends Enum<E>> E token(JsonParser p, Tokens<E> tokens)
      throws IOException, GiveUp {
    Optional<E> e = tokens.parse(string(p));
    if (e.isEmpty()) {
      throw GiveUp.INSTANCE;
    }
    return e.get();
  }

  private static LocalDate date(JsonParser p) throws IOException, GiveUp {
    Optional<LocalDate> d = Fields.parseDate(string(p));
    if (d.isEmpty()) {
      throw GiveUp.INSTANCE;
    }
    return d.get();
  }
}
