package dev.valuex.semantic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.valuex.catalog.Catalog;
import dev.valuex.core.Perspective;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Holds hybrid ranking to floors on the catalog's labelled statements (its own training data),
 * on the module's indirect statements (neither trained nor tuned on) and, against keywords, on
 * the catalog's held-out statements; the figures themselves come from {@code -Pevaluate}.
 */
class HitRateTest {

  private static final SemanticSuggester SUGGESTER = SemanticSuggester.of(Catalog.defaults());

  record Rates(double top1, double top3) {}

  private static Map<RankingMethod, Rates> measure(String resource) {
    return measure(resource, RankingMethod.LEXICAL, RankingMethod.HYBRID);
  }

  private static Map<RankingMethod, Rates> measure(String resource, RankingMethod... methods) {
    List<LabelledSets.Labelled> set = LabelledSets.read(resource);
    List<String> statements = set.stream().map(LabelledSets.Labelled::statement).toList();
    Map<RankingMethod, Rates> out = new EnumMap<>(RankingMethod.class);
    for (RankingMethod method : methods) {
      ImmutableList<ImmutableList<CardMatch>> ranked =
          SUGGESTER.suggestAll(method, Perspective.CUSTOMER, statements, 3);
      int top1 = 0;
      int top3 = 0;
      for (int i = 0; i < set.size(); i++) {
        String want = set.get(i).id();
        ImmutableList<CardMatch> r = ranked.get(i);
        if (!r.isEmpty() && r.get(0).element().id().toString().equals(want)) {
          top1++;
        }
        if (r.stream().anyMatch(m -> m.element().id().toString().equals(want))) {
          top3++;
        }
      }
      Rates rates = new Rates(top1 / (double) set.size(), top3 / (double) set.size());
      out.put(method, rates);
    }
    return out;
  }

  @Test
  void hybridFindsTheLabelledCardOfItsOwnTrainingStatementsAlmostAlwaysFirst() {
    Rates hybrid = measure("suggest-labelled-statements.tsv", RankingMethod.HYBRID)
        .get(RankingMethod.HYBRID);
    assertTrue(hybrid.top1() >= 0.95, "top-1 " + hybrid.top1());
    assertTrue(hybrid.top3() >= 0.98, "top-3 " + hybrid.top3());
  }

  @Test
  void hybridFindsTheLabelledCardOfIndirectStatementsAtLeastEightyPercentFirst() {
    Map<RankingMethod, Rates> rates = measure("suggest-indirect-statements.tsv");
    Rates hybrid = rates.get(RankingMethod.HYBRID);
    assertTrue(hybrid.top1() >= 0.82, "top-1 " + hybrid.top1());
    assertTrue(hybrid.top3() >= 0.93, "top-3 " + hybrid.top3());
    assertTrue(hybrid.top3() > rates.get(RankingMethod.LEXICAL).top3(),
        "hybrid should beat keywords on indirect statements: " + rates);
  }

  @Test
  void hybridDoesNoWorseThanKeywordsOnTheHeldOutStatements() {
    Map<RankingMethod, Rates> rates = measure("suggest-heldout-statements.tsv");
    assertTrue(rates.get(RankingMethod.HYBRID).top3() >= rates.get(RankingMethod.LEXICAL).top3(),
        rates.toString());
  }

  @Test
  void theIndirectSetCoversEveryCustomerCardAndHoldsAtLeast120Statements() {
    List<LabelledSets.Labelled> set = LabelledSets.read("suggest-indirect-statements.tsv");
    assertTrue(set.size() >= 120, "size " + set.size());
    for (var card : Catalog.defaults().deck(Perspective.CUSTOMER)) {
      assertTrue(set.stream().anyMatch(l -> l.id().equals(card.id().toString())),
          "no indirect statement for " + card.id());
    }
  }
}
