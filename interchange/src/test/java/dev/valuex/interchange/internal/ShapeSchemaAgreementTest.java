package dev.valuex.interchange.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.valuex.interchange.ValuexJson;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each shipped schema states the same shape as the {@link Shape} that writes and reads its
 * documents: the same properties in the same order, the same required set, arrays where the
 * shape has arrays (with {@code uniqueItems} exactly for sets), the same tokens, and the same
 * for every nested object.
 */
class ShapeSchemaAgreementTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of("valuex.ledger/1", ModelCodec.LEDGER),
        Arguments.of("valuex.element/1", ModelCodec.ELEMENT),
        Arguments.of("valuex.group-ledger/1", ModelCodec.GROUP_LEDGER),
        Arguments.of("valuex.journey/1", JourneyCodec.JOURNEY),
        Arguments.of("valuex.stage-tags/1", JourneyCodec.STAGE_TAGS),
        Arguments.of("valuex.row-stages/1", JourneyCodec.ROW_STAGES),
        Arguments.of("valuex.plan/1", PlanCodec.IDS.plan),
        Arguments.of("valuex.program/1", PlanCodec.IDS.program),
        Arguments.of("valuex.proposition/1", PlanCodec.IDS.proposition),
        Arguments.of("valuex.policy/1", ModelCodec.POLICY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void eachShippedSchemaStatesTheShapeOfItsDocuments(String format, Shape<?, ?> shape)
      throws Exception {
    assertEquals(format, shape.format().orElseThrow());
    assertEquals(List.of(), disagreements(shape, format));
  }

  @Test
  void aTextTheSchemaTypesAsANumberIsADisagreement() throws Exception {
    JsonNode root = MAPPER.readTree("""
        {"type": "object", "additionalProperties": false, "required": ["name", "type"],
         "properties": {
           "name": {"type": "integer"},
           "type": {"enum": ["loyalty", "subscription", "self_service", "membership", "other"]},
           "constraints": {"type": "array",
             "items": {"type": "string", "pattern": "^\\\\S(?:[\\\\s\\\\S]*\\\\S)?$"}}}}""");
    List<String> out = new ArrayList<>();
    object(PlanCodec.SCOPE, root, root, "(root)", out);
    assertEquals(List.of("(root)/name: text pattern: shape ^\\S(?:[\\s\\S]*\\S)?$, schema "),
        out);
  }

  @Test
  void anArrayTheSchemaRequiresMustNotBeEmptyThere() throws Exception {
    JsonNode root = MAPPER.readTree("{\"type\":\"object\",\"additionalProperties\":false,"
        + "\"required\":[\"given\"],\"properties\":{\"given\":{\"type\":\"array\","
        + "\"uniqueItems\":true,\"items\":{\"type\":\"string\"}}}}");
    List<String> out = new ArrayList<>();
    object(ModelCodec.PAIRING, root, root, "(root)", out);
    assertTrue(out.contains("(root): required: shape [], schema [given]"), out::toString);
  }

  @Test
  void aFieldMissingFromTheSchemaIsADisagreement() throws Exception {
    Shape<?, ?> withMore = Shape.of("a ledger", () -> null, b -> null).format("valuex.ledger/1")
        .required("id", Shape.TEXT, x -> "", (b, v) -> { })
        .build();
    List<String> found = disagreements(withMore, "valuex.ledger/1");
    assertTrue(found.stream().anyMatch(d -> d.startsWith(
        "(root): properties: shape [format, id], schema [format, id, subject, owner")),
        found::toString);
    assertTrue(found.contains("(root): required: shape [format, id], schema [format, id, "
        + "subject, owner, author, perspective, view, as_of]"), found::toString);
  }

  private static List<String> disagreements(Shape<?, ?> shape, String format) throws Exception {
    JsonNode root = MAPPER.readTree(ValuexJson.schema(format));
    List<String> out = new ArrayList<>();
    object(shape, root, root, "(root)", out);
    return out;
  }

  private static void object(Shape<?, ?> shape, JsonNode schema, JsonNode root, String at,
      List<String> out) {
    JsonNode s = alternatives(resolve(schema, root), root);
    Set<String> names = new LinkedHashSet<>();
    Set<String> required = new LinkedHashSet<>();
    String marker = shape.markerName();
    shape.format().ifPresent(f -> {
      names.add(marker);
      required.add(marker);
      same(at + "/" + marker + ": const", f,
          s.path("properties").path(marker).path("const").asText(), out);
    });
    for (Shape.Field<?, ?, ?> f : shape.fields()) {
      names.add(f.name());
      if (f.required()) {
        required.add(f.name());
      }
    }
    same(at + ": properties", List.copyOf(names), fieldNames(s.path("properties")), out);
    // A reader treats a missing array as empty, so a schema may require an array only when
    // an empty one is invalid too (minItems 1): both say the same then.
    Set<String> schemaRequired = new LinkedHashSet<>(texts(s.path("required")));
    schemaRequired.removeIf(n -> resolve(s.path("properties").path(n), root)
        .path("minItems").asInt(0) > 0 && !required.contains(n));
    same(at + ": required", required, schemaRequired, out);
    same(at + ": additionalProperties", "false", s.path("additionalProperties").asText(), out);
    for (Shape.Field<?, ?, ?> f : shape.fields()) {
      JsonNode p = resolve(s.path("properties").path(f.name()), root);
      String here = at + "/" + f.name();
      if (f.cardinality() == Shape.Cardinality.ONE) {
        value(f.codec(), p, root, here, out);
        continue;
      }
      same(here + ": type", "array", p.path("type").asText(), out);
      same(here + ": uniqueItems", f.cardinality() == Shape.Cardinality.SET,
          p.path("uniqueItems").asBoolean(false), out);
      value(f.codec(), p.path("items"), root, here + "/items", out);
    }
  }

  private static void value(Shape.Codec<?> codec, JsonNode schema, JsonNode root, String at,
      List<String> out) {
    JsonNode s = resolve(schema, root);
    if (codec instanceof Shape.ObjectCodec<?> o) {
      object(o.shape(), s, root, at, out);
    } else if (codec instanceof Shape.TokenCodec<?> t) {
      same(at + ": enum", t.tokens().all(), texts(s.path("enum")), out);
    } else if (codec == Shape.DATE) {
      same(at + ": format", "date", s.path("format").asText(), out);
    } else if (codec == Shape.TEXT) {
      same(at + ": text pattern", "^\\S(?:[\\s\\S]*\\S)?$", s.path("pattern").asText(), out);
    } else if (codec instanceof Shape.Variants<?> v) {
      variants(v, s, root, at, out);
    } else if (codec instanceof Shape.Numeric<?> n) {
      same(at + ": type", n.kind() == Shape.Numeric.Kind.DOUBLE ? "number" : "integer",
          s.path("type").asText(), out);
      if (n.range() != null) {
        same(at + ": minimum", n.min(), s.path("minimum").asDouble(), out);
        boolean unbounded = n.max() == Double.MAX_VALUE || n.max() == Integer.MAX_VALUE;
        same(at + ": maximum", unbounded ? "none" : String.valueOf(n.max()),
            s.has("maximum") ? String.valueOf(s.get("maximum").asDouble()) : "none", out);
      }
    } else if (codec == Shape.BOOLEAN) {
      same(at + ": type", "boolean", s.path("type").asText(), out);
    } else if (codec == Shape.TEXT_OR_TEXTS) {
      same(at + ": one text or an array of texts", List.of("string", "array"),
          StreamSupport.stream(s.path("anyOf").spliterator(), false)
              .map(a -> resolve(a, root).path("type").asText()).toList(), out);
    } else if (codec instanceof Shape.Parsed<?> p && p.free()) {
      same(at + ": type", "string", s.path("type").asText(), out);
      if (!s.has("pattern")) {
        out.add(at + ": free text without a pattern in the schema");
      }
    } else {
      String type = s.path("type").asText();
      if (!type.equals("string") && !type.equals("integer")) {
        out.add(at + ": type: shape a string or integer, schema '" + type + "'");
      }
    }
  }

  /**
   * Holds each kind of a value of several kinds (a policy's rules) to the {@code oneOf}
   * alternative whose marker is its own; the markers to the schema's {@code enum}, and the
   * marker to the schema's required set.
   */
  private static void variants(Shape.Variants<?> v, JsonNode s, JsonNode root, String at,
      List<String> out) {
    String marker = v.shapes().get(0).markerName();
    same(at + ": " + marker + " enum",
        v.shapes().stream().map(x -> x.format().orElseThrow()).toList(),
        texts(s.path("properties").path(marker).path("enum")), out);
    same(at + ": required", List.of(marker), texts(s.path("required")), out);
    List<JsonNode> alternatives = new ArrayList<>();
    s.path("oneOf").forEach(a -> alternatives.add(resolve(a, root)));
    same(at + ": alternatives", v.shapes().size(), alternatives.size(), out);
    for (Shape<?, ?> shape : v.shapes()) {
      String kind = shape.format().orElseThrow();
      ObjectNode alternative = alternatives.stream()
          .filter(a -> kind.equals(a.path("properties").path(marker).path("const").asText()))
          .findFirst().map(a -> ((ObjectNode) a).deepCopy())
          .orElseGet(MAPPER::createObjectNode);
      alternative.set("required", s.path("required"));
      object(shape, alternative, root, at + "[" + kind + "]", out);
    }
  }

  /**
   * Reads a {@code oneOf} of objects (such as a group threshold: a share or a count) as one
   * object whose fields are all of theirs, each optional: the reader checks that exactly one
   * is given when it builds the value.
   */
  private static JsonNode alternatives(JsonNode schema, JsonNode root) {
    if (!schema.has("oneOf")) {
      return schema;
    }
    ObjectNode merged = MAPPER.createObjectNode();
    ObjectNode properties = merged.putObject("properties");
    merged.put("additionalProperties", false);
    for (JsonNode alternative : schema.get("oneOf")) {
      JsonNode a = resolve(alternative, root);
      properties.setAll((ObjectNode) a.path("properties"));
      if (a.path("additionalProperties").asBoolean(true)) {
        merged.put("additionalProperties", true);
      }
    }
    return merged;
  }

  /** Follows {@code $ref}s; keywords beside a {@code $ref} apply too (draft 2020-12). */
  private static JsonNode resolve(JsonNode schema, JsonNode root) {
    if (!schema.has("$ref")) {
      return schema;
    }
    ObjectNode merged = resolve(root.at(schema.get("$ref").asText().substring(1)), root)
        .deepCopy();
    for (Map.Entry<String, JsonNode> e : schema.properties()) {
      if (!e.getKey().equals("$ref")) {
        merged.set(e.getKey(), e.getValue());
      }
    }
    return merged;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  private static void same(String what, Object shape, Object schema, List<String> out) {
    if (!shape.equals(schema)) {
      out.add(what + ": shape " + shape + ", schema " + schema);
    }
  }
}
