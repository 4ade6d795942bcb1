package dev.valuex.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.valuex.catalog.Catalog;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.ValueElement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SemanticSuggesterTest {

  private static final SemanticSuggester DEFAULTS = SemanticSuggester.of(Catalog.defaults());

  @Test
  void findsPeaceOfMindFirstForAStatementWhoseKeywordsPointElsewhere() {
    String statement =
        "Since the alarm went in I stop lying awake wondering whether someone will get in";
    ImmutableList<CardMatch> top = DEFAULTS.suggest(statement, 3);
    assertEquals("customer.peace-of-mind", top.get(0).element().id().toString(), top.toString());
    ImmutableList<CardMatch> lexical =
        DEFAULTS.suggest(RankingMethod.LEXICAL, Perspective.CUSTOMER, statement, 3);
    assertTrue(lexical.stream().noneMatch(m -> m.element().equals(top.get(0).element())),
        lexical.toString());
  }

  @Test
  void namesTheNearestExampleStatementOfTheSuggestedCard() {
    CardMatch top = DEFAULTS.suggest("I always look around to get the best deal", 1).get(0);
    assertEquals("SAVINGS", top.element().name());
    assertTrue(top.element().exampleStatements().contains(top.nearestStatement().orElseThrow()));
    assertTrue(top.matchedTerms().contains("best deal"), top.matchedTerms().toString());
    assertTrue(top.lexicalScore() > 0);
  }

  @Test
  void returnsTheSameSuggesterForTheSameCatalog() {
    assertSame(DEFAULTS, SemanticSuggester.of(Catalog.defaults()));
  }

  @Test
  void ranksABlankCardAddedToTheCatalog() {
    ValueElement blank = ValueElement.blankCard(Perspective.CUSTOMER, "Pet Health",
        "I want my dog to stay healthy and happy.");
    Catalog withBlank = Catalog.defaults().withCards(List.of(blank));
    CardMatch top = SemanticSuggester.of(withBlank).suggest(RankingMethod.SEMANTIC,
        Perspective.CUSTOMER, "the vet check-ups keep my puppy in good shape", 1).get(0);
    assertEquals(blank.id(), top.element().id());
    assertEquals(blank.sentence(), top.nearestStatement().orElseThrow());
  }

  @Test
  void codesAWholeTranscriptInOneBatchInTheOrderGiven() {
    List<String> lines = List.of("I always look around to get the best deal",
        "They never once answered my emails", "I pay forty dollars a month for it");
    ImmutableList<ImmutableList<CardMatch>> batch =
        DEFAULTS.suggestAll(RankingMethod.HYBRID, Perspective.CUSTOMER, lines, 2);
    assertEquals(3, batch.size());
    for (int i = 0; i < lines.size(); i++) {
      assertEquals(DEFAULTS.suggest(lines.get(i), 2).get(0).element(),
          batch.get(i).get(0).element());
    }
  }

  @Test
  void suggestsNothingForABlankStatementAndStillCodesTheRestOfTheBatch() {
    List<String> lines = List.of("I always look around to get the best deal", "", "  ");
    for (RankingMethod method : RankingMethod.values()) {
      ImmutableList<ImmutableList<CardMatch>> batch =
          DEFAULTS.suggestAll(method, Perspective.CUSTOMER, lines, 3);
      assertEquals(3, batch.size(), method.toString());
      assertEquals("SAVINGS", batch.get(0).get(0).element().name(), method.toString());
      assertTrue(batch.get(1).isEmpty(), method.toString());
      assertTrue(batch.get(2).isEmpty(), method.toString());
    }
    assertTrue(DEFAULTS.suggest(" ", 3).isEmpty());
  }

  @Test
  void lexicalRankingAgreesWithTheCatalogAndLeavesTheNearestStatementEmpty() {
    String s = "I always look around to get the best deal";
    ImmutableList<CardMatch> lexical =
        DEFAULTS.suggest(RankingMethod.LEXICAL, Perspective.CUSTOMER, s, 3);
    assertEquals(Catalog.defaults().suggest(s, 3).get(0).element(), lexical.get(0).element());
    assertFalse(lexical.get(0).nearestStatement().isPresent());
  }

  @Test
  void detectsTheGivingSideFromWhatTheSpeakerPays() {
    CardMatch top = DEFAULTS.suggest("I pay them ninety dollars every single month", 1).get(0);
    assertEquals(Side.IN, top.side());
  }

  /**
   * The README's semantic sample shows, in a comment after each call, the cards hybrid ranking
   * returns for the sample's statement, each with the keywords it matched in parentheses
   * ({@code (by meaning alone)}: none); this runs the README's statements and compares, so the
   * README cannot drift from the code.
   */
  @Test
  void readmeSemanticSampleShowsWhatTheSuggesterReturns() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    int marker = readme.indexOf("<!-- sample: Semantic -->\n```java\n");
    assertTrue(marker >= 0, "README.md has no semantic sample");
    int start = readme.indexOf('\n', readme.indexOf("```java", marker)) + 1;
    String[] lines = readme.substring(start, readme.indexOf("\n```\n", start)).split("\n");
    StringBuilder code = new StringBuilder();
    int checked = 0;
    for (String line : lines) {
      if (!line.startsWith("// ")) {
        code.append(line).append('\n');
        continue;
      }
      if (!Character.isUpperCase(line.charAt(3))) {
        continue;
      }
      Matcher literal = Pattern.compile("\"([^\"]*)\"").matcher(code);
      StringBuilder statement = new StringBuilder();
      while (literal.find()) {
        statement.append(literal.group(1));
      }
      ImmutableList<CardMatch> found = DEFAULTS.suggest(statement.toString(), 3);
      List<String> shown = new ArrayList<>();
      for (CardMatch m : found) {
        shown.add(m.element().name() + (line.contains(m.element().name() + " (")
            ? " (" + terms(m.matchedTerms()) + ")" : ""));
      }
      assertEquals(line.substring(3), String.join(", ", shown), statement.toString());
      code.setLength(0);
      checked++;
    }
    assertEquals(2, checked, "result comments in the README's semantic sample");
    // The README's prose: semantic ranking alone for the same statement.
    String flagship = "At two in the morning when she's been sick on the carpet, I just want to"
        + " know whether to panic or go back to bed";
    assertEquals(List.of("EMOTIONAL ENERGY", "RISK", "EFFORT"),
        DEFAULTS.suggest(RankingMethod.SEMANTIC, Perspective.CUSTOMER, flagship, 3).stream()
            .map(m -> m.element().name()).toList());
  }

  /** The matched keywords as the README writes them: quoted, or "by meaning alone". */
  private static String terms(List<String> matched) {
    if (matched.isEmpty()) {
      return "by meaning alone";
    }
    return matched.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(", "));
  }

  @Test
  void givesTheSameRankingsWhenManyThreadsSuggestAtOnce() throws Exception {
    List<String> lines = List.of("I always look around to get the best deal",
        "The nurse held my hand while they put the drip in", "I lost my whole Saturday");
    ImmutableList<ImmutableList<CardMatch>> alone =
        DEFAULTS.suggestAll(RankingMethod.HYBRID, Perspective.CUSTOMER, lines, 3);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ImmutableList<CardMatch>>> futures = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        String line = lines.get(i % lines.size());
        futures.add(pool.submit(() -> DEFAULTS.suggest(line, 3)));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(alone.get(i % lines.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void rejectsANegativeLimit() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DEFAULTS.suggest("anything", -1));
    assertEquals("limit must be at least 0, got -1", e.getMessage());
  }
}
