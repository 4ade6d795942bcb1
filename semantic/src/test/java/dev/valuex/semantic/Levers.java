package dev.valuex.semantic;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import dev.valuex.catalog.Catalog;
import dev.valuex.catalog.Suggestion;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.ValueElement;
import dev.valuex.semantic.internal.Ranker;
import dev.valuex.semantic.internal.SideModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures the ranking levers of issue 23 on the tuning half of the development set and on the
 * catalog's labelled statements, never on a held-out set: two embedding models, one vector per
 * card text against nearest neighbours over an example bank, a ridge (least-squares linear) model over embeddings,
 * and the side decided as its own step. A statement of the bank is never its own neighbour or
 * training example (leave-one-out for neighbours, five folds for the linear model). Prints a
 * table; run with {@code ./mvnw -B -o -q -pl semantic -am test-compile exec:java -Plevers}.
 */
public final class Levers {

  private Levers() {}

  /** One labelled text of the bank: its card index, side, set and vector. */
  record Item(int card, Side side, String set, String text, float[] v) {}

  /**
   * Prints the lever table.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    Catalog catalog = Catalog.defaults();
    List<ValueElement> cards = catalog.deck(Perspective.CUSTOMER);
    boolean full = Boolean.getBoolean("levers.full");
    for (String extra : System.getProperty("levers.plainTalk", "false,true").split(",")) {
      boolean withPlainTalk = Boolean.parseBoolean(extra.strip());
      List<String[]> raw = texts(cards, withPlainTalk);
      List<Suggestion>[] lexical = lexical(catalog, raw);
      for (String key : System.getProperty("levers.models", "bge").split(",")) {
        String modelName = switch (key.strip()) {
          case "minilm" -> "all-MiniLM-L6-v2 (q)";
          case "e5" -> "e5-small-v2 (q)";
          default -> "bge-small-en-v1.5 (q)";
        };
        java.util.function.Supplier<EmbeddingModel> model = switch (key.strip()) {
          case "minilm" -> AllMiniLmL6V2QuantizedEmbeddingModel::new;
          case "e5" -> E5SmallV2QuantizedEmbeddingModel::new;
          default -> BgeSmallEnV15QuantizedEmbeddingModel::new;
        };
        // e5 was trained with a "query: " prefix on both sides of a symmetric comparison.
        String prefix = key.strip().equals("e5") ? "query: " : "";
        List<float[]> vectors = cached(modelName, model,
            raw.stream().map(r -> prefix + r[2]).toList());
        Run run = new Run(modelName + (withPlainTalk ? ", with plain-talk training" : ""), cards,
            items(cards, raw, vectors), lexical);
        if (full) {
          run.print(TrainRanker.LAMBDA, new int[] {0, 1, 2, 3, 4, 5, 6},
              new double[] {0, 0.1, 0.2, 0.3, 0.4});
        } else {
          run.print(TrainRanker.LAMBDA, new int[] {5}, numbers("levers.lex", "0.2"));
        }
        double[] sideLambdas = numbers("levers.sideLambdas", "0.1,1,10");
        for (String cues : System.getProperty("levers.sideCues", "false,true").split(",")) {
          run.sideCues = Boolean.parseBoolean(cues.strip());
          for (double lexWeight : sideLambdas.length == 0 ? new double[0]
              : numbers("levers.sideLex", "0.2")) {
            for (String promote : System.getProperty("levers.promote", "0:0").split(",")) {
              String[] parts = promote.strip().split(":");
              run.promoteAt = Double.parseDouble(parts[0]);
              run.promoteWithin = Double.parseDouble(parts[1]);
              System.out.printf(Locale.ROOT, "side model %s word cues:%n",
                  run.sideCues ? "with" : "without");
              run.printSideSweep(TrainRanker.LAMBDA, lexWeight, sideLambdas,
                  numbers("levers.sideWeights", "0,0.0025,0.005,0.01,0.015,0.02,0.03,0.05"));
            }
          }
        }
      }
    }
  }

  /** The numbers of a comma-separated system property, or of its default; none if "none". */
  static double[] numbers(String property, String defaults) {
    String value = System.getProperty(property, defaults).strip();
    return value.equals("none") ? new double[0]
        : Arrays.stream(value.split(",")).mapToDouble(x -> Double.parseDouble(x.strip()))
            .toArray();
  }

