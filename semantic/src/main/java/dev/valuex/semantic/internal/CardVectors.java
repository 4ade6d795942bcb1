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

  private final ImmutableList<Card> cards;

  private CardVectors(ImmutableList<Card> cards) {
    this.cards = cards;
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
    return new CardVectors(out.build());
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

  /** Returns the cards, in the order given. */
  public ImmutableList<Card> cards() {
    return cards;
  }

  /** Turns a card name such as {@code REDUCES_EFFORT} into words the model reads well. */
  static String readable(String name) {
    return name.replace('_', ' ').replace('-', ' ').toLowerCase(java.util.Locale.ROOT);
  }
}
