package dev.valuex.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import dev.valuex.catalog.Catalog;
import dev.valuex.core.Perspective;
import dev.valuex.semantic.internal.CardVectors;
import dev.valuex.semantic.internal.Encoder;
import dev.valuex.semantic.internal.StaticRanking;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks that scoring a statement against the whole example bank at once ({@link
 * CardVectors#bankCosines}) gives every cosine exactly as one dot product per bank row did, and
 * that a long batch (spread over the cores) gives every statement the suggestions it gets alone,
 * so the faster batch path changes no ranking.
 */
class BankCosinesTest {

  private static final SemanticSuggester FAST =
      SemanticSuggester.of(Catalog.defaults(), SemanticModel.FAST);

  private static List<String> indirect() {
    return LabelledSets.read("suggest-indirect-statements.tsv").stream()
        .map(LabelledSets.Labelled::statement).toList();
  }

  @Test
  void givesEveryBankCosineToTheBitAsOneDotProductPerRow() {
    StaticRanking fast = StaticRanking.bundled();
    CardVectors cards = CardVectors.of(Catalog.defaults().deck(Perspective.CUSTOMER),
        fast.ranker(), fast::embedAll);
    int rows = 0;
    for (String statement : indirect().subList(0, 20)) {
      float[] q = fast.embed(statement);
      float[] all = cards.bankCosines(q);
      rows = 0;
      for (int c = 0; c < cards.cards().size(); c++) {
        float[] bank = cards.cards().get(c).bank();
        assertEquals(cards.bankStart(c), rows, "first row of card " + c);
        for (int at = 0; at < bank.length; at += q.length, rows++) {
          assertEquals(Float.floatToIntBits(Encoder.dot(q, bank, at)),
              Float.floatToIntBits(all[rows]), statement + ", bank row " + rows);
        }
      }
      assertEquals(all.length, rows);
    }
    assertEquals(fast.ranker().examples().size(), rows);
  }

  @Test
  void givesEveryStatementOfALongBatchItsSuggestionsAlone() {
    List<String> lines = new ArrayList<>(indirect());
    lines.add(3, "");
    lines.add(40, "?!");
    ImmutableList<ImmutableList<CardMatch>> batch =
        FAST.suggestAll(RankingMethod.HYBRID, Perspective.CUSTOMER, lines, 3);
    assertEquals(lines.size(), batch.size());
    for (int i = 0; i < lines.size(); i++) {
      assertEquals(FAST.suggest(RankingMethod.HYBRID, Perspective.CUSTOMER, lines.get(i), 3),
          batch.get(i), lines.get(i));
    }
    assertEquals(List.of(), batch.get(3));
    assertEquals(List.of(), batch.get(40));
  }
}
