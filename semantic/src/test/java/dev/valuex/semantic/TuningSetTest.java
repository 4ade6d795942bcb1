package dev.valuex.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.catalog.Catalog;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.ValueElement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Holds the tuning half of the development set to the shape issue 23 asks of it. */
class TuningSetTest {

  private static final List<DevSet.Statement> SET = DevSet.read(DevSet.TUNING);

  @Test
  void holdsAtLeast200StatementsInTheFiveDomainsEachWithAtLeast30() {
    assertTrue(SET.size() >= 200, "size " + SET.size());
    Map<String, Long> perDomain = SET.stream()
        .collect(Collectors.groupingBy(DevSet.Statement::domain, Collectors.counting()));
    assertEquals(DevSet.DOMAINS, perDomain.keySet());
    perDomain.forEach((d, n) -> assertTrue(n >= 30, d + " has " + n));
  }

  @Test
  void atLeast35PercentOfTheStatementsAreOnTheInSide() {
    long in = SET.stream().filter(s -> s.side() == Side.IN).count();
    assertTrue(in >= 0.35 * SET.size(), in + " of " + SET.size());
  }

  @Test
  void everyLabelIsACustomerCardAndItsTypicalSide() {
    assertCustomerCardsOnTheirSides(SET);
  }

  /**
   * Asserts that every statement is labelled with a customer card and that card's usual side,
   * naming the line that is not.
   *
   * @return the ids of the cards used
   */
  static Set<String> assertCustomerCardsOnTheirSides(List<DevSet.Statement> set) {
    Map<String, ValueElement> cards = Catalog.defaults().deck(Perspective.CUSTOMER).stream()
        .collect(Collectors.toMap(e -> e.id().toString(), Function.identity()));
    for (DevSet.Statement s : set) {
      ValueElement card = cards.get(s.id());
      assertTrue(card != null, "line " + s.line() + ": no customer card " + s.id());
      assertEquals(card.typicalSide().orElseThrow(), s.side(), "line " + s.line());
    }
    return set.stream().map(DevSet.Statement::id).collect(Collectors.toSet());
  }

  @Test
  void statementsAreDistinctAndNoneIsACardsOwnExample() {
    Set<String> seen = new HashSet<>();
    Set<String> examples = Catalog.defaults().deck(Perspective.CUSTOMER).stream()
        .flatMap(e -> e.exampleStatements().stream()).map(TuningSetTest::key)
        .collect(Collectors.toSet());
    for (DevSet.Statement s : SET) {
      assertTrue(s.statement().length() >= 20, "line " + s.line() + " is too short");
      assertTrue(seen.add(key(s.statement())), "line " + s.line() + " repeats a statement");
      assertTrue(!examples.contains(key(s.statement())), "line " + s.line() + " is an example");
    }
  }

  @Test
  void aMalformedLineIsNamedWithItsNumber() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> DevSet.read("devset/malformed-for-test.tsv"));
    assertEquals("devset/malformed-for-test.tsv line 3: side must be in or out, got 'both'",
        e.getMessage());
  }

  private static String key(String statement) {
    return statement.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }
}
