package dev.valuex.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.semantic.internal.Encoder;
import dev.valuex.semantic.internal.StaticTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks that the bundled static token table ({@code static-tokens.bin}) is what
 * {@link DistilStaticTable} computes from the model today, and how it embeds a text.
 */
class StaticTableTest {

  private static final StaticTable TABLE = StaticTable.bundled();

  @Test
  void holdsEveryKeptTokenOfTheModelsVocabularyAndNoOther() {
    DistilStaticTable.Vocabulary v = DistilStaticTable.vocabulary();
    assertEquals(v.ids().length, TABLE.size(), "re-distil: -Pdistil-static");
    for (int r = 0; r < TABLE.size(); r++) {
      assertEquals(v.ids()[r], TABLE.id(r), "row " + r);
    }
    assertEquals(Encoder.MODEL_NAME, TABLE.model());
    assertEquals(Encoder.load(), TABLE.dimension());
  }

  @Test
  void aSampleOfItsRowsIsWhatDistillationComputes() {
    List<Integer> sample = new ArrayList<>();
    for (int r = 0; r < TABLE.size(); r += 1381) {
      sample.add(TABLE.id(r));
    }
    for (String word : List.of("cheaper", "waiting", "worry", "##ing")) {
      sample.add((int) Encoder.tokenIds(word)[1]);
    }
    for (int id : sample) {
      float[] model = DistilStaticTable.tokenVector(id);
      float[] stored = TABLE.vector(id);
      float step = 0;
      for (float x : model) {
        step = Math.max(step, Math.abs(x) / 127);
      }
      // One quantisation step: the same model output quantises to the same bytes, and a last-bit
      // difference in ONNX Runtime's output on another CPU may move a value by one step.
      assertArrayEquals(model, stored, step * 1.01f, "token id " + id);
    }
  }

  @Test
  void writesTheBytesItReads() throws IOException {
    ByteArrayOutputStream once = new ByteArrayOutputStream();
    TABLE.write(once);
    byte[] bundled;
    try (InputStream in = StaticTable.class.getResourceAsStream(StaticTable.RESOURCE)) {
      bundled = in.readAllBytes();
    }
    assertArrayEquals(bundled, once.toByteArray());
    ByteArrayOutputStream twice = new ByteArrayOutputStream();
    StaticTable.read(new ByteArrayInputStream(once.toByteArray())).write(twice);
    assertArrayEquals(once.toByteArray(), twice.toByteArray());
    assertTrue(bundled.length < 12_000_000, "table size " + bundled.length);
  }

  @Test
  void rejectsAFileThatIsNotATable() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> StaticTable.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5})));
    assertEquals("not a valuex static token table: wrong magic number", e.getMessage());
  }

  @Test
  void embedsATextAsTheUnitMeanOfItsTokenVectors() {
    String text = "The waiting list was cheaper";
    long[] ids = Encoder.tokenIds(text);
    float[] sum = new float[TABLE.dimension()];
    for (int t = 1; t < ids.length - 1; t++) {
      float[] v = TABLE.vector((int) ids[t]);
      for (int j = 0; j < sum.length; j++) {
        sum[j] += v[j];
      }
    }
    double norm = 0;
    for (float x : sum) {
      norm += x * x;
    }
    for (int j = 0; j < sum.length; j++) {
      sum[j] /= (float) Math.sqrt(norm);
    }
    assertArrayEquals(sum, TABLE.embed(text), 1e-6f);
  }

  @Test
  void givesTheZeroVectorToATextWithoutATokenInTheTable() {
    float[] v = TABLE.embed("日本");
    assertArrayEquals(new float[TABLE.dimension()], v);
  }

  @Test
  void weightsFrequentTokensLessWithSmoothInverseFrequency() {
    StaticTable weighted = TABLE.weightedBy(1e-3);
    float[] the = TABLE.vector((int) Encoder.tokenIds("the")[1]);
    float[] rare = TABLE.vector((int) Encoder.tokenIds("carpet")[1]);
    float[] both = weighted.embed("the carpet");
    double towardsThe = Encoder.dot(both, Levers.unit(the));
    double towardsRare = Encoder.dot(both, Levers.unit(rare));
    assertTrue(towardsRare > towardsThe, towardsRare + " <= " + towardsThe);
    assertEquals(1e-3, weighted.sif());
  }
}
