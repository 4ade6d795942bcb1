package dev.valuex.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.ElementId;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.ValueElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Checks the bundled decks: every card complete and valid, every required card present. */
class CatalogIntegrityTest {
  private static final Catalog CATALOG = Catalog.loadDefaults();

  private static final List<String> CUSTOMER_OUT = List.of("Savings", "Simplification",
      "Status/Recognition", "Peace of Mind", "Performance", "Quality", "Convenience",
      "Time Saving", "Reduced Effort", "Avoided Hassle", "Choice", "Information", "Transparency",
      "Reduced Risk", "Safety & Security", "Control", "Personalisation", "Belonging",
      "Connection", "Fun/Enjoyment", "Wellbeing", "Aesthetics", "Sensory Appeal", "Access",
      "Rewards", "Self-Improvement", "Achievement", "Motivation", "Hope", "Self-Worth",
      "Meaning/Purpose", "Social Impact", "Nostalgia", "Legacy", "Reliability", "Privacy",
      "Care", "Novelty", "Complete Solution", "Income", "Organisation", "Integration",
      "Confidence", "Product/Service");
  private static final List<String> CUSTOMER_IN = List.of("Money", "Time", "Effort",
      "Attention", "Personal Data", "Trust", "Loyalty", "Advocacy", "Content", "Feedback",
      "Co-creation", "Patience", "Risk", "Reputation");
  private static final List<String> OWNER_IN = List.of("Time", "Financial Capital", "Effort",
      "Expertise", "Reputation", "Relationships", "Risk");
  private static final List<String> OWNER_OUT = List.of("Profit", "Growth", "Independence",
      "Purpose", "Legacy", "Recognition", "Learning", "Lifestyle", "Security", "Wealth",
      "Impact");
  private static final List<String> EMPLOYEE_IN = List.of("Time", "Talent", "Effort",
      "Expertise", "Loyalty", "Ideas", "Energy");
  private static final List<String> EMPLOYEE_OUT = List.of("Pay", "Security", "Development",
      "Flexible Arrangements", "Values Alignment", "Recognition", "Belonging", "Confidence",
      "Resources", "Peace of Mind", "Purpose", "Career Progression", "Wellbeing", "Autonomy");

  @Test
  void bundledDecksAreTheThreePerspectivesWithTheirOwnDeckNames() {
    assertEquals(List.of("customer", "business-owner", "employee"),
        CATALOG.decks().stream().map(Deck::name).toList());
    for (Deck deck : CATALOG.decks()) {
      assertEquals(deck.perspective().deck(), deck.name());
      for (ValueElement card : deck.cards()) {
        assertEquals(deck.name(), card.id().deck(), card.id().toString());
      }
    }
  }

  @Test
  void decksHoldAtLeastTheRequiredNumberOfCards() {
    assertTrue(count(Perspective.CUSTOMER, Side.OUT) >= 40);
    assertTrue(count(Perspective.CUSTOMER, Side.IN) >= 14);
    assertTrue(CATALOG.deck(Perspective.BUSINESS_OWNER).size() >= 18);
    assertTrue(CATALOG.deck(Perspective.EMPLOYEE).size() >= 22);
  }

  private static long count(Perspective p, Side side) {
    return CATALOG.deck(p).stream().filter(e -> e.typicalSide().equals(java.util.Optional.of(side)))
        .count();
  }

  @Test
  void everyRequiredNameIsFoundOnTheExpectedSide() {
    List<String> missing = new ArrayList<>();
    requireAll(Perspective.CUSTOMER, CUSTOMER_OUT, Side.OUT, missing);
    requireAll(Perspective.CUSTOMER, CUSTOMER_IN, Side.IN, missing);
    requireAll(Perspective.BUSINESS_OWNER, OWNER_IN, Side.IN, missing);
    requireAll(Perspective.BUSINESS_OWNER, OWNER_OUT, Side.OUT, missing);
    requireAll(Perspective.EMPLOYEE, EMPLOYEE_IN, Side.IN, missing);
    requireAll(Perspective.EMPLOYEE, EMPLOYEE_OUT, Side.OUT, missing);
    assertEquals(List.of(), missing);
  }

  private static void requireAll(Perspective p, List<String> names, Side side,
      List<String> missing) {
    for (String name : names) {
      var found = CATALOG.find(p, name);
      if (found.isEmpty() || !found.get().typicalSide().equals(java.util.Optional.of(side))) {
        missing.add(p + " " + side + " " + name);
      }
    }
  }

  @Test
  void idsAndNamesAreUniqueInEveryDeck() {
    for (Deck deck : CATALOG.decks()) {
      Set<ElementId> ids = new HashSet<>();
      Set<String> names = new HashSet<>();
      for (ValueElement card : deck.cards()) {
        assertTrue(ids.add(card.id()), "duplicate id " + card.id());
        assertTrue(names.add(card.name().toLowerCase(Locale.ROOT)), "duplicate name "
            + card.name());
      }
    }
  }

  @Test
  void everyCardIsCompleteAsTheCatalogPromises() {
    List<String> problems = new ArrayList<>();
    for (ValueElement card : CATALOG.elements()) {
      String id = card.id().toString();
      if (card.keywords().size() < 5) {
        problems.add(id + " has " + card.keywords().size() + " keywords");
      }
      if (card.exampleStatements().size() < 2) {
        problems.add(id + " has " + card.exampleStatements().size() + " example statements");
      }
      if (card.typicalSide().isEmpty()) {
        problems.add(id + " has no typical side");
      }
      if (!card.provenance().isBundled()) {
        problems.add(id + " has custom provenance");
      }
      if (!card.name().equals(card.name().toUpperCase(Locale.ROOT))) {
        problems.add(id + " name is not printed in capitals");
      }
      if (card.perspective() == Perspective.CUSTOMER
          && card.typicalSide().equals(java.util.Optional.of(Side.OUT))
          && card.exampleMeasures().isEmpty()) {
        problems.add(id + " is a customer OUT card without an example measure");
      }
      if (!card.id().slug().equals(ValueElement.slug(card.name()))) {
        problems.add(id + " slug does not follow its name");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void customerCardsUseTheFourValueLayers() {
    assertEquals(Set.of("functional", "emotional", "life changing", "social impact"),
        CATALOG.deck(Perspective.CUSTOMER).stream().map(ValueElement::category)
            .collect(Collectors.toSet()));
  }

  @Test
  void everyAliasResolvesToACardOfItsDeck() {
    for (Deck deck : CATALOG.decks()) {
      deck.aliases().forEach((alias, id) -> {
        assertEquals(id, CATALOG.require(deck.perspective(), alias).id(), alias);
        assertEquals(deck.perspective(), CATALOG.require(id).perspective());
      });
    }
  }

  @Test
  void noTwoCardsShareTheSameKeywordSet() {
    Map<Set<String>, ElementId> seen = new HashMap<>();
    for (ValueElement card : CATALOG.elements()) {
      Set<String> key = card.keywords().stream().map(k -> k.toLowerCase(Locale.ROOT))
          .collect(Collectors.toCollection(TreeSet::new));
      ElementId before = seen.put(key, card.id());
      assertEquals(null, before, "same keywords as " + card.id());
    }
  }

  @Test
  void exampleStatementsAreNotRepeatedAcrossCards() {
    Set<String> seen = new HashSet<>();
    ImmutableList<String> all = CATALOG.elements().stream()
        .flatMap(e -> e.exampleStatements().stream()).collect(ImmutableList.toImmutableList());
    for (String s : all) {
      assertTrue(seen.add(s), "repeated example: " + s);
    }
  }
}
