package dev.valuex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.valuex.interchange.ValuexJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks a command's JSON output against the schema of its format: the document validates, its
 * {@code format} is the one expected, and its keys come in the order the schema lists them.
 */
final class OutputSchemas {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private OutputSchemas() {}

  /** Reads the output, checks it against the format's schema and returns it. */
  static JsonNode valid(String json, String format) throws IOException {
    return valid(MAPPER.readTree(json), format);
  }

  /** Checks a document (or a document embedded in another) against the format's schema. */
  static JsonNode valid(JsonNode doc, String format) throws IOException {
    String schema = ValuexJson.schema(format);
    assertEquals(Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(schema).validate(doc), () -> format + ": " + doc);
    assertEquals(format, doc.path("format").asText(), "the format marker");
    List<String> order = names(MAPPER.readTree(schema).get("properties"));
    List<String> keys = names(doc);
    assertEquals(order.stream().filter(keys::contains).toList(), keys,
        format + ": keys in the schema's order");
    return doc;
  }

  /**
   * The first {@code json} code block after a text (a heading) in one of the project's
   * Markdown files, so that documented samples are checked by the tests.
   */
  static String sample(String markdown, String after) throws IOException {
    String text = Files.readString(Path.of("..", markdown));
    int at = text.indexOf(after);
    assertTrue(at >= 0, () -> after + " not found in " + markdown);
    int start = text.indexOf("```json\n", at) + "```json\n".length();
    return text.substring(start, text.indexOf("```", start));
  }

  static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
