package dev.valuex.semantic.internal;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.ValueElement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The embedded texts of a list of cards: for each card its name, short phrase, sentence and
 * every example statement, each as its own unit vector, computed in one batch; and the card's
 * example bank, the vectors its neighbour score is taken over: the ranker's labelled examples
 * for a card the ranker was trained on, else the card's own texts. Vectors are kept as flat
 * row-major matrices (one row per text), so scoring a statement walks contiguous memory.
 */
public final class CardVectors {

  /**
   * The texts of one card (the examples start at {@link #FIRST_EXAMPLE}), the vectors of its
   * example statements, the vectors of its example bank, and its index in the ranker's weights
   * (-1 if untrained). Both matrices are flat and row-major, {@code dimension} values a row.
   */
  public record Card(ValueElement element, ImmutableList<String> texts, float[] examples,
      float[] bank, int ranker) {}

  /** Index of the first example statement among a card's texts (name, phrase, sentence first). */
  public static final int FIRST_EXAMPLE = 3;

  /** How many statements {@link #bankCosines(List)} scores in one pass over the bank. */
  public static final int BLOCK = 8;

  private final ImmutableList<Card> cards;

  /** How many bank rows all cards have together. */
  private final int rows;

  /**
   * Every card's bank rows, card after card, transposed: value j of row r at
   * {@code j * rows + r}, so one pass over it scores a statement against the whole bank in
   * loops the JIT vectorises.
   */
  private final float[] bankByDimension;

  /** Where each card's rows start among the {@link #rows}, and the total at the end. */
  private final int[] bankStart;

  private CardVectors(ImmutableList<Card> cards, int dimension) {
    this.cards = cards;
    int total = 0;
    bankStart = new int[cards.size() + 1];
    for (int c = 0; c < cards.size(); c++) {
      bankStart[c] = total;
      total += dimension == 0 ? 0 : cards.get(c).bank().length / dimension;
    }
    bankStart[cards.size()] = total;
    this.rows = total;
    this.bankByDimension = new float[total * dimension];
    for (int c = 0; c < cards.size(); c++) {
      float[] bank = cards.get(c).bank();
      for (int r = 0; bankStart[c] + r < bankStart[c + 1]; r++) {
        for (int j = 0; j < dimension; j++) {
          bankByDimension[j * total + bankStart[c] + r] = bank[r * dimension + j];
        }
      }
    }
  }

  /**
   * Embeds the texts of the given cards with the given embedding (the model's, or the static
   * table's); a card the ranker was trained on takes its bank from the ranker's examples, whose
   * vectors must come from the same embedding.
   */
  public static CardVectors of(List<ValueElement> elements, @Nullable Ranker ranker,
      Function<List<String>, List<float[]>> embedding) {
    List<String> all = new ArrayList<>();
    List<ImmutableList<String>> perCard = new ArrayList<>();
    for (ValueElement e : elements) {
      ImmutableList<String> texts = ImmutableList.<String>builder()
          .add(readable(e.name()), e.shortPhrase(), e.sentence())
          .addAll(e.exampleStatements())
          .build();
      perCard.add(texts);
      all.addAll(texts);
    }
    List<float[]> vectors = embedding.apply(all);
    ImmutableList.Builder<Card> out = ImmutableList.builder();
    int at = 0;
    for (int c = 0; c < elements.size(); c++) {
      ImmutableList<String> texts = perCard.get(c);
      List<float[]> own = vectors.subList(at, at + texts.size());
      at += texts.size();
      int trained = ranker == null ? -1 : ranker.indexOf(elements.get(c).id().toString());
      List<float[]> bank = own;
      if (trained >= 0) {
        bank = new ArrayList<>();
        for (Ranker.Example e : ranker.examples()) {
          if (e.card() == trained) {
            bank.add(e.vector());
          }
        }
      }
      out.add(new Card(elements.get(c), texts,
          flat(own.subList(Math.min(FIRST_EXAMPLE, own.size()), own.size())), flat(bank),
          trained));
    }
    return new CardVectors(out.build(), vectors.isEmpty() ? 0 : vectors.get(0).length);
  }

  /** Lays vectors of one length out as the rows of one flat row-major matrix. */
  private static float[] flat(List<float[]> rows) {
    if (rows.isEmpty()) {
      return new float[0];
    }
    int d = rows.get(0).length;
    float[] out = new float[rows.size() * d];
    for (int r = 0; r < rows.size(); r++) {
      System.arraycopy(rows.get(r), 0, out, r * d, d);
    }
    return out;
  }

  /**
   * Returns the cosine of a unit statement vector with every bank row, card after card (card
   * c's rows from {@link #bankStart}{@code (c)} on): the same values, to the bit, as {@link
   * Encoder#dot(float[], float[], int)} of the statement with each row of the card's
   * {@link Card#bank()}, as {@link #bankCosines(List)} gives them.
   */
  public float[] bankCosines(float[] q) {
    return bankCosines(List.of(q))[0];
  }

  /**
   * Returns the cosines of several unit statement vectors with every bank row, one array per
   * statement as {@link #bankCosines(float[])} gives it. Each cosine keeps the four partial sums
   * of {@link Encoder#dot(float[], float[], int)} and adds into them in the same order, so the
   * values are the same to the bit; but the bank is walked one dimension at a time for all rows
   * (loops the JIT vectorises), and each dimension's values are read once for all the
   * statements, so a batch reads the bank once per {@value #BLOCK} statements instead of once
   * per statement.
   */
  public float[][] bankCosines(List<float[]> qs) {
    int n = rows;
    float[] m = bankByDimension;
    float[][] out = new float[qs.size()][];
    for (int from = 0; from < qs.size(); from += BLOCK) {
      int to = Math.min(qs.size(), from + BLOCK);
      float[][][] sums = new float[to - from][4][n];
      int d = qs.get(from).length;
      int whole = d - d % 4;
      for (int i = 0; i < d; i++) {
        // Encoder.dot's partial sum i % 4 takes dimension i of the whole groups of four, and
        // partial sum 0 the rest.
        int part = i < whole ? i % 4 : 0;
        for (int b = from; b < to; b++) {
          axpy(qs.get(b)[i], m, i * n, sums[b - from][part]);
        }
      }
      for (int b = from; b < to; b++) {
        float[][] s = sums[b - from];
        for (int r = 0; r < n; r++) {
          s[0][r] = (s[0][r] + s[1][r]) + (s[2][r] + s[3][r]);
        }
        out[b] = s[0];
      }
    }
    return out;
  }

  /** Adds {@code a} times the values of m from {@code offset} on to those of s. */
  private static void axpy(float a, float[] m, int offset, float[] s) {
    for (int r = 0; r < s.length; r++) {
      s[r] += a * m[offset + r];
    }
  }

  /**
   * Returns where card c's rows start in {@link #bankCosines}'s values; c may be the number of
   * cards, for the end of the last card's rows.
   */
  public int bankStart(int c) {
    return bankStart[c];
  }

  /** Returns the cards, in the order given. */
  public ImmutableList<Card> cards() {
    return cards;
  }

  /** Turns a card name such as {@code REDUCES_EFFORT} into words the model reads well. */
  static String readable(String name) {
    return name.replace('_', ' ').replace('-', ' ').toLowerCase(java.util.Locale.ROOT);
  }
}
