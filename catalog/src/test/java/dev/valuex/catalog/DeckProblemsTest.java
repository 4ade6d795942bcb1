package dev.valuex.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.ElementId;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.ValueElement;
import dev.valuex.core.ValuexFormatException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a researcher who writes a deck by hand is told when it is wrong (issue 22, rules no
 * other test broke): every problem of a deck file with its pointer, and the rule a deck built
 * in code breaks, each as its own message.
 */
class DeckProblemsTest {
  private static final String HEAD = "{\"format\": \"valuex.deck/1\", \"deck\": \"acme\", "
      + "\"perspective\": \"customer\", \"title\": \"Acme\", ";

  private static List<String> problems(String json) {
    return assertThrows(ValuexFormatException.class, () -> DeckFormat.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json"))
        .problems();
  }

  private static String card(String id, String name, String extra) {
    return "{\"id\": \"" + id + "\", \"name\": \"" + name + "\", \"short_phrase\": \"p\", "
        + "\"sentence\": \"s\", \"category\": \"c\"" + extra + "}";
  }

  @Test
  void aDocumentThatIsNotAnObjectIsNoDeck() {
    assertEquals(List.of("(root) (line 1, column 1): must be a deck object, got an array"),
        problems("[1, 2]"));
  }

  @Test
  void aDeckNameMustBeLowerCaseWordsJoinedByHyphens() {
    assertEquals(List.of("/deck (line 1, column 37): must be lower-case letters or digits in "
        + "words joined by single hyphens, got 'Acme Co'"), problems("{\"format\": "
        + "\"valuex.deck/1\", \"deck\": \"Acme Co\", \"perspective\": \"customer\", "
        + "\"title\": \"t\", \"cards\": []}"));
  }

  @Test
  void aFieldGivenTwiceIsReported() {
    assertEquals(List.of("/title (line 1, column 98): must appear once, got a second 'title'"),
        problems(HEAD + "\"title\": \"Again\", \"cards\": []}"));
  }

  @Test
  void overridesNameEachCardOfTheDeckOnce() {
    assertEquals(List.of(
        "/overrides/1 (line 1, column 114): must list each id once, got a second 'other.a'",
        "/overrides (line 1, column 102): must name cards of this deck, got 'other.a'"),
        problems(HEAD + "\"overrides\": [\"other.a\", \"other.a\"], \"cards\": []}"));
  }

  @Test
  void aCardOutsideTheDeckCategoriesIsReportedAtItsCategory() {
    List<String> problems = problems(HEAD + "\"categories\": [\"money\"], \"cards\": ["
        + card("acme.a", "A", "") + "]}");
    assertEquals(1, problems.size());
    assertEquals(true, problems.get(0).startsWith("/cards/0/category ")
        && problems.get(0).endsWith(": must be one of the deck's categories [money], got 'c'"),
        problems.get(0));
  }

  @Test
  void anAliasNeedsALetterOrDigit() {
    List<String> problems = problems(HEAD + "\"cards\": ["
        + card("acme.a", "A", ", \"aliases\": [\"--\"]") + "]}");
    assertEquals(1, problems.size());
    assertEquals(true, problems.get(0).startsWith("/cards/0/aliases/0 ")
        && problems.get(0).endsWith(": must contain a letter or digit, got '--'"),
        problems.get(0));
  }

  @Test
  void everyMalformedPartOfACardIsListed() {
    List<String> problems = problems(HEAD + "\"cards\": [42, "
        + "{\"name\": \"N\", \"short_phrase\": \" p\", \"sentence\": \"s\", \"category\": \"c\", "
        + "\"keywords\": [\"fee\", \"Fee\", 7], \"example_statements\": \"one\", "
        + "\"provenance\": \"book\"}, "
        + "{\"id\": 3, \"name\": \"M\", \"short_phrase\": \"p\", \"sentence\": \"s\", "
        + "\"category\": \"c\"}]}");
    assertEquals(List.of(
        "/cards/0 (line 1, column 99): must be a card object, got 42",
        "/cards/1 (line 1, column 103): must have the field 'id'",
        "/cards/1/short_phrase (line 1, column 133): must be text without leading or trailing "
            + "white space, got ' p'",
        "/cards/1/keywords/2 (line 1, column 200): must be text without leading or trailing "
            + "white space, got 7",
        "/cards/1/example_statements (line 1, column 226): must be an array, got 'one'",
        "/cards/1/provenance (line 1, column 247): must be an object with 'kind' and optional "
            + "'source', got 'book'",
        "/cards/1/keywords (line 1, column 185): must list each keyword once, got a second 'Fee'",
        "/cards/2/id (line 1, column 263): must be an element id '<deck>.<slug>', got 3"),
        problems);
  }

  @Test
  void aProvenanceNeedsAKnownKind() {
    List<String> problems = problems(HEAD + "\"cards\": ["
        + card("acme.a", "A", ", \"provenance\": {\"kind\": \"rumour\", \"page\": 3}") + "]}");
    assertEquals(2, problems.size(), problems.toString());
    assertEquals(true, problems.get(0).startsWith("/cards/0/provenance/page ")
        && problems.get(0).contains(": is not a known field (known: "), problems.get(0));
    assertEquals(true, problems.get(1).startsWith("/cards/0/provenance/kind ")
        && problems.get(1).contains(": must be one of "), problems.get(1));
  }

  // A deck built in code, not read from a file, keeps the same rules.

  private static final Catalog CATALOG = Catalog.defaults();

  private static ValueElement element(String id, String name, String category) {
    return CATALOG.require("SAVINGS").withId(ElementId.parse(id)).withName(name)
        .withCategory(category);
  }

  private static void assertRejected(String message, Deck.Builder deck) {
    InvalidValueException e = assertThrows(InvalidValueException.class, deck::build);
    assertEquals(message, e.getMessage());
  }

  private static Deck.Builder acme() {
    return Deck.builder().name("acme").perspective(Perspective.CUSTOMER).title("Acme");
  }

  @Test
  void aDeckBuiltInCodeRefusesTwoCardsWithOneId() {
    assertRejected("Deck acme: cards must have unique ids, got 'acme.a'",
        acme().addCards(element("acme.a", "A", "c"), element("acme.a", "B", "c")));
  }

  @Test
  void aDeckBuiltInCodeRefusesACardOfAnotherDeckUnlessItIsAnOverride() {
    assertRejected("Deck acme: card other.a must have an id in deck 'acme' or be listed in "
        + "overrides, got 'other.a'", acme().addCards(element("other.a", "A", "c")));
    assertEquals(1, acme().addCards(element("other.a", "A", "c"))
        .addOverrides(ElementId.parse("other.a")).build().cards().size());
    assertRejected("Deck acme: overrides must name cards of this deck, got 'other.b'",
        acme().addCards(element("acme.a", "A", "c")).addOverrides(ElementId.parse("other.b")));
  }

  @Test
  void aDeckBuiltInCodeRefusesACardOfAnotherPerspectiveOrCategory() {
    assertRejected("Deck acme: card acme.a perspective must be the deck's perspective EMPLOYEE, "
        + "got CUSTOMER", Deck.builder().name("acme").perspective(Perspective.EMPLOYEE)
        .title("Acme").addCards(element("acme.a", "A", "c")));
    assertRejected("Deck acme: card acme.a category must be one of [money], got 'c'",
        acme().addCategories("money").addCards(element("acme.a", "A", "c")));
  }

  @Test
  void aDeckBuiltInCodeChecksItsAliases() {
    assertRejected("Deck acme: alias 'nest egg' must name a card of this deck, got 'acme.z'",
        acme().addCards(element("acme.a", "A", "c"))
            .putAllAliases(Map.of("nest egg", ElementId.parse("acme.z"))));
    assertRejected("Deck acme: aliases must contain a letter or digit, got '--'",
        acme().addCards(element("acme.a", "A", "c"))
            .putAllAliases(Map.of("--", ElementId.parse("acme.a"))));
    assertRejected("Deck acme: alias 'b' must not be the name or alias of another card acme.b, "
        + "got 'acme.a'", acme().addCards(element("acme.a", "A", "c"), element("acme.b", "B", "c"))
        .putAllAliases(Map.of("b", ElementId.parse("acme.a"))));
  }

  @Test
  void aDeckBuiltInCodeNeedsAWellFormedNameAndTitle() {
    assertRejected("Deck Acme: name must be lower-case letters or digits in words joined by "
        + "single hyphens, got 'Acme'",
        Deck.builder().name("Acme").perspective(Perspective.CUSTOMER).title("Acme"));
    assertRejected("Deck acme: title must not be blank, got ' '",
        Deck.builder().name("acme").perspective(Perspective.CUSTOMER).title(" "));
    assertRejected("Deck acme: categories must not be blank, got ' '",
        acme().addCategories(" "));
  }

  @Test
  void aCatalogFindsACardByIdNameOrAliasWithinAPerspective() {
    ValueElement savings = CATALOG.require("SAVINGS");
    assertEquals(savings, CATALOG.find(Perspective.CUSTOMER, savings.id().toString()).get());
    assertEquals(savings, CATALOG.find(Perspective.CUSTOMER, "savings").get());
    assertEquals(false, CATALOG.find(Perspective.EMPLOYEE, savings.id().toString()).isPresent());
    assertEquals(false, CATALOG.find(Perspective.CUSTOMER, "no such card").isPresent());
  }

  @Test
  void aCatalogSaysHowManyCardsEachDeckHolds() {
    Deck acme = acme().addCards(element("acme.a", "A", "c"), element("acme.b", "B", "c")).build();
    assertEquals("Catalog[acme: 2]", Catalog.of(List.of(acme)).toString());
  }

  @Test
  void aNullDocumentOrAnObjectForATextIsDescribedAsSuch() {
    assertEquals(List.of("(root) (line 1, column 1): must be a deck object, got null"),
        problems("null"));
    List<String> problems = problems("{\"format\": \"valuex.deck/1\", \"deck\": \"acme\", "
        + "\"perspective\": \"customer\", \"title\": {}, \"cards\": []}");
    assertEquals(1, problems.size());
    assertEquals(true, problems.get(0).startsWith("/title ")
        && problems.get(0).endsWith(": must be text, got an object"), problems.get(0));
  }

  @Test
  void aLayerMayNotMoveACardToAnotherPerspective() {
    Deck customer = CATALOG.decks().stream().filter(d -> d.name().equals("customer"))
        .findFirst().orElseThrow();
    ValueElement savings = CATALOG.require("SAVINGS");
    Deck layer = Deck.builder().name("acme").perspective(Perspective.EMPLOYEE).title("Acme")
        .addCards(savings.withPerspective(Perspective.EMPLOYEE)).addOverrides(savings.id())
        .build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Catalog.of(List.of(customer, layer)));
    assertEquals("Catalog layer acme: card " + savings.id() + " perspective must match the card "
        + "it overrides, got EMPLOYEE", e.getMessage());
  }

  @Test
  void aSuggestionRefusesMatchedTermsWithSurroundingSpace() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Suggestion.of(CATALOG.require("SAVINGS"), 1.5, List.of(" fee"), Side.OUT));
    assertEquals("Suggestion customer.savings: matchedTerms must not start or end with white "
        + "space, got ' fee'", e.getMessage());
  }

  @Test
  void anUnknownFieldAtTheRootIsNamedWithTheKnownOnes() {
    List<String> problems = problems(HEAD + "\"colour\": \"red\", \"cards\": []}");
    assertEquals(1, problems.size());
    assertEquals(true, problems.get(0).startsWith("/colour ")
        && problems.get(0).contains(": is not a known field (known: "), problems.get(0));
  }

  @Test
  void malformedJsonOnTheFirstLineIsLocated() {
    List<String> problems = problems("{\"format\" \"valuex.deck/1\"}");
    assertEquals(1, problems.size());
    assertEquals(true, problems.get(0).startsWith("/format (line 1, column 11): must be "
        + "well-formed JSON, got "), problems.get(0));
  }
}
