package dev.valuex.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.catalog.Catalog;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the plain-talk training statements ({@code training/plain-talk.tsv}) to what the ranker
 * needs of them: customer cards with their sides, every card used, enough IN-side statements,
 * and no statement that is also in a set the ranker is measured on without training.
 */
class PlainTalkSetTest {

  private static final List<DevSet.Statement> SET = DevSet.read(TrainRanker.PLAIN_TALK);

  @Test
  void holdsAtLeast300StatementsOfWhichAtLeast35PercentAreOnTheInSide() {
    assertTrue(SET.size() >= 300, "size " + SET.size());
    long in = SET.stream().filter(s -> s.side() == Side.IN).count();
    assertTrue(in >= 0.35 * SET.size(), in + " of " + SET.size());
  }

  @Test
  void everyLabelIsACustomerCardAndItsTypicalSideAndEveryCardIsUsed() {
    Set<String> used = TuningSetTest.assertCustomerCardsOnTheirSides(SET);
    assertEquals(Catalog.defaults().deck(Perspective.CUSTOMER).stream()
        .map(e -> e.id().toString()).collect(Collectors.toSet()), used);
  }

  @Test
  void statementsAreDistinctAndInNoOtherSet() {
    Set<String> elsewhere = Stream.of(
            Catalog.defaults().deck(Perspective.CUSTOMER).stream()
                .flatMap(e -> e.exampleStatements().stream()),
            DevSet.read(DevSet.TUNING).stream().map(DevSet.Statement::statement),
            DevSet.read(DevSet.HELDOUT).stream().map(DevSet.Statement::statement),
            Stream.of("suggest-labelled-statements.tsv", "suggest-heldout-statements.tsv",
                    "suggest-indirect-statements.tsv")
                .flatMap(r -> LabelledSets.read(r).stream())
                .map(LabelledSets.Labelled::statement))
        .flatMap(Function.identity()).map(PlainTalkSetTest::key).collect(Collectors.toSet());
    Set<String> seen = new HashSet<>();
    for (DevSet.Statement s : SET) {
      assertTrue(s.statement().length() >= 20, "line " + s.line() + " is too short");
      assertTrue(seen.add(key(s.statement())), "line " + s.line() + " repeats a statement");
      // Names the line of this file only, so a failure never prints another set's statement.
      assertTrue(!elsewhere.contains(key(s.statement())),
          "line " + s.line() + " is also in another labelled set or a card's examples");
    }
  }

  private static String key(String statement) {
    return statement.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }
}
