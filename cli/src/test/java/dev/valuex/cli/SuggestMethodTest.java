package dev.valuex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SuggestMethodTest {

  private static final String INDIRECT = "At two in the morning when she's been sick on the"
      + " carpet, I just want to know whether to panic or go back to bed\n";

  @Test
  void suggestRanksHybridByDefaultWhenTheSemanticModuleIsPresent() throws Exception {
    CliRun run = CliRun.suggest(INDIRECT, "--format", "json");
    assertEquals(0, run.code, run::toString);
    JsonNode first = new ObjectMapper().readTree(run.out).get(0);
    assertEquals("hybrid", first.get("method").asText());
    assertTrue(first.get("suggestions").toString().contains("customer.peace-of-mind"), run.out);
    assertTrue(first.get("suggestions").get(0).has("nearestStatement"), run.out);
  }

  @Test
  void suggestStillRanksByKeywordsWithMethodLexical() throws Exception {
    CliRun run = CliRun.suggest("I always look around to get the best deal\n",
        "--method", "lexical", "--format", "json");
    assertEquals(0, run.code, run::toString);
    JsonNode first = new ObjectMapper().readTree(run.out).get(0);
    assertEquals("lexical", first.get("method").asText());
    assertEquals("SAVINGS", first.get("suggestions").get(0).get("name").asText());
    assertTrue(!first.get("suggestions").get(0).has("nearestStatement"), run.out);
  }

  @Test
  void suggestRanksByMeaningWithMethodSemantic() {
    CliRun run = CliRun.suggest(INDIRECT, "--method", "semantic", "--format", "tsv");
    assertEquals(0, run.code, run::toString);
    assertTrue(run.out.contains("PEACE OF MIND") || run.out.contains("PEACE_OF_MIND"), run.out);
  }

  @Test
  void suggestRejectsAnUnknownMethodAsAUsageError() {
    CliRun run = CliRun.suggest("anything\n", "--method", "psychic");
    assertEquals(Main.USAGE, run.code, run::toString);
    assertTrue(run.err.contains("--method must be lexical, semantic or hybrid, got psychic"),
        run::toString);
  }
}
