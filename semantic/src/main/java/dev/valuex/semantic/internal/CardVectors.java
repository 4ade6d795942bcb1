package dev.valuex.semantic.internal;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.ValueElement;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The embedded texts of a list of cards: for each card its name, short phrase, sentence and
 * every example statement, each as its own unit vector, computed in one batch; and the card's
 * example bank, the vectors its neighbour score is taken over: the ranker's labelled examples
 * for a card the ranker was trained on, else the card's own texts.
 */
public final class CardVectors {

  /**
   * The texts of one card and their vectors (the examples start at {@link #FIRST_EXAMPLE}), the
   * vectors of its example bank, and its index in the ranker's weights (-1 if untrained).
   */
  public record Card(ValueElement element, ImmutableList<String> texts, float[][] vectors,
      float[][] bank, int ranker) {}

  /** Index of the first example statement among a card's texts (name, phrase, sentence first). */
  public static final int FIRST_EXAMPLE = 3;

  private final ImmutableList<Card> cards;

  private CardVectors(ImmutableList<Card> cards) {
    this.cards = cards;
  }

  /** Embeds the texts of the given cards; their banks are their own texts. */
  public static CardVectors of(List<ValueElement> elements) {
    return of(elements, null);
  }

  /**
   * Embeds the texts of the given cards; a card the ranker was trained on takes its bank from
   * the ranker's examples.
   */
  public static CardVectors of(List<ValueElement> elements, @Nullable Ranker ranker) {
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
    List<float[]> vectors = Encoder.embedAll(all);
    ImmutableList.Builder<Card> out = ImmutableList.builder();
    int at = 0;
    for (int c = 0; c < elements.size(); c++) {
      ImmutableList<String> texts = perCard.get(c);
      float[][] v = new float[texts.size()][];
      for (int k = 0; k < v.length; k++) {
        v[k] = vectors.get(at++);
      }
      int trained = ranker == null ? -1 : ranker.indexOf(elements.get(c).id().toString());
      float[][] bank = v;
      if (trained >= 0) {
        List<float[]> mine = new ArrayList<>();
        for (Ranker.Example e : ranker.examples()) {
          if (e.card() == trained) {
            mine.add(e.vector());
          }
        }
        bank = mine.toArray(new float[0][]);
      }
      out.add(new Card(elements.get(c), texts, v, bank, trained));
    }
    return new CardVectors(out.build());
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
