package dev.valuex.semantic;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.valuex.catalog.Catalog;
import dev.valuex.catalog.Suggestion;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.ValueElement;
import dev.valuex.semantic.internal.Encoder;
import dev.valuex.semantic.internal.StaticTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures the static token table as a lever (issue 23) on the tuning half of the development
 * set and the catalog's labelled and indirect statements, never on a held-out set, with the
 * cross-validation of {@link Levers}: static vectors with card texts only, with the example
 * bank's neighbours, with a ridge model retrained on static vectors, and both, each without and
 * with the lexical score; for three centrings of the vectors (none; each token's vector minus
 * the table's mean; each text's vector minus the bank's mean text vector), two token weightings
 * (a plain mean; smooth inverse frequency with a = 0.001) and three ridge penalties. Then a
 * two-stage ranking: the fast ranking, and the model's ranking instead when the fast top two
 * cards are closer than a margin. Run with
 * {@code ./mvnw -B -o -q -pl semantic -am test-compile -Plevers-static}.
 */
public final class StaticLevers {

  private StaticLevers() {}

  /**
   * Prints the lever table of the static table.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    Catalog catalog = Catalog.defaults();
    List<ValueElement> cards = catalog.deck(Perspective.CUSTOMER);
    List<String[]> raw = Levers.texts(cards);
    List<Suggestion>[] lexical = Levers.lexical(catalog, raw);
    List<String> texts = raw.stream().map(r -> r[2]).toList();
    StaticTable base = StaticTable.bundled();
    float[] tokenMean = new float[base.dimension()];
    for (int r = 0; r < base.size(); r++) {
      float[] v = base.vector(base.id(r));
      for (int j = 0; j < v.length; j++) {
        tokenMean[j] += v[j] / base.size();
      }
    }
    Levers.Run chosen = null;
    for (String centring : List.of("no", "token", "text")) {
      for (double sif : new double[] {0, 1e-3}) {
        StaticTable table = base.weightedBy(sif);
        List<float[]> vectors = new ArrayList<>();
        for (String t : texts) {
          vectors.add(embed(table, t, centring.equals("token") ? tokenMean : null));
        }
        if (centring.equals("text")) {
          centre(vectors, raw);
        }
        Levers.Run run = new Levers.Run(String.format(Locale.ROOT,
            "static, SIF %s, %s centring", sif == 0 ? "none" : "0.001", centring), cards,
            Levers.items(cards, raw, vectors), lexical);
        for (double lambda : new double[] {0.1, 0.3, 1}) {
          run.print(lambda, new int[] {0, 2, 3, 5}, new double[] {0, 0.1, 0.2, 0.3});
        }
        if (sif == 0 && centring.equals("text")) {
          chosen = run;
        }
      }
    }
    List<float[]> model = Levers.cached("bge-small-en-v1.5 (q)",
        BgeSmallEnV15QuantizedEmbeddingModel::new, texts);
    Levers.Run accurate =
        new Levers.Run("bge-small-en-v1.5 (q)", cards, Levers.items(cards, raw, model), lexical);
    twoStage(chosen, accurate);
  }

  /** Subtracts the mean vector of the bank's texts from every vector, then scales to unit. */
  static void centre(List<float[]> vectors, List<String[]> raw) {
    float[] mean = new float[vectors.get(0).length];
    int k = 0;
    for (int i = 0; i < raw.size(); i++) {
      if (!raw.get(i)[0].equals("indirect")) {
        k++;
        for (int j = 0; j < mean.length; j++) {
          mean[j] += vectors.get(i)[j];
        }
      }
    }
    for (float[] v : vectors) {
      for (int j = 0; j < mean.length; j++) {
        v[j] -= mean[j] / k;
      }
      unit(v);
    }
  }

  /**
   * The fast ranking (neighbours + ridge on centred static vectors, lexical 0.2), with the
   * model's ranking (the accurate mode) used instead when the fast top two are within a margin;
   * prints the figures and the share of statements that needed the model.
   */
  static void twoStage(Levers.Run fast, Levers.Run accurate) {
    Levers.Ridge[] fastFolds = new Levers.Ridge[5];
    Levers.Ridge[] accFolds = new Levers.Ridge[5];
    for (int f = 0; f < 5; f++) {
      fastFolds[f] = fast.train(f, 0.3);
      accFolds[f] = accurate.train(f, TrainRanker.LAMBDA);
    }
    Levers.Ridge fastAll = fast.train(-1, 0.3);
    Levers.Ridge accAll = accurate.train(-1, TrainRanker.LAMBDA);
    for (String set : List.of("tuning", "labelled", "indirect")) {
      System.out.printf(Locale.ROOT, "two-stage (fast, the model when the fast top two are"
          + " within the margin), lexical 0.2, %s set:%n", set);
      for (double margin : new double[] {0, 0.01, 0.02, 0.04, 0.08, 1}) {
        int total = 0;
        int top1 = 0;
        int top3 = 0;
        int side = 0;
        int model = 0;
        for (int q = 0; q < fast.items.size(); q++) {
          if (!fast.items.get(q).set().equals(set)) {
            continue;
          }
          double[] s = fast.score(5, q, fast.fold[q] < 0 ? fastAll : fastFolds[fast.fold[q]]);
          for (int c = 0; c < s.length; c++) {
            s[c] += 0.2 * fast.lex[q][c];
          }
          int[] order = Levers.order(s);
          if (s[order[0]] - s[order[1]] < margin) {
            model++;
            s = accurate.score(5, q,
                accurate.fold[q] < 0 ? accAll : accFolds[accurate.fold[q]]);
            for (int c = 0; c < s.length; c++) {
              s[c] += 0.2 * accurate.lex[q][c];
            }
            order = Levers.order(s);
          }
          total++;
          int want = fast.items.get(q).card();
          top1 += order[0] == want ? 1 : 0;
          top3 += order[0] == want || order[1] == want || order[2] == want ? 1 : 0;
          side += fast.cards.get(order[0]).typicalSide().orElse(Side.OUT)
              == fast.items.get(q).side() ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "  margin %.2f  model for %.3f of statements  top-1 %.3f"
            + "  top-3 %.3f  side(top card) %.3f  (%d)%n", margin, model / (double) total,
            top1 / (double) total, top3 / (double) total, side / (double) total, total);
      }
    }
  }

  /**
   * A text's static vector, computed from the table's stored rows: the (weighted) mean of its
   * tokens' vectors, each first moved by {@code -centre} if a centre is given, at unit length.
   */
  static float[] embed(StaticTable table, String text, float[] centre) {
    if (centre == null && table.sif() == StaticTable.SIF) {
      return table.embed(text);
    }
    float[] sum = new float[table.dimension()];
    double harmonic = 0;
    for (int r = 1; r <= table.size(); r++) {
      harmonic += 1.0 / r;
    }
    int[] ids = new int[table.size()];
    for (int r = 0; r < ids.length; r++) {
      ids[r] = table.id(r);
    }
    for (long id : Encoder.tokenIds(text)) {
      float[] v = id == DistilStaticTable.CLS || id == DistilStaticTable.SEP ? null
          : table.vector((int) id);
      if (v == null) {
        continue;
      }
      int rank = java.util.Arrays.binarySearch(ids, (int) id) + 1;
      double p = 1.0 / (rank * harmonic);
      double w = table.sif() <= 0 ? 1 : table.sif() / (table.sif() + p);
      for (int j = 0; j < sum.length; j++) {
        sum[j] += (float) (w * (v[j] - (centre == null ? 0 : centre[j])));
      }
    }
    return unit(sum);
  }

  private static float[] unit(float[] v) {
    if (Levers.dot(v, v) == 0) {
      return v;
    }
    float[] u = Levers.unit(v);
    System.arraycopy(u, 0, v, 0, v.length);
    return v;
  }
}
