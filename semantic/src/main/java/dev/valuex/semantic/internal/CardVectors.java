package dev.valuex.semantic.internal;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.ValueElement;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedded texts of a list of cards: for each card its name, short phrase, sentence and
 * every example statement, each as its own unit vector, computed in one batch.
 */
public final class CardVectors {

  /** The texts of one card and their vectors; the examples start at {@link #FIRST_EXAMPLE}. */
  public record Card(ValueElement element, ImmutableList<String> texts, float[][] vectors) {}

  /** Index of the first example statement among a card's texts (name, phrase, sentence first). */
  public static final int FIRST_EXAMPLE = 3;

  private final ImmutableList<Card> cards;

  private CardVectors(ImmutableList<Card> cards) {
    this.cards = cards;
  }

  /** Embeds the texts of the given cards. */
  public static CardVectors of(List<ValueElement> elements) {
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
      out.add(new Card(elements.get(c), texts, v));
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
