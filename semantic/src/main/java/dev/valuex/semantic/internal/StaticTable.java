package dev.valuex.semantic.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A static token-embedding table distilled from the sentence embedding model, for ranking cards
 * without running the model: each WordPiece vocabulary token's vector is the model's own
 * sentence vector for that token alone ({@code [CLS] token [SEP]}), and a text's vector is the
 * weighted mean of its tokens' vectors, scaled to unit length (the Model2Vec idea). A text then
 * costs one tokenisation and a few thousand multiply-adds instead of a transformer call.
 *
 * <p><b>Stored form.</b> The resource {@value #RESOURCE} holds the vectors of the vocabulary's
 * ASCII tokens (special and unused tokens left out; other tokens contribute nothing), each as
 * {@code int8} values with one {@code float} scale per row (a value is {@code scale * byte}),
 * written by {@link #write} from the distillation command and read by {@link #bundled()}.
 *
 * <p><b>Weights.</b> A token's weight in the mean may be {@code a / (a + p)} (smooth inverse
 * frequency), with {@code p} its Zipf probability estimated from its rank in the vocabulary,
 * whose word tokens are in frequency order, so frequent tokens ("the", "i", "to") count least;
 * the bundled weighting is {@value #SIF} (none), which measured best (module README).
 */
public final class StaticTable {

  /** The class-path resource of the bundled table. */
  public static final String RESOURCE = "/dev/valuex/semantic/static-tokens.bin";

  /** The name of this way of embedding, as recorded in the rankers trained on it. */
  public static final String NAME = "static tokens of " + Encoder.MODEL_NAME;

  /**
   * The smooth-inverse-frequency constant {@code a} of the bundled weighting: 0, no weights (a
   * plain mean), which did best on the tuning half once vectors are centred (module README).
   */
  public static final double SIF = 0;

  private static final int MAGIC = 0x56585354;

  /** The ids of the model's [CLS] and [SEP] tokens, which every tokenisation adds. */
  private static final long CLS = 101;
  private static final long SEP = 102;

  private final String model;
  private final int dimension;
  private final int[] ids;
  private final float[] scales;
  private final byte[] values;
  /** Per vocabulary id: the row of its vector, or -1. */
  private final int[] rowOf;
  /** Per row: the token's weight times its scale, so a sum needs one multiply per value. */
  private final float[] weighted;
  private final double sif;

  private StaticTable(String model, int vocabulary, int dimension, int[] ids, float[] scales,
      byte[] values, double sif) {
    this.model = model;
    this.dimension = dimension;
    this.ids = ids;
    this.scales = scales;
    this.values = values;
    this.rowOf = new int[vocabulary];
    Arrays.fill(rowOf, -1);
    for (int r = 0; r < ids.length; r++) {
      rowOf[ids[r]] = r;
    }
    this.sif = sif;
    this.weighted = new float[ids.length];
    double harmonic = 0;
    for (int r = 1; r <= ids.length; r++) {
      harmonic += 1.0 / r;
    }
    for (int r = 0; r < ids.length; r++) {
      double p = 1.0 / ((r + 1) * harmonic);
      double weight = sif <= 0 ? 1 : sif / (sif + p);
      weighted[r] = (float) (weight * scales[r]);
    }
  }

  private static final class Holder {
    static final StaticTable BUNDLED =
        read(StaticTable.class.getResourceAsStream(RESOURCE)).weightedBy(SIF);
  }

  /** Returns the bundled table with the bundled weighting, read once per JVM. */
  public static StaticTable bundled() {
    return Holder.BUNDLED;
  }

  /**
   * Builds a table from unit vectors, one per vocabulary id given, quantising each row to
   * {@code int8} with its own scale.
   */
  public static StaticTable quantise(String model, int vocabulary, int[] ids,
      List<float[]> vectors) {
    int d = vectors.get(0).length;
    float[] scales = new float[ids.length];
    byte[] values = new byte[ids.length * d];
    for (int r = 0; r < ids.length; r++) {
      float[] v = vectors.get(r);
      float max = 0;
      for (float x : v) {
        max = Math.max(max, Math.abs(x));
      }
      float scale = max == 0 ? 1 : max / 127f;
      scales[r] = scale;
      for (int j = 0; j < d; j++) {
        values[r * d + j] = (byte) Math.round(v[j] / scale);
      }
    }
    return new StaticTable(model, vocabulary, d, ids.clone(), scales, values, SIF);
  }

  /** Returns this table with the smooth-inverse-frequency constant {@code a} (0: no weights). */
  public StaticTable weightedBy(double a) {
    return new StaticTable(model, rowOf.length, dimension, ids, scales, values, a);
  }

  /** Returns the name of the model the table was distilled from. */
  public String model() {
    return model;
  }

  /** Returns the length of the vectors. */
  public int dimension() {
    return dimension;
  }

  /** Returns the smooth-inverse-frequency constant of the weighting (0: none). */
  public double sif() {
    return sif;
  }

  /** Returns how many tokens have a vector. */
  public int size() {
    return ids.length;
  }

  /** Returns the vocabulary id of a row. */
  public int id(int row) {
    return ids[row];
  }

  /** Returns the stored (dequantised) vector of a vocabulary id, or null if it has none. */
  public float[] vector(int id) {
    int r = id >= 0 && id < rowOf.length ? rowOf[id] : -1;
    if (r < 0) {
      return null;
    }
    float[] out = new float[dimension];
    for (int j = 0; j < dimension; j++) {
      out[j] = scales[r] * values[r * dimension + j];
    }
    return out;
  }

  /**
   * Embeds a text as the unit-length weighted mean of its tokens' vectors; a text without a
   * token in the table gets the zero vector (cosine 0 with everything).
   */
  public float[] embed(String text) {
    long[] tokens = Encoder.tokenIds(text);
    int d = dimension;
    float[] sum = new float[d];
    for (long t : tokens) {
      if (t == CLS || t == SEP || t < 0 || t >= rowOf.length) {
        continue;
      }
      int r = rowOf[(int) t];
      if (r < 0) {
        continue;
      }
      float w = weighted[r];
      int at = r * d;
      for (int j = 0; j < d; j++) {
        sum[j] += w * values[at + j];
      }
    }
    double norm = 0;
    for (float x : sum) {
      norm += x * x;
    }
    if (norm > 0) {
      float inv = (float) (1 / Math.sqrt(norm));
      for (int j = 0; j < d; j++) {
        sum[j] *= inv;
      }
    }
    return sum;
  }

  /** Embeds many texts, in order. */
  public List<float[]> embedAll(List<String> texts) {
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = embed(texts.get(i));
    }
    return Arrays.asList(out);
  }

  /** Writes the table in its binary resource form. */
  public void write(OutputStream out) throws IOException {
    DataOutputStream o = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    o.writeInt(MAGIC);
    o.writeUTF(model);
    o.writeInt(rowOf.length);
    o.writeInt(dimension);
    o.writeInt(ids.length);
    for (int r = 0; r < ids.length; r++) {
      o.writeInt(ids[r]);
      o.writeFloat(scales[r]);
      o.write(values, r * dimension, dimension);
    }
    o.flush();
  }

  /** Reads a table written by {@link #write}, unweighted. */
  public static StaticTable read(InputStream in) {
    Objects.requireNonNull(in, "no static token table " + RESOURCE + " on the class path");
    try (DataInputStream i = new DataInputStream(new BufferedInputStream(in, 1 << 16))) {
      if (i.readInt() != MAGIC) {
        throw new IllegalStateException("not a valuex static token table: wrong magic number");
      }
      String model = i.readUTF();
      int vocabulary = i.readInt();
      int d = i.readInt();
      int rows = i.readInt();
      int[] ids = new int[rows];
      float[] scales = new float[rows];
      byte[] values = new byte[rows * d];
      for (int r = 0; r < rows; r++) {
        ids[r] = i.readInt();
        scales[r] = i.readFloat();
        i.readFully(values, r * d, d);
      }
      return new StaticTable(model, vocabulary, d, ids, scales, values, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
