package dev.valuex.interchange.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.valuex.core.ElementId;
import dev.valuex.core.agreement.AgreementReport;
import dev.valuex.core.agreement.Code;
import dev.valuex.core.agreement.Confusion;
import dev.valuex.core.agreement.ElementAgreement;
import dev.valuex.core.agreement.Estimate;
import dev.valuex.core.agreement.MatchedStatement;
import java.io.IOException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes agreement reports as {@code valuex.agreement/1} documents: the coders and how
 * statements were matched, counts of statements, every defined measure with its interval,
 * per-code kappas, confusions, the statements to reconcile and those missing from some sheets.
 * Elements are written by id with their card name.
 */
public final class AgreementCodec {
  /** The format marker of agreement reports. */
  public static final String AGREEMENT_FORMAT = "valuex.agreement/1";

  private AgreementCodec() {}

  /** Returns a writer of reports that names cards through a function. */
  public static CodecSerializer.Writer<AgreementReport> writer(Function<ElementId, String> cards) {
    return (g, r) -> write(g, r, cards);
  }

  private static void write(JsonGenerator g, AgreementReport r,
      Function<ElementId, String> cards) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", AGREEMENT_FORMAT);
    ModelCodec.texts(g, "coders", r.coders());
    g.writeStringField("matched_by", r.matchedBy().name().toLowerCase(Locale.ROOT));
    g.writeBooleanField("ignore_side", r.options().ignoreSide());
    g.writeObjectFieldStart("bootstrap");
    g.writeNumberField("replicates", r.options().bootstrap().replicates());
    g.writeNumberField("seed", r.options().bootstrap().seed());
    g.writeEndObject();
    g.writeObjectFieldStart("statements");
    g.writeNumberField("total", r.statements().size());
    g.writeNumberField("shared", r.statements().stream().filter(s -> s.codes().size() >= 2)
        .count());
    g.writeNumberField("agreed", r.statements().stream().filter(MatchedStatement::agreed)
        .count());
    g.writeNumberField("disagreed", r.disagreements().size());
    g.writeNumberField("partial", r.partial().size());
    g.writeEndObject();
    g.writeArrayFieldStart("measures");
    measure(g, "percent_agreement", Optional.of(r.percentAgreement()));
    measure(g, "cohens_kappa", r.cohensKappa());
    measure(g, "fleiss_kappa", r.fleissKappa());
    measure(g, "krippendorff_alpha", r.krippendorffAlpha());
    measure(g, "masi_alpha", r.masiAlpha());
    g.writeEndArray();
    g.writeArrayFieldStart("elements");
    for (ElementAgreement e : r.elements()) {
      g.writeStartObject();
      codeFields(g, e.code(), cards);
      g.writeNumberField("statements", e.statements());
      if (e.kappa().isPresent()) {
        g.writeFieldName("kappa");
        estimate(g, e.kappa().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    if (r.mostConfused().isPresent()) {
      g.writeFieldName("most_confused");
      confusion(g, r.mostConfused().get(), cards);
    }
    g.writeArrayFieldStart("confusions");
    for (Confusion c : r.confusions()) {
      confusion(g, c, cards);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("disagreements");
    for (MatchedStatement s : r.disagreements()) {
      g.writeStartObject();
      statementFields(g, s);
      g.writeArrayFieldStart("codings");
      for (Map.Entry<String, ? extends Collection<Code>> e : s.codes().entrySet()) {
        g.writeStartObject();
        g.writeStringField("coder", e.getKey());
        codes(g, e.getValue(), cards);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("partial");
    for (MatchedStatement s : r.partial()) {
      g.writeStartObject();
      statementFields(g, s);
      ModelCodec.texts(g, "coded_by", s.codes().keySet());
      ModelCodec.texts(g, "missing_from", r.coders().stream()
          .filter(c -> !s.codes().containsKey(c)).toList());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void statementFields(JsonGenerator g, MatchedStatement s) throws IOException {
    g.writeStringField("statement", s.key());
    if (s.id().isPresent()) {
      g.writeStringField("id", s.id().get());
    }
    g.writeStringField("subject", s.subject());
    g.writeStringField("text", s.text());
  }

  private static void measure(JsonGenerator g, String name, Optional<Estimate> e)
      throws IOException {
    if (e.isEmpty()) {
      return;
    }
    g.writeStartObject();
    g.writeStringField("measure", name);
    estimateFields(g, e.get());
    g.writeEndObject();
  }

  private static void estimate(JsonGenerator g, Estimate e) throws IOException {
    g.writeStartObject();
    estimateFields(g, e);
    g.writeEndObject();
  }

  private static void estimateFields(JsonGenerator g, Estimate e) throws IOException {
    g.writeNumberField("value", e.value());
    g.writeNumberField("lower", e.lower());
    g.writeNumberField("upper", e.upper());
    g.writeNumberField("statements", e.units());
    g.writeNumberField("replicates", e.replicates());
  }

  private static void confusion(JsonGenerator g, Confusion c, Function<ElementId, String> cards)
      throws IOException {
    g.writeStartObject();
    g.writeFieldName("first");
    code(g, c.first(), cards);
    g.writeFieldName("second");
    code(g, c.second(), cards);
    g.writeNumberField("count", c.count());
    g.writeEndObject();
  }

  private static void codes(JsonGenerator g, Collection<Code> codes,
      Function<ElementId, String> cards) throws IOException {
    g.writeArrayFieldStart("codes");
    for (Code c : codes) {
      code(g, c, cards);
    }
    g.writeEndArray();
  }

  private static void code(JsonGenerator g, Code c, Function<ElementId, String> cards)
      throws IOException {
    g.writeStartObject();
    codeFields(g, c, cards);
    g.writeEndObject();
  }

  private static void codeFields(JsonGenerator g, Code c, Function<ElementId, String> cards)
      throws IOException {
    g.writeStringField("element", c.element().toString());
    g.writeStringField("card", cards.apply(c.element()));
    if (c.side().isPresent()) {
      g.writeStringField("side", ModelCodec.SIDES.token(c.side().get()));
    }
  }
}
