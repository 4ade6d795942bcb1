package dev.valuex.semantic.internal;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentence embedding model, loaded lazily once per JVM (holder idiom, so loading is
 * thread-safe without locks on the hot path), turning texts into unit-length vectors.
 */
public final class Encoder {

  private Encoder() {}

  /** The name of the embedding model, as recorded in the bundled ranker. */
  public static final String MODEL_NAME = "bge-small-en-v1.5-q";

  private static final class Holder {
    static final EmbeddingModel MODEL = new BgeSmallEnV15QuantizedEmbeddingModel();
  }

  /** Loads the model now if it is not loaded yet; returns the vector size. */
  public static int load() {
    return Holder.MODEL.dimension();
  }

  /** Embeds one text as a unit vector. */
  public static float[] embed(String text) {
    return unit(Holder.MODEL.embed(text).content().vector());
  }

  /** Embeds many texts, in order, as unit vectors. */
  public static List<float[]> embedAll(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String t : texts) {
      segments.add(TextSegment.from(t));
    }
    List<float[]> out = new ArrayList<>(texts.size());
    Holder.MODEL.embedAll(segments).content().forEach(e -> out.add(unit(e.vector())));
    return out;
  }

  /** Returns the dot product of two vectors of the same length (the cosine for unit vectors). */
  public static float dot(float[] a, float[] b) {
    float s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm == 0) {
      return v;
    }
    float inv = (float) (1 / Math.sqrt(norm));
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * inv;
    }
    return out;
  }
}
