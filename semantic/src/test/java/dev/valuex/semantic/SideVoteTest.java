package dev.valuex.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.valuex.catalog.Catalog;
import dev.valuex.core.Perspective;
import dev.valuex.core.ValueElement;
import dev.valuex.semantic.internal.CardVectors;
import dev.valuex.semantic.internal.Ranker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks the side vote of the side step: the bank texts nearest to a statement, of trained
 * cards with a usual side, vote for their card's side by cosine, so a statement close to many
 * giving examples leans IN and one close to getting examples leans OUT, however many farther
 * examples there are.
 */
class SideVoteTest {

  private static final Catalog CATALOG = Catalog.defaults();
  private static final ValueElement MONEY = CATALOG.find(Perspective.CUSTOMER, "MONEY").get();
  private static final ValueElement SAVINGS =
      CATALOG.find(Perspective.CUSTOMER, "SAVINGS").get();

  /** Two-dimensional bank: MONEY's (IN) rows, then SAVINGS' (OUT) rows. */
  private static CardVectors bank(List<float[]> money, List<float[]> savings) {
    List<Ranker.Example> examples = new ArrayList<>();
    money.forEach(v -> examples.add(new Ranker.Example(0, "money example", v)));
    savings.forEach(v -> examples.add(new Ranker.Example(1, "savings example", v)));
    Ranker ranker = Ranker.train("test", 1.0, List.of(MONEY.id().toString(),
        SAVINGS.id().toString()), examples);
    ValueElement blank = ValueElement.blankCard(Perspective.CUSTOMER, "OWN CARD",
        "something only this team talks about");
    return CardVectors.of(List.of(MONEY, SAVINGS, blank), ranker,
        texts -> texts.stream().map(t -> new float[] {0.6f, 0.8f}).toList());
  }

  private static List<float[]> rows(int count, float x, float y) {
    List<float[]> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(new float[] {x, y});
    }
    return out;
  }

  @Test
  void votesByCosineForTheSideOfTheNearestTexts() {
    CardVectors cards = bank(List.of(new float[] {1, 0}, new float[] {0.8f, 0.6f}),
        List.of(new float[] {0, 1}));
    double vote = SemanticSuggester.sideVote(cards, cards.bankCosines(new float[] {1, 0}));
    assertEquals(Math.log((0.5 + 1.0 + 0.8) / (0.5 + 0.0)), vote, 1e-6);
  }

  @Test
  void countsOnlyTheTenNearestTextsAndNoNegativeCosine() {
    // Twelve far giving examples, ten near getting ones: only the ten near ones vote.
    CardVectors cards = bank(rows(12, 0.1f, 0.995f), rows(10, 0.2f, -0.98f));
    double vote = SemanticSuggester.sideVote(cards, cards.bankCosines(new float[] {1, 0}));
    assertEquals(SemanticSuggester.SIDE_NEIGHBOURS, 10);
    assertEquals(Math.log(0.5 / (0.5 + 10 * 0.2)), vote, 1e-5);
    // Seen from the other way every cosine is negative, and a negative cosine counts as zero.
    double away = SemanticSuggester.sideVote(cards, cards.bankCosines(new float[] {-1, 0}));
    assertEquals(0.0, away, 1e-9);
  }

  @Test
  void leavesOutTheTextsOfCardsTheRankerWasNotTrainedOn() {
    // The blank card's own texts sit exactly on the statement; they are not in the vote.
    CardVectors cards = bank(List.of(new float[] {0, 1}), List.of(new float[] {1, 0}));
    double vote = SemanticSuggester.sideVote(cards, cards.bankCosines(new float[] {0.6f, 0.8f}));
    assertEquals(Math.log((0.5 + 0.8) / (0.5 + 0.6)), vote, 1e-6);
  }
}
