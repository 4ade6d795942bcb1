package dev.valuex.semantic;

import com.google.common.collect.ImmutableList;
import dev.valuex.catalog.Catalog;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.ValueElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The evaluation harness of issue 23: prints, per labelled set and ranking method, how often the
 * labelled card comes first (top-1), among the first three (top-3), and how often the side of
 * the first suggestion is the labelled side; then the same with the side given, as
 * {@code suggest --side} does; for each {@link SemanticModel} (lexical figures once, as they do
 * not depend on it). It prints aggregate figures only, never a statement, so it may
 * be run on held-out sets. Run with
 * {@code ./mvnw -B -o -q -pl semantic -am test-compile -Pevaluate} (add
 * {@code -Devaluate.sets=heldout} for the held-out half of the development set).
 */
public final class Evaluate {

  private Evaluate() {}

  /** A labelled statement of any set: card id, side and words. */
  record Case(String id, Side side, String statement) {}

  /** The figures of one method on one set. */
  record Figures(int count, double top1, double top3, double side) {}

  /**
   * Prints the figures of the sets named in the first argument (comma-separated: tuning,
   * labelled, catalog-heldout, indirect, heldout).
   *
   * @param args the sets, optional
   */
  public static void main(String[] args) {
    String sets = args.length > 0 && !args[0].isBlank() ? args[0]
        : "tuning,labelled,catalog-heldout,indirect";
    for (SemanticModel model : SemanticModel.values()) {
      SemanticSuggester suggester = SemanticSuggester.of(Catalog.defaults(), model);
      for (String set : sets.split(",")) {
        List<Case> cases = cases(set.strip());
        System.out.printf(Locale.ROOT, "%s model, %s (%d statements, %s):%n",
            model.name().toLowerCase(Locale.ROOT), set.strip(), cases.size(), note(set.strip()));
        for (RankingMethod method : RankingMethod.values()) {
          if (method == RankingMethod.LEXICAL && model != SemanticModel.ACCURATE) {
            continue;
          }
          print(method.name().toLowerCase(Locale.ROOT), measure(suggester, method, cases, false));
        }
        print("hybrid, side given", measure(suggester, RankingMethod.HYBRID, cases, true));
      }
    }
  }

  private static String note(String set) {
    return switch (set) {
      case "tuning", "labelled" -> "in the ranker's training data and example bank, so these"
          + " are fit figures; see Levers for cross-validated ones";
      case "heldout" -> "held-out half, never trained or tuned on";
      case "catalog-heldout" -> "catalog's held-out statements; side is the card's usual side";
      default -> "not trained on; side is the card's usual side";
    };
  }

  private static void print(String label, Figures f) {
    System.out.printf(Locale.ROOT, "  %-20s top-1 %.3f  top-3 %.3f  side %.3f%n", label,
        f.top1(), f.top3(), f.side());
  }

  /** Reads a set by name; catalog sets take the card's usual side as their side label. */
  static List<Case> cases(String set) {
    Map<String, ValueElement> cards = Catalog.defaults().deck(Perspective.CUSTOMER).stream()
        .collect(Collectors.toMap(e -> e.id().toString(), Function.identity()));
    String resource = switch (set) {
      case "tuning" -> DevSet.TUNING;
      case "heldout" -> DevSet.HELDOUT;
      case "labelled" -> "suggest-labelled-statements.tsv";
      case "catalog-heldout" -> "suggest-heldout-statements.tsv";
      case "indirect" -> "suggest-indirect-statements.tsv";
      default -> throw new IllegalArgumentException("unknown set " + set + "; use tuning,"
          + " labelled, catalog-heldout, indirect or heldout");
    };
    List<Case> out = new ArrayList<>();
    if (resource.startsWith("devset/")) {
      for (DevSet.Statement s : DevSet.read(resource)) {
        out.add(new Case(s.id(), s.side(), s.statement()));
      }
    } else {
      for (LabelledSets.Labelled l : LabelledSets.read(resource)) {
        out.add(new Case(l.id(), cards.get(l.id()).typicalSide().orElse(Side.OUT),
            l.statement()));
      }
    }
    return out;
  }

  /** Measures one method on a set, optionally telling the suggester each statement's side. */
  static Figures measure(SemanticSuggester suggester, RankingMethod method, List<Case> cases,
      boolean sideGiven) {
    List<ImmutableList<CardMatch>> ranked = new ArrayList<>();
    if (sideGiven) {
      for (Side side : Side.values()) {
        List<Case> part = cases.stream().filter(c -> c.side() == side).toList();
        ranked.addAll(suggester.suggestAll(method, Perspective.CUSTOMER, side,
            part.stream().map(Case::statement).toList(), 3));
      }
      List<Case> reordered = new ArrayList<>();
      for (Side side : Side.values()) {
        cases.stream().filter(c -> c.side() == side).forEach(reordered::add);
      }
      cases = reordered;
    } else {
      ranked.addAll(suggester.suggestAll(method, Perspective.CUSTOMER,
          cases.stream().map(Case::statement).toList(), 3));
    }
    int top1 = 0;
    int top3 = 0;
    int side = 0;
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      ImmutableList<CardMatch> r = ranked.get(i);
      if (!r.isEmpty() && r.get(0).element().id().toString().equals(c.id())) {
        top1++;
      }
      if (r.stream().anyMatch(m -> m.element().id().toString().equals(c.id()))) {
        top3++;
      }
      if (!r.isEmpty() && r.get(0).side() == c.side()) {
        side++;
      }
    }
    double n = cases.size();
    return new Figures(cases.size(), top1 / n, top3 / n, side / n);
  }
}
