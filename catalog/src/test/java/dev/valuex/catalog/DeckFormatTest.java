package dev.valuex.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.ValuexFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeckFormatTest {

  private static Deck read(String json) {
    return DeckFormat.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  private static List<String> problems(String json) {
    return assertThrows(ValuexFormatException.class, () -> read(json)).problems();
  }

  @Test
  void everyBundledDeckSurvivesAWriteAndReadRoundTrip() {
    for (Deck deck : Catalog.defaults().decks()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      DeckFormat.write(deck, out);
      Deck back = DeckFormat.read(new ByteArrayInputStream(out.toByteArray()), deck.name());
      assertEquals(deck, back);
      assertEquals(DeckFormat.toJson(deck), DeckFormat.toJson(back));
    }
  }

  @Test
  void reportsEveryProblemWithFileLineColumnAndPointer() {
    List<String> problems = problems("""
        {
          "format": "valuex.deck/1",
          "deck": "acme",
          "perspective": "customer",
          "title": "Acme",
          "cards": [
            {"id": "acme.a", "name": "A", "short_phrase": "a", "sentence": "I a",
             "category": "x", "typical_side": "up"},
            {"id": "acme.b", "name": 42, "short_phrase": "b", "sentence": "I b",
             "category": "x", "colour": "red"}
          ]
        }
        """);
    assertEquals(List.of(
        "/cards/0/typical_side (line 8, column 39): must be one of in, out, got 'up'",
        "/cards/1/colour (line 10, column 33): is not a known field (known: id, name, "
            + "short_phrase, "
            + "sentence, typical_side, category, aliases, keywords, example_statements, "
            + "example_measures, provenance)",
        "/cards/1/name (line 9, column 30): must be text, got 42"), problems);
  }

  @Test
  void messageNamesTheSourceAndCountsTheProblems() {
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> read("{\"format\": \"valuex.deck/1\"}"));
    assertTrue(e.getMessage().startsWith("test.json: 4 problems"), e.getMessage());
    assertEquals("(root) (line 1, column 1): must have the field 'deck'", e.problems().get(0));
  }

  @Test
  void rejectsAnotherFormatVersion() {
    assertEquals(List.of("/format (line 1, column 11): must be 'valuex.deck/1' (the version this "
        + "reader reads), got 'valuex.deck/2'"), problems("{\"format\":\"valuex.deck/2\"}"));
  }

  @Test
  void reportsMalformedJsonWithItsPosition() {
    List<String> problems = problems("{\n  \"format\": \"valuex.deck/1\",\n  \"deck\" \"x\"\n}");
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).startsWith(
        "/deck (line 3, column 10): must be well-formed JSON, got "),
        problems.get(0));
  }

  @Test
  void bytesThatDoNotDecodeAreAFormatProblem() {
    // '{' then zero bytes: Jackson guesses UTF-32, then meets a code point above U+10FFFF.
    byte[] bytes = new byte[34];
    bytes[0] = '{';
    bytes[29] = (byte) 0xf6;
    bytes[30] = (byte) 0xdf;
    bytes[31] = (byte) 0x92;
    bytes[32] = (byte) 0x9d;
    bytes[33] = ' ';
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> DeckFormat.read(new ByteArrayInputStream(bytes), "odd.json"));
    assertEquals(1, e.problems().size());
    assertTrue(e.problems().get(0).startsWith("(root): must be well-formed JSON, got Invalid "
        + "UTF-32 character"), e.problems().get(0));
  }

  @Test
  void rejectsDuplicateIdsNamesAndIdsOutsideTheDeck() {
    String card = "{\"id\": \"%s\", \"name\": \"%s\", \"short_phrase\": \"p\", "
        + "\"sentence\": \"s\", \"category\": \"c\"}";
    List<String> problems = problems("{\"format\": \"valuex.deck/1\", \"deck\": \"acme\", "
        + "\"perspective\": \"employee\", \"title\": \"t\", \"cards\": ["
        + String.format(card, "acme.a", "A") + ",\n"
        + String.format(card, "acme.a", "B") + ",\n"
        + String.format(card, "acme.c", "a!") + ",\n"
        + String.format(card, "other.d", "D") + "]}");
    assertEquals(List.of(
        "/cards/1/id (line 2, column 8): must be unique in the deck, got a second 'acme.a'",
        "/cards/2/name (line 3, column 26): must differ from the names and aliases of acme.a "
            + "(ignoring case, spaces and punctuation), got 'a!'",
        "/cards/3/id (line 4, column 8): must be in deck 'acme' or be listed in overrides, got "
            + "'other.d'"), problems);
  }

  @Test
  void reportsAnInvalidCardWithTheCoreRule() {
    assertEquals(List.of("/cards/0/id (line 1, column 103): ElementId: slug must be lower-case "
            + "letters or digits in words joined by single hyphens, got 'Bad'"),
        problems("{\"format\": \"valuex.deck/1\", \"deck\": \"acme\", \"perspective\": "
            + "\"customer\", \"title\": \"t\", \"cards\": [{\"id\": \"acme.Bad\", \"name\": "
            + "\"n\", \"short_phrase\": \"p\", \"sentence\": \"s\", \"category\": \"c\"}]}"));
  }

  @Test
  void schemaIsDraft2020AndPinsTheFormatVersion() {
    String schema = DeckFormat.schema();
    assertTrue(schema.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
    assertTrue(schema.contains("\"const\": \"" + DeckFormat.VERSION + "\""));
  }
}
