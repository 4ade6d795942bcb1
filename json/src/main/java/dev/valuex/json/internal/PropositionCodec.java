package dev.valuex.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.valuex.core.ElementId;
import dev.valuex.json.ElementResolver;
import dev.valuex.planning.Offering;
import dev.valuex.planning.ValueProposition;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes and reads {@code valuex.proposition/1} documents: a value proposition's offerings
 * (products, services, features), each with the elements it creates and the costs it relieves.
 * Elements are written as ids and read through an {@link ElementResolver}, so documents people
 * write may name cards.
 */
public final class PropositionCodec {
  /** The format marker of value proposition documents. */
  public static final String PROPOSITION_FORMAT = "valuex.proposition/1";

  static final Tokens<Offering.Kind> OFFERING_KINDS = Tokens.of(Offering.Kind.class);

  private PropositionCodec() {}

  /**
   * Writes a value proposition document.
   *
   * @param g the generator
   * @param p the proposition
   * @throws IOException if the generator fails
   */
  public static void writeProposition(JsonGenerator g, ValueProposition p) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", PROPOSITION_FORMAT);
    g.writeStringField("name", p.name());
    ModelCodec.optional(g, "description", p.description());
    ModelCodec.array(g, "offerings", p.offerings(), PropositionCodec::writeOffering);
    g.writeEndObject();
  }

  /**
   * Writes an offering.
   *
   * @param g the generator
   * @param o the offering
   * @throws IOException if the generator fails
   */
  public static void writeOffering(JsonGenerator g, Offering o) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", o.name());
    g.writeStringField("kind", OFFERING_KINDS.token(o.kind()));
    ModelCodec.optional(g, "description", o.description());
    ModelCodec.texts(g, "creates", o.creates().stream().map(ElementId::toString).toList());
    ModelCodec.texts(g, "relieves", o.relieves().stream().map(ElementId::toString).toList());
    g.writeEndObject();
  }

  /**
   * Returns a reader of value proposition documents that resolves element texts.
   *
   * @param resolver turns element texts (ids or card names) into ids
   * @return the reader
   */
  public static CodecDeserializer.Reader<ValueProposition> propositionReader(
      ElementResolver resolver) {
    return (node, at, p) -> readProposition(node, at, p, resolver);
  }

  /**
   * Reads an offering whose elements are ids.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the offering, empty when it had problems
   */
  public static Optional<Offering> readOffering(JsonNode node, String at, Problems p) {
    return readOffering(node, at, p, ElementResolver.idsOnly());
  }

  private static Optional<ValueProposition> readProposition(JsonNode node, String at,
      Problems p, ElementResolver resolver) {
    return Fields.of(node, at, p, "a value proposition").flatMap(f -> {
      f.format(PROPOSITION_FORMAT);
      Optional<String> name = f.text("name", true);
      Optional<String> description = f.text("description", false);
      List<Offering> offerings = f.array("offerings",
          (n, ptr) -> readOffering(n, ptr, p, resolver));
      return f.build(() -> ValueProposition.builder().name(name.get())
          .description(description).addAllOfferings(offerings).build());
    });
  }

  private static Optional<Offering> readOffering(JsonNode node, String at, Problems p,
      ElementResolver resolver) {
    return Fields.of(node, at, p, "an offering").flatMap(f -> {
      Optional<String> name = f.text("name", true);
      Optional<Offering.Kind> kind = f.token("kind", OFFERING_KINDS, true);
      Optional<String> description = f.text("description", false);
      List<ElementId> creates = elements(f, "creates", resolver);
      List<ElementId> relieves = elements(f, "relieves", resolver);
      return f.build(() -> Offering.builder().name(name.get()).kind(kind.get())
          .description(description).addAllCreates(creates).addAllRelieves(relieves).build());
    });
  }

  /** Reads a set of elements, each an id or a card name, reporting unknown and repeated ones. */
  private static List<ElementId> elements(Fields f, String field, ElementResolver resolver) {
    Set<ElementId> seen = new HashSet<>();
    return f.array(field, (v, at) -> {
      if (!v.isTextual()) {
        f.problems().add(at, "must be an element id or card name, got " + Fields.show(v));
        return Optional.empty();
      }
      String text = v.textValue();
      return PlanCodec.resolveElement(text, at, f.problems(), resolver).flatMap(id -> {
        if (!seen.add(id)) {
          f.problems().add(at, "must not repeat an earlier element, got " + Fields.quote(text));
          return Optional.empty();
        }
        return Optional.of(id);
      });
    });
  }
}
