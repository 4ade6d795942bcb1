package dev.valuex.semantic;

import dev.valuex.catalog.Catalog;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.ValueElement;
import dev.valuex.semantic.internal.Encoder;
import dev.valuex.semantic.internal.Ranker;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains the bundled customer ranker ({@code customer-ranker.bin}) from the labelled statements
 * in the repository: every customer card's name, phrase, sentence and examples, the catalog's
 * labelled statements ({@code suggest-labelled-statements.tsv}), the tuning half of the
 * development set ({@code devset/tuning.tsv}) and the plain-talk training statements
 * ({@code training/plain-talk.tsv}); never a held-out set. Run with
 * {@code ./mvnw -B -o -q -pl semantic -am test-compile -Ptrain-ranker}; {@code RankerTest}
 * checks that the shipped resource is what this writes.
 */
public final class TrainRanker {

  private TrainRanker() {}

  /** The ridge penalty, chosen on the tuning half by five-fold cross-validation (Levers). */
  static final double LAMBDA = 1.0;

  /**
   * The penalty of the logistic side model, chosen on the tuning half by five-fold
   * cross-validation with {@link SemanticSuggester#SIDE_WEIGHT} (Levers).
   */
  static final double SIDE_LAMBDA = 0.03;

  /** The training statements written for the ranker alone, in the development set's format. */
  static final String PLAIN_TALK = "training/plain-talk.tsv";

  /** Where the resource lives in the source tree, relative to the semantic module. */
  static final Path RESOURCE = Path.of("src/main/resources" + Ranker.RESOURCE);

  /** A training text and the index of its card among the customer deck's cards. */
  record Labelled(int card, String text) {}

  /** Returns the customer deck's card ids, in deck order. */
  static List<String> cards() {
    return Catalog.defaults().deck(Perspective.CUSTOMER).stream()
        .map(e -> e.id().toString()).toList();
  }

  /** Returns the training texts in training order: card texts, labelled, tuning, plain talk. */
  static List<Labelled> texts() {
    List<ValueElement> deck = Catalog.defaults().deck(Perspective.CUSTOMER);
    List<String> ids = cards();
    List<Labelled> out = new ArrayList<>();
    for (int c = 0; c < deck.size(); c++) {
      ValueElement e = deck.get(c);
      out.add(new Labelled(c,
          e.name().replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT)));
      out.add(new Labelled(c, e.shortPhrase()));
      out.add(new Labelled(c, e.sentence()));
      for (String x : e.exampleStatements()) {
        out.add(new Labelled(c, x));
      }
    }
    for (LabelledSets.Labelled l : LabelledSets.read("suggest-labelled-statements.tsv")) {
      out.add(new Labelled(index(ids, l.id()), l.statement()));
    }
    for (DevSet.Statement s : DevSet.read(DevSet.TUNING)) {
      out.add(new Labelled(index(ids, s.id()), s.statement()));
    }
    for (DevSet.Statement s : DevSet.read(PLAIN_TALK)) {
      out.add(new Labelled(index(ids, s.id()), s.statement()));
    }
    return out;
  }

  private static int index(List<String> ids, String id) {
    int i = ids.indexOf(id);
    if (i < 0) {
      throw new IllegalArgumentException("no customer card " + id);
    }
    return i;
  }

  /** Embeds the training texts and fits the ranker. */
  static Ranker train() {
    List<Labelled> texts = texts();
    List<float[]> vectors = Encoder.embedAll(texts.stream().map(Labelled::text).toList());
    List<Ranker.Example> examples = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      examples.add(new Ranker.Example(texts.get(i).card(), texts.get(i).text(), vectors.get(i)));
    }
    return Ranker.train(Encoder.MODEL_NAME, LAMBDA, cards(), examples, inSide(), SIDE_LAMBDA);
  }

  /** Tells, per card of {@link #cards()}, whether its usual side is IN. */
  static boolean[] inSide() {
    List<ValueElement> deck = Catalog.defaults().deck(Perspective.CUSTOMER);
    boolean[] in = new boolean[deck.size()];
    for (int c = 0; c < deck.size(); c++) {
      in[c] = deck.get(c).typicalSide().orElse(Side.OUT) == Side.IN;
    }
    return in;
  }

  /**
   * Trains the ranker and writes it to the module's resources (or to the path given).
   *
   * @param args optionally the file to write
   */
  public static void main(String[] args) {
    Path target = args.length > 0 ? Path.of(args[0]) : RESOURCE;
    Ranker ranker = train();
    try {
      Files.createDirectories(target.toAbsolutePath().getParent());
      try (OutputStream out = Files.newOutputStream(target)) {
        ranker.write(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.printf(Locale.ROOT, "wrote %s: %d examples, %d cards, model %s, lambda %.1f,"
        + " side lambda %.2f%n", target, ranker.examples().size(), ranker.cards().size(),
        ranker.model(), ranker.lambda(), ranker.sideLambda());
  }
}
