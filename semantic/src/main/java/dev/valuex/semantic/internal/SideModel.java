package dev.valuex.semantic.internal;

import java.util.List;
import java.util.Objects;

/**
 * A logistic model of the side a statement is on, for deciding the side as its own step: from
 * a statement's vector it gives the log-odds that the speaker is giving or putting something in
 * (IN) rather than seeking or getting something (OUT). Trained by {@link #train} with an L2
 * penalty by Newton's method from zero weights, in a fixed order of operations, so the same
 * examples always give the same weights.
 */
public final class SideModel {

  /**
   * The most Newton steps; the penalised log-likelihood is strictly concave, so training stops
   * well before, once no weight moves by more than {@link #TOLERANCE}.
   */
  private static final int STEPS = 50;

  private static final double TOLERANCE = 1e-9;

  private final float[] weights;

  private SideModel(float[] weights) {
    this.weights = weights;
  }

  /** Returns a side model with the given weights: one per vector dimension, then the constant. */
  public static SideModel of(float[] weights) {
    return new SideModel(Objects.requireNonNull(weights, "weights").clone());
  }

  /**
   * Trains the model on statement vectors and their sides (true for IN), penalising the squared
   * length of the weights (not the constant) by {@code lambda}.
   */
  public static SideModel train(List<float[]> vectors, List<Boolean> in, double lambda) {
    int n = vectors.size();
    int d = vectors.get(0).length + 1;
    double[] w = new double[d];
    double[] row = new double[d];
    for (int step = 0; step < STEPS; step++) {
      double[][] h = new double[d][d];
      double[] g = new double[d];
      for (int i = 0; i < n; i++) {
        float[] v = vectors.get(i);
        for (int j = 0; j < d - 1; j++) {
          row[j] = v[j];
        }
        row[d - 1] = 1;
        double z = 0;
        for (int j = 0; j < d; j++) {
          z += w[j] * row[j];
        }
        double p = 1 / (1 + Math.exp(-z));
        double r = (in.get(i) ? 1 : 0) - p;
        double s = p * (1 - p);
        for (int j = 0; j < d; j++) {
          double rj = row[j];
          g[j] += r * rj;
          double srj = s * rj;
          double[] hj = h[j];
          for (int k = 0; k <= j; k++) {
            hj[k] += srj * row[k];
          }
        }
      }
      for (int j = 0; j < d; j++) {
        for (int k = 0; k < j; k++) {
          h[k][j] = h[j][k];
        }
        if (j < d - 1) {
          h[j][j] += lambda;
          g[j] -= lambda * w[j];
        }
      }
      double[] delta = Ranker.solve(h, g);
      double largest = 0;
      for (int j = 0; j < d; j++) {
        w[j] += delta[j];
        largest = Math.max(largest, Math.abs(delta[j]));
      }
      if (largest < TOLERANCE) {
        break;
      }
    }
    float[] out = new float[d];
    for (int j = 0; j < d; j++) {
      out[j] = (float) w[j];
    }
    return new SideModel(out);
  }

  /** Returns the log-odds that a statement with this vector is on the IN side. */
  public double logOdds(float[] v) {
    int d = v.length;
    float s = weights[d];
    for (int j = 0; j < d; j++) {
      s += weights[j] * v[j];
    }
    return s;
  }

  /** Returns a copy of the weights: one per vector dimension, then the constant. */
  public float[] weights() {
    return weights.clone();
  }
}
