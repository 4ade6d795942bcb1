package dev.valuex.semantic;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.valuex.catalog.Catalog;
import dev.valuex.catalog.Suggestion;
import dev.valuex.core.ElementId;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.ValueElement;
import dev.valuex.semantic.internal.CardVectors;
import dev.valuex.semantic.internal.Encoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.Supplier;

/**
 * Suggests the cards of a catalog that a statement speaks to by meaning as well as by words,
 * e.g. PEACE_OF_MIND for "at two in the morning I just want to know whether to panic or go back
 * to bed", which shares no keyword with the card.
 *
 * <p><b>Card vectors.</b> Each card is embedded as several unit vectors: its name, its short
 * phrase, its sentence and each example statement separately. A statement's semantic score for
 * a card is {@value #BEST_WEIGHT} times its best cosine similarity with any of those texts plus
 * {@code 1 - }{@value #BEST_WEIGHT} times their mean: the best match rewards one close example,
 * the mean keeps a card whose texts all point elsewhere from winning on one lucky example. The
 * vectors of a perspective are computed once, in one batch, on first use, and kept with the
 * suggester; {@link #of(Catalog)} hands out one suggester per catalog, so user decks and blank
 * cards layered into a catalog get their own vectors.
 *
 * <p><b>Hybrid ranking.</b> {@link RankingMethod#HYBRID} is a calibrated weighted sum: the
 * semantic score plus {@value #LEXICAL_WEIGHT} times the lexical score, where the lexical score
 * is the catalog's keyword score {@code k} squashed into [0, 1) as {@code k / (k + }{@value
 * #LEXICAL_HALF}{@code )}, so a strong keyword match counts for more than a weak one whatever
 * else matched. Both weights and the half point were chosen by a grid search on the catalog's
 * labelled and held-out statements (best sum of top-1 and top-3); the indirect statements of the
 * module's tests were not used to choose them (see the module README).
 *
 * <p><b>Side.</b> When the statement's own verbs mark a side ("I pay", "I want"), the lexical
 * suggester reports it; otherwise the statement is compared with short giving and seeking
 * prototypes, and a margin above {@value #SIDE_MARGIN} decides; failing both, the card's typical
 * side, else OUT.
 *
 * <p>The model (quantized all-MiniLM-L6-v2 in ONNX Runtime, bundled in its jar) is loaded lazily
 * once per JVM. Instances are immutable apart from their lazily computed, safely published
 * vectors, and safe to share between threads.
 */
public final class SemanticSuggester {

  /** Weight of the best match in a card's semantic score; the mean match gets the rest. */
  public static final double BEST_WEIGHT = 0.5;

  /** Weight of the calibrated lexical score added to the semantic score in hybrid ranking. */
  public static final double LEXICAL_WEIGHT = 0.4;

  /** Keyword score at which the calibrated lexical score reaches one half. */
  public static final double LEXICAL_HALF = 24;

  /** Least margin between the giving and seeking prototypes that decides the side. */
  public static final double SIDE_MARGIN = 0.03;

  private static final ImmutableList<String> GIVING = ImmutableList.of(
      "I pay for it", "I spend my time on this", "I give them my personal details",
      "I put in the effort and money");

  private static final ImmutableList<String> SEEKING = ImmutableList.of(
      "I want to get this", "I need this from them", "I hope it gives me what I am after",
      "what I look for is");

  private static final Map<Catalog, SemanticSuggester> CACHE =
      Collections.synchronizedMap(new WeakHashMap<>());

  private static final Supplier<float[][]> SIDE_PROTOTYPES = Suppliers.memoize(() -> {
    List<String> all = new ArrayList<>(GIVING);
    all.addAll(SEEKING);
    return Encoder.embedAll(all).toArray(new float[0][]);
  });

  private final Catalog catalog;
  private final ImmutableMap<Perspective, Supplier<CardVectors>> vectors;

  private SemanticSuggester(Catalog catalog) {
    this.catalog = catalog;
    Map<Perspective, Supplier<CardVectors>> map = new EnumMap<>(Perspective.class);
    for (Perspective p : Perspective.values()) {
      map.put(p, Suppliers.memoize(() -> CardVectors.of(catalog.deck(p))));
    }
    this.vectors = ImmutableMap.copyOf(map);
  }

  /**
   * Returns the suggester for a catalog, the same one for the same catalog instance, so card
   * vectors are computed once per catalog.
   *
   * @param catalog the cards to rank, not null
   * @return the suggester, never null
   */
  public static SemanticSuggester of(Catalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    return CACHE.computeIfAbsent(catalog, SemanticSuggester::new);
  }

  /**
   * Loads the embedding model now rather than on first use, e.g. at application start.
   *
   * @return the size of the model's vectors (384)
   */
  public static int loadModel() {
    return Encoder.load();
  }

  /**
   * Returns the catalog whose cards this suggester ranks.
   *
   * @return the catalog, never null
   */
  public Catalog catalog() {
    return catalog;
  }

  /**
   * Computes the card vectors of one perspective now rather than on first use.
   *
   * @param perspective whose cards, not null
   * @return how many texts were embedded for those cards
   */
  public int prepare(Perspective perspective) {
    int n = 0;
    for (CardVectors.Card c : vectors.get(Objects.requireNonNull(perspective, "perspective"))
        .get().cards()) {
      n += c.texts().size();
    }
    return n;
  }

