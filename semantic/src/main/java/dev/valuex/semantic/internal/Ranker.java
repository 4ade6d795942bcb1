package dev.valuex.semantic.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The trained part of semantic ranking for one deck: an example bank (labelled statements with
 * their vectors, each naming its card), a ridge-regression model that maps a statement's vector
 * to one score per card and, optionally, a logistic model of the statement's side
 * ({@link SideModel}) trained on the same examples labelled with their card's side. Trained by
 * {@link #train}, written by {@link #write}, shipped as the resource {@value #RESOURCE} and read
 * by {@link #bundled()}.
 */
public final class Ranker {

  /** The class-path resource of the bundled ranker for the customer deck. */
  public static final String RESOURCE = "/dev/valuex/semantic/customer-ranker.bin";

  private static final int MAGIC = 0x56585232;

  /** One labelled text of the example bank: the index of its card, the words and the vector. */
  public record Example(int card, String text, float[] vector) {
    /** Checks the parts. */
    public Example {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(vector, "vector");
    }
  }

  private final String model;
  private final double lambda;
  private final ImmutableList<String> cards;
  private final ImmutableMap<String, Integer> index;
  private final ImmutableList<Example> examples;
  private final float[][] weights;
  private final double sideLambda;
  private final @Nullable SideModel side;

  private Ranker(String model, double lambda, List<String> cards, List<Example> examples,
      float[][] weights, double sideLambda, @Nullable SideModel side) {
    this.model = model;
    this.lambda = lambda;
    this.cards = ImmutableList.copyOf(cards);
    Map<String, Integer> map = new HashMap<>();
    for (int c = 0; c < cards.size(); c++) {
      map.put(cards.get(c), c);
    }
    this.index = ImmutableMap.copyOf(map);
    this.examples = ImmutableList.copyOf(examples);
    this.weights = weights;
    this.sideLambda = sideLambda;
    this.side = side;
  }

  private static final class Holder {
    static final Ranker BUNDLED = read(Ranker.class.getResourceAsStream(RESOURCE));
  }

  /** Returns the bundled customer ranker, read once per JVM. */
  public static Ranker bundled() {
    return Holder.BUNDLED;
  }

  /**
   * Trains the ranker: ridge regression from each example's vector (plus a constant) onto its
   * card as a one-hot target, solved exactly through the normal equations, so the same examples
   * always give the same weights.
   */
  public static Ranker train(String model, double lambda, List<String> cards,
      List<Example> examples) {
    int d = examples.get(0).vector().length + 1;
    int classes = cards.size();
    double[][] a = new double[d][d];
    double[][] b = new double[d][classes];
    double[] row = new double[d];
    for (Example e : examples) {
      float[] v = e.vector();
      for (int j = 0; j < d - 1; j++) {
        row[j] = v[j];
      }
      row[d - 1] = 1;
      for (int j = 0; j < d; j++) {
        double rj = row[j];
        double[] aj = a[j];
        for (int k = 0; k <= j; k++) {
          aj[k] += rj * row[k];
        }
        b[j][e.card()] += rj;
      }
    }
    for (int j = 0; j < d; j++) {
      for (int k = 0; k < j; k++) {
        a[k][j] = a[j][k];
      }
      if (j < d - 1) {
        a[j][j] += lambda;
      }
    }
    double[][] x = solve(a, b);
    float[][] w = new float[classes][d];
    for (int c = 0; c < classes; c++) {
      for (int j = 0; j < d; j++) {
        w[c][j] = (float) x[j][c];
      }
    }
    return new Ranker(model, lambda, cards, examples, w, 0, null);
  }

  /**
   * Trains the ranker as {@link #train(String, double, List, List)} does, and a logistic model
   * of the side with penalty {@code sideLambda} on the same examples, each labelled IN when
   * {@code inSide} holds for its card.
   */
  public static Ranker train(String model, double lambda, List<String> cards,
      List<Example> examples, boolean[] inSide, double sideLambda) {
    Ranker cardsOnly = train(model, lambda, cards, examples);
    List<float[]> vectors = new ArrayList<>(examples.size());
    List<Boolean> in = new ArrayList<>(examples.size());
    for (Example e : examples) {
      vectors.add(e.vector());
      in.add(inSide[e.card()]);
    }
    return new Ranker(model, lambda, cards, examples, cardsOnly.weights, sideLambda,
        SideModel.train(vectors, in, sideLambda));
  }

  /** Solves {@code a x = b} for a symmetric positive definite {@code a} and one vector b. */
  static double[] solve(double[][] a, double[] b) {
    double[][] m = new double[b.length][1];
    for (int i = 0; i < b.length; i++) {
      m[i][0] = b[i];
    }
    double[][] x = solve(a, m);
    double[] out = new double[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = x[i][0];
    }
    return out;
  }

  /** Solves {@code a x = b} for a symmetric positive definite {@code a} (Cholesky). */
  private static double[][] solve(double[][] a, double[][] b) {
    int d = a.length;
    double[][] l = new double[d][d];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j <= i; j++) {
        double s = a[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        l[i][j] = i == j ? Math.sqrt(s) : s / l[j][j];
      }
    }
    int m = b[0].length;
    double[][] x = new double[d][m];
    double[] z = new double[d];
    for (int c = 0; c < m; c++) {
      for (int i = 0; i < d; i++) {
        double s = b[i][c];
        for (int k = 0; k < i; k++) {
          s -= l[i][k] * z[k];
        }
        z[i] = s / l[i][i];
      }
      for (int i = d - 1; i >= 0; i--) {
        double s = z[i];
        for (int k = i + 1; k < d; k++) {
          s -= l[k][i] * x[k][c];
        }
        x[i][c] = s / l[i][i];
      }
    }
    return x;
  }

  /** Returns the name of the embedding model the vectors came from. */
  public String model() {
    return model;
  }

  /** Returns the ridge penalty the weights were trained with. */
  public double lambda() {
    return lambda;
  }

  /** Returns the penalty the side model was trained with, or 0 if there is none. */
  public double sideLambda() {
    return sideLambda;
  }

  /** Returns the logistic model of the statement's side, if one was trained. */
  public Optional<SideModel> side() {
    return Optional.ofNullable(side);
  }

  /** Returns the ids of the cards, in the order of the weights. */
  public ImmutableList<String> cards() {
    return cards;
  }

  /** Returns the index of a card id among {@link #cards()}, or -1. */
  public int indexOf(String cardId) {
    Integer i = index.get(cardId);
    return i == null ? -1 : i;
  }

  /** Returns the example bank, in training order. */
  public ImmutableList<Example> examples() {
    return examples;
  }

  /** Returns a copy of the weights of one card: one per vector dimension, then the constant. */
  public float[] weights(int card) {
    return weights[card].clone();
  }

  /** Returns the linear model's score of every card for a statement vector. */
  public double[] scores(float[] v) {
    double[] out = new double[weights.length];
    int d = v.length;
    for (int c = 0; c < weights.length; c++) {
      float[] w = weights[c];
      float s = w[d];
      for (int j = 0; j < d; j++) {
        s += w[j] * v[j];
      }
      out[c] = s;
    }
    return out;
  }

  /** Writes the ranker in its binary resource form. */
  public void write(OutputStream out) throws IOException {
    DataOutputStream o = new DataOutputStream(new BufferedOutputStream(out));
    o.writeInt(MAGIC);
    o.writeUTF(model);
    o.writeDouble(lambda);
    o.writeInt(cards.size());
    for (String c : cards) {
      o.writeUTF(c);
    }
    int dims = examples.get(0).vector().length;
    o.writeInt(dims);
    o.writeInt(examples.size());
    for (Example e : examples) {
      o.writeInt(e.card());
      o.writeUTF(e.text());
      for (float x : e.vector()) {
        o.writeFloat(x);
      }
    }
    for (float[] w : weights) {
      for (float x : w) {
        o.writeFloat(x);
      }
    }
    o.writeBoolean(side != null);
    if (side != null) {
      o.writeDouble(sideLambda);
      for (float x : side.weights()) {
        o.writeFloat(x);
      }
    }
    o.flush();
  }

  /** Reads a ranker written by {@link #write}. */
  public static Ranker read(InputStream in) {
    Objects.requireNonNull(in, "no ranker resource " + RESOURCE + " on the class path");
    try (DataInputStream i = new DataInputStream(new BufferedInputStream(in))) {
      if (i.readInt() != MAGIC) {
        throw new IllegalStateException("not a valuex ranker: wrong magic number");
      }
      String model = i.readUTF();
      double lambda = i.readDouble();
      List<String> cards = new ArrayList<>();
      for (int c = i.readInt(); c > 0; c--) {
        cards.add(i.readUTF());
      }
      int dims = i.readInt();
      List<Example> examples = new ArrayList<>();
      for (int n = i.readInt(); n > 0; n--) {
        int card = i.readInt();
        String text = i.readUTF();
        float[] v = new float[dims];
        for (int j = 0; j < dims; j++) {
          v[j] = i.readFloat();
        }
        examples.add(new Example(card, text, v));
      }
      float[][] w = new float[cards.size()][dims + 1];
      for (float[] row : w) {
        for (int j = 0; j <= dims; j++) {
          row[j] = i.readFloat();
        }
      }
      double sideLambda = 0;
      SideModel side = null;
      if (i.readBoolean()) {
        sideLambda = i.readDouble();
        float[] s = new float[dims + 1];
        for (int j = 0; j <= dims; j++) {
          s[j] = i.readFloat();
        }
        side = SideModel.of(s);
      }
      return new Ranker(model, lambda, cards, examples, w, sideLambda, side);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
