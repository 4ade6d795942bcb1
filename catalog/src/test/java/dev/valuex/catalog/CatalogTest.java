package dev.valuex.catalog;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.ElementId;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.UnknownElementException;
import dev.valuex.core.ValueElement;
import dev.valuex.core.ValuexFormatException;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {
  private static final Catalog DEFAULTS = Catalog.defaults();

  private static ValueElement card(String id, String name) {
    return ValueElement.blankCard(Perspective.CUSTOMER, name, "I get " + name.toLowerCase())
        .withId(ElementId.parse(id));
  }

  @Test
  void aNullNameOrIdIsNamedInTheMessage() {
    Catalog catalog = Catalog.defaults();
    assertEquals("nameOrAlias", assertThrows(NullPointerException.class,
        () -> catalog.require((String) null)).getMessage());
    assertEquals("id", assertThrows(NullPointerException.class,
        () -> catalog.require((ElementId) null)).getMessage());
    assertEquals("perspective", assertThrows(NullPointerException.class,
        () -> catalog.require(null, "Savings")).getMessage());
  }

  @Test
  void defaultsAreLoadedOnceAndSharedAcrossThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    java.util.Set<Catalog> seen = ConcurrentHashMap.newKeySet();
    for (int i = 0; i < 16; i++) {
      pool.submit(() -> seen.add(Catalog.defaults()));
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    assertEquals(1, seen.size());
    assertSame(DEFAULTS, seen.iterator().next());
  }

  @Test
  void findIgnoresCaseSpacesAndPunctuation() {
    ElementId status = ElementId.parse("customer.status-recognition");
    for (String name : List.of("STATUS/RECOGNITION", "status/recognition", "Status Recognition",
        " status-recognition ", "Status", "customer.status-recognition")) {
      assertEquals(status, DEFAULTS.require(name).id(), name);
    }
    assertEquals(ElementId.parse("customer.safety-security"),
        DEFAULTS.require("safety and security").id());
    assertEquals(ElementId.parse("customer.fun-enjoyment"), DEFAULTS.require("fun").id());
  }

  @Test
  void findPrefersTheCustomerDeckForSharedNamesAndPerspectiveLookupChooses() {
    assertEquals(ElementId.parse("customer.time"), DEFAULTS.require("Time").id());
    assertEquals(ElementId.parse("employee.time"),
        DEFAULTS.require(Perspective.EMPLOYEE, "time").id());
    assertEquals(ElementId.parse("business-owner.time"),
        DEFAULTS.require(Perspective.BUSINESS_OWNER, "TIME").id());
  }

  @Test
  void elementLooksUpById() {
    assertEquals("SAVINGS", DEFAULTS.element(ElementId.parse("customer.savings"))
        .map(ValueElement::name).orElseThrow());
    assertEquals(Optional.empty(), DEFAULTS.element(ElementId.parse("customer.nope")));
  }

  @Test
  void requireOfAnUnknownNameListsTheNearestNames() {
    UnknownElementException e =
        assertThrows(UnknownElementException.class, () -> DEFAULTS.require("Savngs"));
    assertEquals("Savngs", e.input());
    assertEquals("SAVINGS", e.nearest().get(0));
    assertEquals(3, e.nearest().size());
    assertTrue(e.getMessage().startsWith("Unknown value element 'Savngs', nearest known: SAVINGS, "),
        e.getMessage());
  }

  @Test
  void requireOfAnUnknownIdListsTheNearestIds() {
    UnknownElementException e = assertThrows(UnknownElementException.class,
        () -> DEFAULTS.require(ElementId.parse("employee.payy")));
    assertEquals("employee.pay", e.nearest().get(0));
  }

  @Test
  void deckListsTheCardsOfOnePerspective() {
    assertTrue(DEFAULTS.deck(Perspective.EMPLOYEE).stream()
        .allMatch(e -> e.perspective() == Perspective.EMPLOYEE));
    assertEquals(DEFAULTS.elements().size(), DEFAULTS.deck(Perspective.CUSTOMER).size()
        + DEFAULTS.deck(Perspective.BUSINESS_OWNER).size()
        + DEFAULTS.deck(Perspective.EMPLOYEE).size());
  }

  @Test
  void blankCardsAreAddedAndFoundByName() {
    ValueElement early = ValueElement.blankCard(
        Perspective.CUSTOMER, "Early access", "I get to try new things before anyone else");
    Catalog ours = DEFAULTS.withCards(List.of(early));
    assertEquals(early, ours.require("early access"));
    assertEquals(early, ours.require(ElementId.parse("custom.early-access")));
    assertTrue(ours.deck(Perspective.CUSTOMER).contains(early));
    assertFalse(DEFAULTS.find("early access").isPresent());
  }

  @Test
  void cardsAddedTogetherMustShareOneDeck() {
    ValueElement a = ValueElement.blankCard(Perspective.CUSTOMER, "Early access", "I go first");
    ValueElement b = card("acme.late-access", "LATE ACCESS");
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> DEFAULTS.withCards(List.of(a, b)));
    assertEquals("Catalog cards: card acme.late-access must be in the same deck as the other "
        + "cards, custom, got 'acme'", e.getMessage());
    assertSame(DEFAULTS, DEFAULTS.withCards(List.of()));
  }

  @Test
  void blankCardWithTheNameOfABundledCardIsRejected() {
    ValueElement savings = ValueElement.blankCard(Perspective.CUSTOMER, "Savings", "I save");
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> DEFAULTS.withCards(List.of(savings)));
    assertEquals("Catalog layer custom: card custom.savings name must differ from the names and "
        + "aliases of customer.savings in the same perspective (ignoring case, spaces and "
        + "punctuation), got 'Savings'", e.getMessage());
  }

  @Test
  void aDeckMayHoldAnotherDecksIdOnlyAsAnExplicitOverride() {
    ValueElement mine = card("customer.savings", "SAVINGS");
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Deck.builder()
        .name("acme").perspective(Perspective.CUSTOMER).title("Acme").addCard(mine).build());
    assertEquals("Deck acme: card customer.savings must have an id in deck 'acme' or be listed "
        + "in overrides, got 'customer.savings'", e.getMessage());
  }

  @Test
  void anExplicitOverrideReplacesTheCardInPlace() {
    ValueElement mine = card("customer.savings", "SAVINGS");
    Deck acme = Deck.builder().name("acme").perspective(Perspective.CUSTOMER).title("Acme")
        .addCard(mine).addOverride(mine.id()).build();
    Catalog layered = DEFAULTS.withDeck(acme);
    assertEquals(mine, layered.require("savings"));
    assertEquals(DEFAULTS.deck(Perspective.CUSTOMER).indexOf(DEFAULTS.require("savings")),
        layered.deck(Perspective.CUSTOMER).indexOf(mine));
    assertEquals(DEFAULTS.elements().size(), layered.elements().size());
  }

  @Test
  void anOverrideOfAnIdNoLowerLayerHasIsRejected() {
    ValueElement mine = card("customer.thrift", "THRIFT");
    Deck acme = Deck.builder().name("acme").perspective(Perspective.CUSTOMER).title("Acme")
        .addCard(mine).addOverride(mine.id()).build();
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> DEFAULTS.withDeck(acme));
    assertEquals("Catalog layer acme: card customer.thrift must override a card of a lower "
        + "layer, but none has that id, got 'customer.thrift'", e.getMessage());
  }

  @Test
  void aCustomDeckFileIsLoadedAndLayeredOverTheDefaults(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("acme.deck.json");
    Files.writeString(file, """
        {
          "format": "valuex.deck/1",
          "deck": "acme",
          "perspective": "customer",
          "title": "Acme cards",
          "cards": [
            {"id": "acme.early-access", "name": "EARLY ACCESS",
             "short_phrase": "First in line", "sentence": "I try new things before anyone else",
             "typical_side": "out", "category": "emotional", "aliases": ["Early"],
             "keywords": ["early", "preview", "first"]}
          ]
        }
        """);
    Catalog layered = DEFAULTS.withLayers(Catalog.load(file));
    ValueElement early = layered.require("early");
    assertEquals(ElementId.parse("acme.early-access"), early.id());
    assertEquals(Optional.of(Side.OUT), early.typicalSide());
    assertEquals(early, Catalog.load(new ByteArrayInputStream(
        Files.readAllBytes(file))).require("Early Access"));
  }

  @Test
  void aBrokenStreamIsReportedUnderItsPlaceholderName() {
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> Catalog.load(new ByteArrayInputStream("[]".getBytes(UTF_8))));
    assertEquals(List.of("(root) (line 1, column 1): must be a deck object, got an array"),
        e.problems());
  }

  @Test
  void installedCatalogLayersDecksOfServiceLoaderProviders() {
    Catalog installed = Catalog.installed();
    assertEquals(ElementId.parse("test-provider.bartering"), installed.require("Bartering").id());
    assertEquals(DEFAULTS.elements().size() + 1, installed.elements().size());
    assertEquals(List.of("customer", "business-owner", "employee", "test-provider"),
        installed.decks().stream().map(Deck::name).toList());
  }

  @Test
  void readmeExampleRuns() {
    // Mirrors the catalog section of README.md.
    Catalog catalog = Catalog.defaults();
    ValueElement status = catalog.require("status/recognition");
    Suggestion best = catalog.suggest("I always look around to get the best deal", 3).get(0);
    Catalog ours = catalog.withCards(List.of(ValueElement.blankCard(
        Perspective.CUSTOMER, "Early access", "I get to try new things before anyone else")));
    assertEquals("STATUS/RECOGNITION", status.name());
    assertEquals("SAVINGS", best.element().name());
    assertEquals(Side.OUT, best.side());
    assertTrue(best.matchedTerms().contains("best deal"), best.matchedTerms().toString());
    assertEquals("custom.early-access", ours.require("Early access").id().toString());
  }
}