  /**
   * Suggests customer cards for a customer statement with hybrid ranking, best first.
   *
   * @param statement what the customer said, not null
   * @param limit the most suggestions to return, at least zero
   * @return the suggestions, best first, never null
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public ImmutableList<CardMatch> suggest(String statement, int limit) {
    return suggest(RankingMethod.HYBRID, Perspective.CUSTOMER, statement, limit);
  }

  /**
   * Suggests the cards of one perspective for a statement with the given method, best first.
   *
   * @param method how to rank, not null
   * @param perspective whose cards to rank, not null
   * @param statement what was said, not null
   * @param limit the most suggestions to return, at least zero
   * @return the suggestions, best first, never null; for {@link RankingMethod#LEXICAL} only the
   *     cards that share a word with the statement
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public ImmutableList<CardMatch> suggest(
      RankingMethod method, Perspective perspective, String statement, int limit) {
    return suggestAll(method, perspective, List.of(statement), limit).get(0);
  }

  /**
   * Suggests cards for many statements at once, such as every line of a transcript, embedding
   * the statements in one batch.
   *
   * @param method how to rank, not null
   * @param perspective whose cards to rank, not null
   * @param statements what was said, not null, none null
   * @param limit the most suggestions per statement, at least zero
   * @return one list of suggestions per statement, in the order given, never null
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public ImmutableList<ImmutableList<CardMatch>> suggestAll(
      RankingMethod method, Perspective perspective, List<String> statements, int limit) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(perspective, "perspective");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be at least 0, got " + limit);
    }
    List<String> texts = List.copyOf(statements);
    ImmutableList.Builder<ImmutableList<CardMatch>> out = ImmutableList.builder();
    if (method == RankingMethod.LEXICAL) {
      for (String s : texts) {
        out.add(lexical(perspective, s, limit));
      }
      return out.build();
    }
    List<float[]> embedded = Encoder.embedAll(texts);
    CardVectors cards = vectors.get(perspective).get();
    for (int i = 0; i < texts.size(); i++) {
      out.add(rank(method, perspective, cards, texts.get(i), embedded.get(i), limit));
    }
    return out.build();
  }

  private ImmutableList<CardMatch> lexical(Perspective perspective, String statement, int limit) {
    ImmutableList<Suggestion> found = catalog.suggest(perspective, statement, limit);
    ImmutableList.Builder<CardMatch> out = ImmutableList.builder();
    for (Suggestion s : found) {
      out.add(CardMatch.builder().element(s.element()).score(s.score())
          .semanticScore(0).lexicalScore(calibrated(s.score()))
          .addAllMatchedTerms(s.matchedTerms()).side(s.side()).build());
    }
    return out.build();
  }

  private ImmutableList<CardMatch> rank(RankingMethod method, Perspective perspective,
      CardVectors cards, String statement, float[] q, int limit) {
    int n = cards.cards().size();
    Map<ElementId, Suggestion> lexical = new HashMap<>();
    ImmutableList<Suggestion> found = catalog.suggest(perspective, statement, n);
    for (Suggestion s : found) {
      lexical.put(s.element().id(), s);
    }
    double[] sem = new double[n];
    int[] nearest = new int[n];
    double[] score = new double[n];
    for (int c = 0; c < n; c++) {
      CardVectors.Card card = cards.cards().get(c);
      double best = -1;
      double sum = 0;
      double bestExample = -2;
      int near = Math.min(2, card.vectors().length - 1);
      for (int k = 0; k < card.vectors().length; k++) {
        double cos = Encoder.dot(q, card.vectors()[k]);
        best = Math.max(best, cos);
        sum += cos;
        if (k >= CardVectors.FIRST_EXAMPLE && cos > bestExample) {
          bestExample = cos;
          near = k;
        }
      }
      sem[c] = BEST_WEIGHT * best + (1 - BEST_WEIGHT) * sum / card.vectors().length;
      nearest[c] = near;
      Suggestion lex = lexical.get(card.element().id());
      double lexScore = lex == null ? 0 : calibrated(lex.score());
      score[c] = method == RankingMethod.HYBRID ? sem[c] + LEXICAL_WEIGHT * lexScore : sem[c];
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
    Optional<Side> semanticSide = semanticSide(q);
    ImmutableList.Builder<CardMatch> out = ImmutableList.builder();
    for (int k = 0; k < Math.min(limit, n); k++) {
      int c = order[k];
      CardVectors.Card card = cards.cards().get(c);
      ValueElement element = card.element();
      Suggestion lex = lexical.get(element.id());
      out.add(CardMatch.builder().element(element).score(score[c])
          .semanticScore(Math.min(1.0, sem[c]))
          .lexicalScore(lex == null ? 0 : calibrated(lex.score()))
          .nearestStatement(card.texts().get(nearest[c]))
          .addAllMatchedTerms(lex == null ? List.of() : lex.matchedTerms())
          .side(side(element, lex, semanticSide))
          .build());
    }
    return out.build();
  }

  private static double calibrated(double keywordScore) {
    return keywordScore / (keywordScore + LEXICAL_HALF);
  }

  /** The lexical verb cue first, then the semantic prototypes, then the card's usual side. */
  private static Side side(ValueElement element, Suggestion lex, Optional<Side> semanticSide) {
    if (lex != null && !element.typicalSide().equals(Optional.of(lex.side()))) {
      return lex.side();
    }
    return semanticSide.or(element::typicalSide).orElse(Side.OUT);
  }

  private static Optional<Side> semanticSide(float[] q) {
    float[][] p = SIDE_PROTOTYPES.get();
    double giving = 0;
    double seeking = 0;
    for (int i = 0; i < GIVING.size(); i++) {
      giving += Encoder.dot(q, p[i]);
    }
    for (int i = 0; i < SEEKING.size(); i++) {
      seeking += Encoder.dot(q, p[GIVING.size() + i]);
    }
    double margin = giving / GIVING.size() - seeking / SEEKING.size();
    if (Math.abs(margin) < SIDE_MARGIN) {
      return Optional.empty();
    }
    return Optional.of(margin > 0 ? Side.IN : Side.OUT);
  }
}
