package dev.valuex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestMethodTest {

  private static final String INDIRECT =
      "Since the alarm went in I stop lying awake wondering whether someone will get in\n";

  @Test
  void suggestRanksHybridByDefaultWhenTheSemanticModuleIsPresent() throws Exception {
    CliRun run = CliRun.suggest(INDIRECT, "--format", "json");
    assertEquals(0, run.code, run::toString);
    JsonNode doc = new ObjectMapper().readTree(run.out);
    assertEquals("valuex.suggestions/1", doc.get("format").asText());
    assertEquals("hybrid", doc.get("method").asText());
    JsonNode first = doc.get("statements").get(0);
    assertTrue(first.get("suggestions").toString().contains("customer.peace-of-mind"), run.out);
    assertTrue(first.get("suggestions").get(0).has("nearest_statement"), run.out);
  }

  @Test
  void suggestStillRanksByKeywordsWithMethodLexical() throws Exception {
    CliRun run = CliRun.suggest("I always look around to get the best deal\n",
        "--method", "lexical", "--format", "json");
    assertEquals(0, run.code, run::toString);
    JsonNode doc = new ObjectMapper().readTree(run.out);
    assertEquals("lexical", doc.get("method").asText());
    JsonNode top = doc.get("statements").get(0).get("suggestions").get(0);
    assertEquals("customer.savings", top.get("element").asText());
    assertEquals("SAVINGS", top.get("card").asText());
    assertEquals("out", top.get("side").asText());
    assertTrue(!top.has("nearest_statement"), run.out);
  }

  @Test
  void suggestRanksByMeaningWithMethodSemantic() {
    CliRun run = CliRun.suggest(INDIRECT, "--method", "semantic", "--format", "tsv");
    assertEquals(0, run.code, run::toString);
    assertTrue(run.out.contains("PEACE OF MIND") || run.out.contains("PEACE_OF_MIND"), run.out);
  }

  @Test
  void suggestRanksWithTheStaticTableWithModelFastAndSaysSoInJson() throws Exception {
    CliRun run = CliRun.suggest("I always look around to get the best deal\n",
        "--model", "fast", "--format", "json");
    assertEquals(0, run.code, run::toString);
    JsonNode doc = new ObjectMapper().readTree(run.out);
    assertEquals("hybrid", doc.get("method").asText());
    assertEquals("fast", doc.get("model").asText());
    assertEquals(List.of("format", "method", "model", "statements"),
        com.google.common.collect.ImmutableList.copyOf(doc.fieldNames()));
    JsonNode top = doc.get("statements").get(0).get("suggestions").get(0);
    assertEquals("customer.savings", top.get("element").asText());
    CliRun accurate = CliRun.suggest("I always look around to get the best deal\n",
        "--format", "json");
    assertEquals("accurate", new ObjectMapper().readTree(accurate.out).get("model").asText());
  }

  @Test
  void suggestRejectsAnUnknownModelAsAUsageError() {
    CliRun run = CliRun.suggest("anything\n", "--model", "Huge");
    assertEquals(Main.USAGE, run.code, run::toString);
    assertTrue(run.err.contains("--model must be accurate or fast, got Huge"), run::toString);
  }

  @Test
  void theReadmesFastSampleIsWhatTheCommandPrints() throws Exception {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"));
    String marker = "$ printf 'The bus was late again and I missed my appointment\\n"
        + "I always look around to get the best deal\\n' | ./valuex suggest --model fast\n";
    int start = readme.indexOf(marker);
    assertTrue(start >= 0, "README fast-model sample not found");
    String shown = readme.substring(start + marker.length(), readme.indexOf("```", start));
    CliRun run = CliRun.suggest("The bus was late again and I missed my appointment\n"
        + "I always look around to get the best deal\n", "--model", "fast");
    assertEquals(0, run.code, run::toString);
    assertEquals(shown, run.out);
  }

  @Test
  void suggestRejectsAnUnknownMethodAsAUsageError() {
    CliRun run = CliRun.suggest("anything\n", "--method", "psychic");
    assertEquals(Main.USAGE, run.code, run::toString);
    assertTrue(run.err.contains("--method must be lexical, semantic or hybrid, got psychic"),
        run::toString);
  }

  @Test
  void suggestWithSideInOffersOnlyCardsOfWhatTheCustomerGives() throws Exception {
    CliRun run = CliRun.suggest("I always look around to get the best deal\n",
        "--side", "in", "--format", "json");
    assertEquals(0, run.code, run::toString);
    JsonNode doc = new ObjectMapper().readTree(run.out);
    assertEquals("in", doc.get("side").asText());
    JsonNode suggestions = doc.get("statements").get(0).get("suggestions");
    assertEquals(3, suggestions.size(), run.out);
    for (JsonNode s : suggestions) {
      assertEquals("in", s.get("side").asText(), run.out);
      assertTrue(!s.get("element").asText().equals("customer.savings"), run.out);
    }
  }

  @Test
  void suggestJsonKeepsItsKeysInTheDocumentedOrder() throws Exception {
    CliRun run = CliRun.suggest("I always look around to get the best deal\n",
        "--method", "lexical", "--side", "out", "--top", "1", "--format", "json");
    assertEquals(0, run.code, run::toString);
    JsonNode doc = new ObjectMapper().readTree(run.out);
    assertEquals(List.of("format", "method", "side", "statements"), names(doc));
    JsonNode top = doc.get("statements").get(0).get("suggestions").get(0);
    assertEquals(List.of("element", "card", "score", "side", "matched_terms"), names(top));
  }

  @Test
  void suggestRejectsASideOtherThanInOrOut() {
    CliRun run = CliRun.suggest("anything\n", "--side", "both");
    assertEquals(Main.USAGE, run.code, run::toString);
    assertTrue(run.err.contains("--side must be in or out, got both"), run::toString);
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void aStatementWithoutWordsGetsNoCardsAndTheOthersStillRank() throws Exception {
    CliRun run = CliRun.suggest("\u0001\n" + INDIRECT, "--method", "semantic", "--format",
        "json");
    assertEquals(0, run.code, run::toString);
    JsonNode statements = new ObjectMapper().readTree(run.out).get("statements");
    assertEquals(2, statements.size(), run.out);
    assertEquals("\u0001", statements.get(0).get("statement").asText());
    assertEquals(0, statements.get(0).get("suggestions").size(), run.out);
    assertTrue(statements.get(1).get("suggestions").toString()
        .contains("customer.peace-of-mind"), run.out);
  }
}
