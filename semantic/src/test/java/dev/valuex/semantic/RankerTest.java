package dev.valuex.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.semantic.internal.Encoder;
import dev.valuex.semantic.internal.Ranker;
import dev.valuex.semantic.internal.SideModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks that the bundled ranker ({@code customer-ranker.bin}) is what {@link TrainRanker}
 * writes from the repository's labelled statements today: the same texts and cards, the same
 * vectors from the model, and the same weights from the same examples.
 */
class RankerTest {

  private static final Ranker BUNDLED = Ranker.bundled();

  @Test
  void holdsTheTrainingTextsAndCardsOfTodaysRepository() {
    assertEquals(TrainRanker.cards(), BUNDLED.cards());
    List<TrainRanker.Labelled> texts = TrainRanker.texts();
    assertEquals(texts.size(), BUNDLED.examples().size(), "retrain: -Ptrain-ranker");
    for (int i = 0; i < texts.size(); i++) {
      Ranker.Example e = BUNDLED.examples().get(i);
      assertEquals(texts.get(i), new TrainRanker.Labelled(e.card(), e.text()),
          "example " + i + " differs; retrain with -Ptrain-ranker");
    }
    assertEquals(Encoder.MODEL_NAME, BUNDLED.model());
    assertEquals(TrainRanker.LAMBDA, BUNDLED.lambda());
    assertEquals(TrainRanker.SIDE_LAMBDA, BUNDLED.sideLambda());
  }

  @Test
  void itsVectorsAreTheModelsForASampleOfItsTexts() {
    List<Ranker.Example> sample = new ArrayList<>();
    for (int i = 0; i < BUNDLED.examples().size(); i += 97) {
      sample.add(BUNDLED.examples().get(i));
    }
    List<float[]> again = Encoder.embedAll(sample.stream().map(Ranker.Example::text).toList());
    for (int i = 0; i < sample.size(); i++) {
      assertArrayEquals(sample.get(i).vector(), again.get(i), 1e-4f, sample.get(i).text());
    }
  }

  @Test
  void itsWeightsAreWhatTrainingOnItsExamplesGives() {
    Ranker again = Ranker.train(BUNDLED.model(), BUNDLED.lambda(), BUNDLED.cards(),
        BUNDLED.examples(), TrainRanker.inSide(), BUNDLED.sideLambda());
    for (int c = 0; c < BUNDLED.cards().size(); c++) {
      assertArrayEquals(again.weights(c), BUNDLED.weights(c), BUNDLED.cards().get(c));
    }
    assertArrayEquals(again.side().orElseThrow().weights(),
        BUNDLED.side().orElseThrow().weights(), "side model");
  }

  @Test
  void itsSideModelPutsMostTrainingStatementsOnTheirCardsSide() {
    boolean[] in = TrainRanker.inSide();
    SideModel side = BUNDLED.side().orElseThrow();
    int right = 0;
    for (Ranker.Example e : BUNDLED.examples()) {
      right += (side.logOdds(e.vector()) > 0) == in[e.card()] ? 1 : 0;
    }
    double share = right / (double) BUNDLED.examples().size();
    assertTrue(share > 0.9, "side right for " + share + " of the training statements");
  }

  @Test
  void scoresTheLabelledCardOfATrainingStatementHighest() {
    Ranker.Example e = BUNDLED.examples().get(BUNDLED.examples().size() - 1);
    double[] s = BUNDLED.scores(e.vector());
    int best = 0;
    for (int c = 1; c < s.length; c++) {
      best = s[c] > s[best] ? c : best;
    }
    assertEquals(e.card(), best, e.text());
  }
}