  /**
   * The measured texts as {set, card id, text}: the card texts, the catalog's labelled
   * statements and the tuning half (all three in the bank), then the indirect statements.
   */
  static List<String[]> texts(List<ValueElement> cards) {
    return texts(cards, true);
  }

  /**
   * The measured texts, with or without the plain-talk training statements (set "training": in
   * the bank and every fold's training data, never scored).
   */
  static List<String[]> texts(List<ValueElement> cards, boolean withPlainTalk) {
    List<String[]> raw = new ArrayList<>();
    for (ValueElement e : cards) {
      String id = e.id().toString();
      raw.add(new String[] {"card", id, e.name().replace('_', ' ').toLowerCase(Locale.ROOT)});
      raw.add(new String[] {"card", id, e.shortPhrase()});
      raw.add(new String[] {"card", id, e.sentence()});
      for (String x : e.exampleStatements()) {
        raw.add(new String[] {"card", id, x});
      }
    }
    for (LabelledSets.Labelled l : LabelledSets.read("suggest-labelled-statements.tsv")) {
      raw.add(new String[] {"labelled", l.id(), l.statement()});
    }
    for (DevSet.Statement s : DevSet.read(DevSet.TUNING)) {
      raw.add(new String[] {"tuning", s.id(), s.statement()});
    }
    if (withPlainTalk) {
      for (DevSet.Statement s : DevSet.read(TrainRanker.PLAIN_TALK)) {
        raw.add(new String[] {"training", s.id(), s.statement()});
      }
    }
    for (LabelledSets.Labelled l : LabelledSets.read("suggest-indirect-statements.tsv")) {
      raw.add(new String[] {"indirect", l.id(), l.statement()});
    }
    return raw;
  }

  /** The texts with their vectors and sides (the labelled side for the tuning half). */
  static List<Item> items(List<ValueElement> cards, List<String[]> raw, List<float[]> vectors) {
    Map<String, Integer> index = new HashMap<>();
    for (int c = 0; c < cards.size(); c++) {
      index.put(cards.get(c).id().toString(), c);
    }
    Map<String, Side> tuningSide = new HashMap<>();
    for (DevSet.Statement s : DevSet.read(DevSet.TUNING)) {
      tuningSide.put(s.statement(), s.side());
    }
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      int c = index.get(raw.get(i)[1]);
      Side side = tuningSide.getOrDefault(raw.get(i)[2],
          cards.get(c).typicalSide().orElse(Side.OUT));
      items.add(new Item(c, side, raw.get(i)[0], raw.get(i)[2], vectors.get(i)));
    }
    return items;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static List<Suggestion>[] lexical(Catalog catalog, List<String[]> raw) {
    List<Suggestion>[] out = new List[raw.size()];
    for (int i = 0; i < raw.size(); i++) {
      out[i] = catalog.suggest(Perspective.CUSTOMER, raw.get(i)[2], 80);
    }
    return out;
  }

