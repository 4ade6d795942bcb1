package dev.valuex.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.valuex.semantic.internal.Encoder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks that valuex's own runner of the bge-small-en-v1.5 model gives the vectors
 * LangChain4j's model class gives (the bundled ranker's vectors were made with it), and that a
 * statement gets the same vector in a batch as alone.
 */
class EncoderTest {

  /** Statements of different lengths and characters, one longer than the model's 512 tokens. */
  private static final List<String> STATEMENTS = List.of(
      "ok",
      "At two in the morning when she's been sick on the carpet, I just want to know whether to"
          + " panic or go back to bed",
      "I paid $40 a month — and for what?!",
      "Le café était très bon, the staff were lovely",
      "We love it 😀 #bestday",
      "The 7:15 bus was 25 mins late AGAIN, third time this week...",
      "我很满意",
      String.join(" ", Collections.nCopies(200, "waiting for the bus again")));

  @Test
  void givesTheVectorsOfLangChain4jsBgeSmallModel() {
    BgeSmallEnV15QuantizedEmbeddingModel reference = new BgeSmallEnV15QuantizedEmbeddingModel();
    for (String s : STATEMENTS) {
      float[] expected = unit(reference.embed(s).content().vector());
      assertArrayEquals(expected, Encoder.embed(s), 1e-5f, s);
    }
  }

  @Test
  void embedsEachStatementOfABatchAsItEmbedsItAlone() {
    List<String> batch = new ArrayList<>(STATEMENTS);
    batch.add(STATEMENTS.get(1));
    List<float[]> together = Encoder.embedAll(batch);
    assertEquals(batch.size(), together.size());
    for (int i = 0; i < batch.size(); i++) {
      assertArrayEquals(Encoder.embed(batch.get(i)), together.get(i), 1e-5f, batch.get(i));
    }
  }

  @Test
  void givesUnitVectorsOfTheModelsSize() {
    float[] v = Encoder.embed(STATEMENTS.get(1));
    assertEquals(Encoder.load(), v.length);
    assertEquals(384, v.length);
    assertEquals(1.0, Encoder.dot(v, v), 1e-5);
  }

  private static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / Math.sqrt(norm));
    }
    return out;
  }
}