  /** Embeds the texts, or reads them from target/levers when the same texts were embedded. */
  static List<float[]> cached(String name, java.util.function.Supplier<EmbeddingModel> model,
      List<String> texts) {
    java.nio.file.Path file = java.nio.file.Path.of("target", "levers",
        name.replaceAll("[^a-zA-Z0-9]+", "-") + "-" + Integer.toHexString(texts.hashCode()));
    try {
      if (java.nio.file.Files.exists(file)) {
        try (java.io.DataInputStream in = new java.io.DataInputStream(
            new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file)))) {
          int count = in.readInt();
          int dims = in.readInt();
          List<float[]> out = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            float[] v = new float[dims];
            for (int j = 0; j < dims; j++) {
              v[j] = in.readFloat();
            }
            out.add(v);
          }
          return out;
        }
      }
      List<float[]> out = embed(model.get(), texts);
      java.nio.file.Files.createDirectories(file.getParent());
      try (java.io.DataOutputStream o = new java.io.DataOutputStream(
          new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file)))) {
        o.writeInt(out.size());
        o.writeInt(out.get(0).length);
        for (float[] v : out) {
          for (float x : v) {
            o.writeFloat(x);
          }
        }
      }
      return out;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<float[]> embed(EmbeddingModel model, List<String> texts) {
    List<float[]> out = new ArrayList<>();
    List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
    for (int from = 0; from < segments.size(); from += 64) {
      model.embedAll(segments.subList(from, Math.min(segments.size(), from + 64))).content()
          .forEach(e -> out.add(unit(e.vector())));
    }
    return out;
  }

  static float[] unit(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    float inv = (float) (1 / Math.sqrt(n));
    float[] o = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      o[i] = v[i] * inv;
    }
    return o;
  }

  static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** The measurements for one model. */
  static final class Run {
    final String model;
    final List<ValueElement> cards;
    final List<Item> items;
    final int n;
    final double[][] lex;
    final int[] fold;
    final float[][] sim;
    /** Whether the side model also takes the statement's word cues ({@link SideCues}). */
    boolean sideCues;

    Run(String model, List<ValueElement> cards, List<Item> items, List<Suggestion>[] lexical) {
      this.model = model;
      this.cards = cards;
      this.items = items;
      this.n = cards.size();
      this.lex = new double[items.size()][n];
      Map<String, Integer> index = new HashMap<>();
      for (int c = 0; c < n; c++) {
        index.put(cards.get(c).id().toString(), c);
      }
      for (int i = 0; i < items.size(); i++) {
        for (Suggestion s : lexical[i]) {
          lex[i][index.get(s.element().id().toString())] =
              s.score() / (s.score() + SemanticSuggester.LEXICAL_HALF);
        }
      }
      this.fold = new int[items.size()];
      int k = 0;
      for (int i = 0; i < items.size(); i++) {
        String set = items.get(i).set();
        fold[i] = bank(i) && !set.equals("card") && !set.equals("training") ? k++ % 5 : -1;
      }
      sim = new float[items.size()][items.size()];
      for (int i = 0; i < items.size(); i++) {
        for (int j = 0; j <= i; j++) {
          sim[i][j] = sim[j][i] = (float) dot(items.get(i).v(), items.get(j).v());
        }
      }
    }

    boolean bank(int i) {
      return !items.get(i).set().equals("indirect");
    }

    /** Card-text scores: half the best cosine plus half the mean over the card's own texts. */
    double[] cardTexts(int q) {
      double[] best = new double[n];
      double[] sum = new double[n];
      int[] count = new int[n];
      Arrays.fill(best, -1);
      for (int i = 0; i < items.size(); i++) {
        Item it = items.get(i);
        if (it.set().equals("card")) {
          best[it.card()] = Math.max(best[it.card()], sim[q][i]);
          sum[it.card()] += sim[q][i];
          count[it.card()]++;
        }
      }
      double[] out = new double[n];
      for (int c = 0; c < n; c++) {
        out[c] = 0.5 * best[c] + 0.5 * sum[c] / count[c];
      }
      return out;
    }

    /** Mean of the card's top cosines over the bank (card texts, labelled, tuning), q left out. */
    double[] neighbours(int q, int top) {
      double[][] best = new double[n][top];
      for (double[] b : best) {
        Arrays.fill(b, -1);
      }
      for (int i = 0; i < items.size(); i++) {
        if (i == q || !bank(i)) {
          continue;
        }
        double[] b = best[items.get(i).card()];
        double v = sim[q][i];
        for (int j = 0; j < top; j++) {
          if (v > b[j]) {
            double t = b[j];
            b[j] = v;
            v = t;
          }
        }
      }
      double[] out = new double[n];
      for (int c = 0; c < n; c++) {
        double s = 0;
        int k = 0;
        for (double v : best[c]) {
          if (v > -1) {
            s += v;
            k++;
          }
        }
        out[c] = s / k;
      }
      return out;
    }

    /** Ridge classifiers (cards one-hot, side as +1 in / -1 out) trained without one fold. */
    Ridge train(int leaveFold, double lambda) {
      List<float[]> x = new ArrayList<>();
      List<Integer> y = new ArrayList<>();
      List<Side> side = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        if (!bank(i) || (leaveFold >= 0 && fold[i] == leaveFold)) {
          continue;
        }
        x.add(items.get(i).v());
        y.add(items.get(i).card());
        side.add(items.get(i).side());
      }
      return Ridge.train(x, y, side, n, lambda);
    }

    /** Prints the figures of the given scorers (indices into the names) and lexical weights. */
    void print(double lambda, int[] methods, double[] weights) {
      Ridge[] folds = new Ridge[5];
      for (int f = 0; f < 5; f++) {
        folds[f] = train(f, lambda);
      }
      Ridge all = train(-1, lambda);
      String[] names = {"card texts (before)", "neighbours top-1", "neighbours top-3", "ridge",
          "card texts + neighbours top-3", "neighbours top-3 + ridge",
          "card texts + neighbours top-3 + ridge"};
      for (String set : List.of("tuning", "labelled", "indirect")) {
        System.out.printf(Locale.ROOT, "%s, ridge lambda %.2f, %s set (%s):%n", model, lambda,
            set, set.equals("indirect") ? "not in the bank" : "5-fold / leave-one-out");
        for (int m : methods) {
          for (double w : weights) {
            for (double beta : new double[] {0, 0.05}) {
              if (beta > 0 && (m != 5 || w != 0.2)) {
                continue;
              }
              Tally tally = new Tally();
              for (int q = 0; q < items.size(); q++) {
                if (!items.get(q).set().equals(set)) {
                  continue;
                }
                Ridge r = fold[q] < 0 ? all : folds[fold[q]];
                double[] s = score(m, q, r);
                double sideScore = r.side(items.get(q).v());
                Side predicted = sideScore > 0 ? Side.IN : Side.OUT;
                for (int c = 0; c < n; c++) {
                  s[c] += w * lex[q][c];
                  if (cards.get(c).typicalSide().orElse(Side.OUT) == predicted) {
                    s[c] += beta;
                  }
                }
                tally.add(this, q, order(s), predicted);
              }
              System.out.printf(Locale.ROOT, "  %-38s lex %.2f side-boost %.2f  %s%n",
                  names[m], w, beta, tally);
              System.out.flush();
            }
          }
        }
      }
    }

    /**
     * Prints the side step: a logistic model of the side (penalty per {@code sideLambdas}),
     * trained without the scored fold, adds {@code w} times its log-odds of the card's side to
     * every card's score (neighbours top-3 + ridge, lexical weight {@code lexWeight}).
     */
    void printSideSweep(double lambda, double lexWeight, double[] sideLambdas, double[] ws) {
      Ridge[] folds = new Ridge[5];
      for (int f = 0; f < 5; f++) {
        folds[f] = train(f, lambda);
      }
      Ridge all = train(-1, lambda);
      for (double sideLambda : sideLambdas) {
        SideModel[] sideFolds = new SideModel[5];
        for (int f = 0; f < 5; f++) {
          sideFolds[f] = trainSide(f, sideLambda);
        }
        SideModel sideAll = trainSide(-1, sideLambda);
        for (String set : List.of("tuning", "labelled", "indirect")) {
          for (double w : ws) {
            for (String source : System.getProperty("levers.sideVote", "logistic").split(",")) {
              for (String gate : System.getProperty("levers.gates", "none").split(",")) {
                double[] gateAt = gate(gate);
                Tally tally = new Tally();
                int[] diagnosis = new int[4];
                Map<String, Integer> pairs = new java.util.TreeMap<>();
                for (int q = 0; q < items.size(); q++) {
                  if (!items.get(q).set().equals(set)) {
                    continue;
                  }
                  Ridge r = fold[q] < 0 ? all : folds[fold[q]];
                  SideModel sm = fold[q] < 0 ? sideAll : sideFolds[fold[q]];
                  double[] s = score(5, q, r);
                  double logOdds = sideLogOdds(source.strip(), q, sm);
                  for (int c = 0; c < n; c++) {
                    boolean in = cards.get(c).typicalSide().orElse(Side.OUT) == Side.IN;
                    s[c] += lexWeight * lex[q][c] + w * (in ? logOdds : -logOdds);
                    if (gateAt != null && Math.abs(logOdds) > gateAt[0] && in != logOdds > 0) {
                      s[c] -= gateAt[1];
                    }
                  }
                  int[] ranked = promote(order(s), s, logOdds);
                  tally.add(this, q, ranked, logOdds > 0 ? Side.IN : Side.OUT);
                  if (set.equals("tuning") && Boolean.getBoolean("levers.sideErrors")) {
                    diagnose(q, ranked, logOdds, diagnosis, pairs,
                        w == SemanticSuggester.SIDE_WEIGHT && gateAt == null);
                  }
                }
                System.out.printf(Locale.ROOT, "%s, %s, lex %.2f: side step (%s, penalty %.2f)"
                    + " w %.4f%s%s  %s%n", model, set, lexWeight, source.strip(), sideLambda, w,
                    promoteAt > 0 ? String.format(Locale.ROOT, ", first place to the side's best"
                        + " card when |z| > %.1f and within %.3f", promoteAt, promoteWithin) : "",
                    gateAt == null ? "" : String.format(Locale.ROOT, ", gate |z| > %.1f %s",
                        gateAt[0], gateAt[1] >= HARD ? "hard"
                            : String.format(Locale.ROOT, "-%.3f", gateAt[1])),
                    tally);
                if (set.equals("tuning") && Boolean.getBoolean("levers.sideErrors")) {
                  System.out.printf(Locale.ROOT, "  side errors: %d with the side model right"
                      + " (outvoted), %d with it wrong; side model wrong but first card right: %d;"
                      + " both right: %d%n", diagnosis[0], diagnosis[1], diagnosis[2],
                      diagnosis[3]);
                  if (w == SemanticSuggester.SIDE_WEIGHT && gateAt == null) {
                    pairs.entrySet().stream()
                        .sorted((a, b) -> b.getValue() - a.getValue())
                        .forEach(e -> System.out.printf(Locale.ROOT, "  %3d  %s%n", e.getValue(),
                            e.getKey()));
                  }
                }
                System.out.flush();
              }
            }
          }
        }
      }
    }

    /** A gate's penalty that no card score overcomes: the other side's cards are dropped. */
    static final double HARD = 1e6;

    /**
     * A gate of {@code levers.gates}: "none", or "t:b" (the other side's cards lose b when the
     * side's |z| exceeds t), or "t:hard" (they drop out); returns {t, b} or null for none.
     */
    static double[] gate(String spec) {
      String g = spec.strip();
      if (g.equals("none")) {
        return null;
      }
      String[] parts = g.split(":");
      return new double[] {Double.parseDouble(parts[0]),
          parts[1].equals("hard") ? HARD : Double.parseDouble(parts[1])};
    }

    /**
     * The side's log-odds for IN of statement q by {@code levers.sideVote}: "logistic" (the
     * side model), "knn:K" (the bank's K nearest texts vote by cosine, log of the IN to OUT
     * sums, each plus 0.5; q itself left out, as for the neighbour scores), or "mix:K:a" (the
     * logistic log-odds plus a times the vote's).
     */
    double sideLogOdds(String source, int q, SideModel sm) {
      if (source.equals("logistic")) {
        return sm.logOdds(sideFeatures(q));
      }
      String[] parts = source.split(":");
      int k = Integer.parseInt(parts[1]);
      double vote = knnSide(q, k);
      return parts[0].equals("knn") ? vote
          : sm.logOdds(sideFeatures(q)) + Double.parseDouble(parts[2]) * vote;
    }

    /** The side vote of the K bank texts nearest to q (q left out), as log-odds for IN. */
    double knnSide(int q, int k) {
      double[] best = new double[k];
      int[] who = new int[k];
      Arrays.fill(best, -2);
      Arrays.fill(who, -1);
      for (int i = 0; i < items.size(); i++) {
        if (i == q || !bank(i)) {
          continue;
        }
        double v = sim[q][i];
        int at = i;
        for (int j = 0; j < k; j++) {
          if (v > best[j]) {
            double t = best[j];
            int tw = who[j];
            best[j] = v;
            who[j] = at;
            v = t;
            at = tw;
          }
        }
      }
      double in = 0.5;
      double out = 0.5;
      for (int j = 0; j < k; j++) {
        if (who[j] >= 0) {
          if (items.get(who[j]).side() == Side.IN) {
            in += Math.max(0, best[j]);
          } else {
            out += Math.max(0, best[j]);
          }
        }
      }
      return Math.log(in / out);
    }

    /**
     * Counts a tuning-half statement by whether its first card and the side model have its
     * side right (outvoted, both wrong, model wrong, both right), and, if asked, the pair
     * labelled card to first card of a side error and prints the statement (tuning half only).
     */
    void diagnose(int q, int[] ranked, double logOdds, int[] counts, Map<String, Integer> pairs,
        boolean print) {
      Item item = items.get(q);
      boolean topRight = cards.get(ranked[0]).typicalSide().orElse(Side.OUT) == item.side();
      boolean modelRight = (logOdds > 0 ? Side.IN : Side.OUT) == item.side();
      counts[topRight ? (modelRight ? 3 : 2) : (modelRight ? 0 : 1)]++;
      if (!topRight && print) {
        pairs.merge(item.side() + " " + cards.get(item.card()).name() + " -> "
            + cards.get(ranked[0]).name() + (modelRight ? " (model right)" : " (model wrong)"),
            1, Integer::sum);
        printSideError(q, ranked, logOdds);
      }
    }

    /** The side step's log-odds from which the first place may go to its side's best card. */
    double promoteAt;

    /** How far below the first card's score that best card may be and still be promoted. */
    double promoteWithin;

    /**
     * Moves the best card of the side model's side to first place (the others keep their
     * order) when the side model is sure (|z| above {@link #promoteAt}), the first card is of
     * the other side, and that card's score is within {@link #promoteWithin} of the first's.
     */
    int[] promote(int[] ranked, double[] s, double logOdds) {
      if (promoteAt <= 0 || Math.abs(logOdds) <= promoteAt) {
        return ranked;
      }
      Side want = logOdds > 0 ? Side.IN : Side.OUT;
      if (cards.get(ranked[0]).typicalSide().orElse(Side.OUT) == want) {
        return ranked;
      }
      for (int k = 1; k < ranked.length; k++) {
        if (cards.get(ranked[k]).typicalSide().orElse(Side.OUT) == want) {
          if (s[ranked[0]] - s[ranked[k]] > promoteWithin) {
            return ranked;
          }
          int[] out = ranked.clone();
          System.arraycopy(ranked, 0, out, 1, k);
          out[0] = ranked[k];
          return out;
        }
      }
      return ranked;
    }

    /**
     * Prints a tuning-half statement whose first card is on the wrong side: the labelled and
     * the first card, the side model's log-odds and the words (tuning half only: never called
     * for another set).
     */
    void printSideError(int q, int[] ranked, double logOdds) {
      Item item = items.get(q);
      Side top = cards.get(ranked[0]).typicalSide().orElse(Side.OUT);
      if (top != item.side()) {
        System.out.printf(Locale.ROOT, "side error: %s %s -> %s (z %.2f): %s%n",
            item.side(), cards.get(item.card()).id(), cards.get(ranked[0]).id(), logOdds,
            item.text());
      }
    }

    /** The side model's features of item i: its vector, and its word cues if measured. */
    float[] sideFeatures(int i) {
      Item item = items.get(i);
      if (!sideCues) {
        return item.v();
      }
      float[] cues = SideCues.of(item.text());
      float scale = Float.parseFloat(System.getProperty("levers.cueScale", "1"));
      for (int j = 0; j < cues.length; j++) {
        cues[j] *= scale;
      }
      float[] joined = Arrays.copyOf(item.v(), item.v().length + cues.length);
      System.arraycopy(cues, 0, joined, item.v().length, cues.length);
      return joined;
    }

    /**
     * Whether the side model is trained on the bank's statements only, without the cards' own
     * texts (names, phrases, sentences, examples): {@code -Dlevers.sideTrain=statements}.
     */
    final boolean statementsOnly =
        System.getProperty("levers.sideTrain", "all").equals("statements");

    /** A logistic side model trained on the bank without one fold (the side of each card). */
    SideModel trainSide(int leaveFold, double lambda) {
      List<float[]> x = new ArrayList<>();
      List<Boolean> in = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        if (!bank(i) || (leaveFold >= 0 && fold[i] == leaveFold)
            || (statementsOnly && items.get(i).set().equals("card"))) {
          continue;
        }
        x.add(sideFeatures(i));
        in.add(items.get(i).side() == Side.IN);
      }
      return SideModel.train(x, in, lambda);
    }

    double[] score(int m, int q, Ridge r) {
      double[] out = new double[n];
      double[] a = m == 0 || m == 4 || m == 6 ? cardTexts(q) : null;
      double[] b = m == 1 ? neighbours(q, 1) : m == 2 || m >= 4 ? neighbours(q, 3) : null;
      double[] c = m == 3 || m >= 5 ? r.cards(items.get(q).v()) : null;
      for (int k = 0; k < n; k++) {
        double s = 0;
        int parts = 0;
        if (a != null) {
          s += a[k];
          parts++;
        }
        if (b != null) {
          s += b[k];
          parts++;
        }
        if (c != null) {
          s += c[k];
          parts++;
        }
        out[k] = s / parts;
      }
      return out;
    }
  }

  /** Counts of one scorer on one set: top-1, top-3, the first card's side, the side step's. */
  static final class Tally {
    int total;
    int top1;
    int top3;
    int sideTop;
    int sideModel;

    /** Adds statement q of the run, ranked in the given order, with the side step's side. */
    void add(Run run, int q, int[] order, Side predicted) {
      Item item = run.items.get(q);
      int want = item.card();
      total++;
      top1 += order[0] == want ? 1 : 0;
      top3 += (order[0] == want || order[1] == want || order[2] == want) ? 1 : 0;
      sideTop += run.cards.get(order[0]).typicalSide().orElse(Side.OUT) == item.side() ? 1 : 0;
      sideModel += predicted == item.side() ? 1 : 0;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "top-1 %.3f  top-3 %.3f  side(top card) %.3f"
          + "  side(own step) %.3f  (%d)", top1 / (double) total, top3 / (double) total,
          sideTop / (double) total, sideModel / (double) total, total);
    }
  }

  static int[] order(double[] s) {
    Integer[] o = new Integer[s.length];
    for (int i = 0; i < s.length; i++) {
      o[i] = i;
    }
    Arrays.sort(o, (a, b) -> Double.compare(s[b], s[a]));
    return Arrays.stream(o).mapToInt(Integer::intValue).toArray();
  }

  /** Ridge models of the cards and of the side, both trained by the shipped {@link Ranker}. */
  static final class Ridge {
    final Ranker cards;
    final Ranker side;

    Ridge(Ranker cards, Ranker side) {
      this.cards = cards;
      this.side = side;
    }

    static Ridge train(List<float[]> x, List<Integer> y, List<Side> sides, int classes,
        double lambda) {
      List<Ranker.Example> byCard = new ArrayList<>();
      List<Ranker.Example> bySide = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (int c = 0; c < classes; c++) {
        names.add("card " + c);
      }
      for (int i = 0; i < x.size(); i++) {
        byCard.add(new Ranker.Example(y.get(i), "", x.get(i)));
        bySide.add(new Ranker.Example(sides.get(i) == Side.IN ? 0 : 1, "", x.get(i)));
      }
      return new Ridge(Ranker.train("levers", lambda, names, byCard),
          Ranker.train("levers", lambda, List.of("in", "out"), bySide));
    }

    double[] cards(float[] v) {
      return cards.scores(v);
    }

    /** Positive for IN: the one-hot difference equals ridge regression onto +1 IN, -1 OUT. */
    double side(float[] v) {
      double[] s = side.scores(v);
      return s[0] - s[1];
    }
  }
}
