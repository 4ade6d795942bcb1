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
import dev.valuex.semantic.internal.Ranker;
import dev.valuex.semantic.internal.StaticRanking;
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
import java.util.stream.IntStream;

/**
 * Suggests the cards of a catalog that a statement speaks to by meaning as well as by words,
 * e.g. PEACE OF MIND for "since the alarm went in I stop lying awake wondering whether someone
 * will get in", which shares no keyword with the card.
 *
 * <p><b>Semantic score.</b> A card's semantic score is the mean of two parts. The neighbour
 * score is the mean cosine similarity of the statement with the card's {@value #NEIGHBOURS}
 * nearest texts in an example bank: for the customer cards, their own texts plus the labelled
 * statements the bundled ranker was trained on; for other cards (blank cards, user decks, other
 * perspectives) their name, short phrase, sentence and example statements. The linear score is
 * the bundled ranker's ridge-regression score of the card for the statement's vector; a card the
 * ranker was not trained on uses its neighbour score in its place. Card vectors are computed
 * once per perspective, in one batch, on first use, and kept with the suggester; {@link
 * #of(Catalog)} hands out one suggester per catalog, so user decks and blank cards layered into
 * a catalog get their own vectors.
 *
 * <p><b>Hybrid ranking.</b> {@link RankingMethod#HYBRID} adds {@value #LEXICAL_WEIGHT} times the
 * lexical score ({@value #FAST_LEXICAL_WEIGHT} with the fast model), the catalog's keyword score
 * {@code k} squashed into [0, 1) as {@code k / (k + }{@value #LEXICAL_HALF}{@code )}. The weights
 * were chosen on the tuning half of the module's development set and the catalog's labelled
 * statements by cross-validation (module README).
 *
 * <p><b>Side step.</b> For customer statements the accurate model's ranker also holds a logistic
 * model of the statement's side; its log-odds, plus {@value #SIDE_VOTE_WEIGHT} times the side
 * vote of the {@value #SIDE_NEIGHBOURS} example bank texts nearest to the statement, times
 * {@value #SIDE_WEIGHT}, is added to the score of every card of the side it favours and taken
 * from every card of the other side, so a clear giving or getting statement moves its side's
 * cards up without overruling the cards' own scores.
 *
 * <p><b>Side.</b> A suggestion's side is its card's usual side; for a card without one, the
 * side the speaker's own verbs mark ("I pay", "I want"), else the nearer of short giving and
 * seeking prototypes by a margin of {@value #SIDE_MARGIN}, else OUT. When the side is known,
 * {@link #suggestAll(RankingMethod, Perspective, Side, List, int)} ranks only that side's cards.
 *
 * <p><b>Models.</b> {@link #of(Catalog)} embeds statements with the sentence embedding model
 * ({@link SemanticModel#ACCURATE}); {@link #of(Catalog, SemanticModel)} with
 * {@link SemanticModel#FAST} embeds them with a static token table distilled from that model
 * (the mean of the statement's token vectors, centred on the example bank's mean), and ranks
 * with the same example bank and a linear model retrained on those vectors: no transformer
 * runs, at a cost in accuracy that the module README states per labelled set.
 *
 * <p>The model (quantized bge-small-en-v1.5 in ONNX Runtime, bundled in its jar), the static table
 * and the rankers are loaded lazily once per JVM. Instances are immutable apart from their lazily
 * computed, safely published vectors, and safe to share between threads.
 */
public final class SemanticSuggester {

  /** How many of a card's nearest bank examples its neighbour score averages. */
  public static final int NEIGHBOURS = 3;

  /**
   * Weight of the calibrated lexical score added to the semantic score in hybrid ranking with
   * the accurate model.
   */
  public static final double LEXICAL_WEIGHT = 0.15;

  /** Weight of the calibrated lexical score in hybrid ranking with the fast model. */
  public static final double FAST_LEXICAL_WEIGHT = 0.2;

  /**
   * Weight of the side step: for a customer statement, the accurate model's ranker gives the
   * log-odds {@code z} that the speaker is giving (IN) rather than getting (OUT), and each card
   * with a usual side gets {@code SIDE_WEIGHT * z} added to its score if that side is IN, and
   * {@code -SIDE_WEIGHT * z} if OUT.
   */
  public static final double SIDE_WEIGHT = 0.0075;

  /**
   * How many of the example bank's texts nearest to a statement vote on its side in the side
   * step (texts of the cards the ranker was trained on, each with its card's usual side).
   */
  public static final int SIDE_NEIGHBOURS = 10;

  /**
   * Weight of the bank's side vote in the side step's log-odds {@code z}: the logistic model's
   * log-odds plus this times the log of the nearest texts' summed cosines for IN over those for
   * OUT (each sum plus one half, a negative cosine counting as zero).
   */
  public static final double SIDE_VOTE_WEIGHT = 0.5;

  /** Keyword score at which the calibrated lexical score reaches one half. */
  public static final double LEXICAL_HALF = 24;

  /** The fewest statements of a fast batch that are spread over the cores. */
  private static final int PARALLEL_BATCH = 16;

  /** Least margin between the giving and seeking prototypes that decides the side. */
  public static final double SIDE_MARGIN = 0.03;

  private static final ImmutableList<String> GIVING = ImmutableList.of(
      "I pay for it", "I spend my time on this", "I give them my personal details",
      "I put in the effort and money");

  private static final ImmutableList<String> SEEKING = ImmutableList.of(
      "I want to get this", "I need this from them", "I hope it gives me what I am after",
      "what I look for is");

  private static final Map<Catalog, SemanticSuggester[]> CACHE =
      Collections.synchronizedMap(new WeakHashMap<>());

  private static final ImmutableMap<SemanticModel, Supplier<float[][]>> SIDE_PROTOTYPES;

  static {
    Map<SemanticModel, Supplier<float[][]>> map = new EnumMap<>(SemanticModel.class);
    for (SemanticModel m : SemanticModel.values()) {
      map.put(m, Suppliers.memoize(() -> {
        List<String> all = new ArrayList<>(GIVING);
        all.addAll(SEEKING);
        return embedAll(m, all).toArray(new float[0][]);
      }));
    }
    SIDE_PROTOTYPES = ImmutableMap.copyOf(map);
  }

  private final Catalog catalog;
  private final SemanticModel model;
  private final ImmutableMap<Perspective, Supplier<CardVectors>> vectors;

  private SemanticSuggester(Catalog catalog, SemanticModel model) {
    this.catalog = catalog;
    this.model = model;
    Map<Perspective, Supplier<CardVectors>> map = new EnumMap<>(Perspective.class);
    for (Perspective p : Perspective.values()) {
      map.put(p, Suppliers.memoize(() -> CardVectors.of(catalog.deck(p),
          p == Perspective.CUSTOMER ? ranker(model) : null, texts -> embedAll(model, texts))));
    }
    this.vectors = ImmutableMap.copyOf(map);
  }

  /**
   * Returns the accurate suggester for a catalog ({@link SemanticModel#ACCURATE}), the same one
   * for the same catalog instance, so card vectors are computed once per catalog.
   *
   * @param catalog the cards to rank, not null
   * @return the suggester, never null
   */
  public static SemanticSuggester of(Catalog catalog) {
    return of(catalog, SemanticModel.ACCURATE);
  }

  /**
   * Returns the suggester for a catalog that embeds statements the given way, the same one for
   * the same catalog instance and model, so card vectors are computed once per catalog.
   *
   * <pre>{@code
   * SemanticSuggester fast = SemanticSuggester.of(Catalog.defaults(), SemanticModel.FAST);
   * }</pre>
   *
   * @param catalog the cards to rank, not null
   * @param model how statements are embedded: the transformer model, or its static table
   * @return the suggester, never null
   */
  public static SemanticSuggester of(Catalog catalog, SemanticModel model) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(model, "model");
    return CACHE.computeIfAbsent(catalog, c -> {
      SemanticSuggester[] all = new SemanticSuggester[SemanticModel.values().length];
      for (SemanticModel m : SemanticModel.values()) {
        all[m.ordinal()] = new SemanticSuggester(c, m);
      }
      return all;
    })[model.ordinal()];
  }

  private static List<float[]> embedAll(SemanticModel model, List<String> texts) {
    return model == SemanticModel.FAST ? StaticRanking.bundled().embedAll(texts)
        : Encoder.embedAll(texts);
  }

  private static Ranker ranker(SemanticModel model) {
    return model == SemanticModel.FAST ? StaticRanking.bundled().ranker() : Ranker.bundled();
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
   * Returns how this suggester embeds statements.
   *
   * @return the model, never null
   */
  public SemanticModel model() {
    return model;
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
   * @return the suggestions, best first, never null; empty for a blank statement
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
   *     cards that share a word with the statement; empty for a blank statement
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public ImmutableList<CardMatch> suggest(
      RankingMethod method, Perspective perspective, String statement, int limit) {
    return suggestAll(method, perspective, List.of(statement), limit).get(0);
  }

  /**
   * Suggests cards for many statements at once, such as every line of a transcript, embedding
   * the statements in one batch spread over the available cores. A statement gets the same
   * suggestions alone or in any batch; one without a letter or digit (an empty transcript line,
   * punctuation only) gets none, as from the lexical method.
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
    return rankAll(method, perspective, Optional.empty(), statements, limit);
  }

  /**
   * Suggests only the cards of one side for many statements at once, for when the researcher
   * knows whether the speaker is giving (IN: money, time, personal data) or getting (OUT). Cards
   * without a typical side stay in the running; every suggestion carries the side given.
   *
   * @param method how to rank, not null
   * @param perspective whose cards to rank, not null
   * @param side the side the statements are known to be on, not null
   * @param statements what was said, not null, none null
   * @param limit the most suggestions per statement, at least zero
   * @return one list of suggestions per statement, in the order given, never null
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public ImmutableList<ImmutableList<CardMatch>> suggestAll(RankingMethod method,
      Perspective perspective, Side side, List<String> statements, int limit) {
    return rankAll(method, perspective, Optional.of(Objects.requireNonNull(side, "side")),
        statements, limit);
  }

  private ImmutableList<ImmutableList<CardMatch>> rankAll(RankingMethod method,
      Perspective perspective, Optional<Side> side, List<String> statements, int limit) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(perspective, "perspective");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be at least 0, got " + limit);
    }
    List<String> texts = List.copyOf(statements);
    ImmutableList.Builder<ImmutableList<CardMatch>> out = ImmutableList.builder();
    if (method == RankingMethod.LEXICAL) {
      for (String s : texts) {
        out.add(lexical(perspective, side, s, limit));
      }
      return out.build();
    }
    CardVectors cards = vectors.get(perspective).get();
    List<String> spoken = new ArrayList<>(texts.size());
    for (String s : texts) {
      if (hasWords(s)) {
        spoken.add(s);
      }
    }
    List<ImmutableList<CardMatch>> ranked = model == SemanticModel.FAST
        ? rankFast(method, perspective, side, cards, spoken, limit)
        : rankEmbedded(method, perspective, side, cards, spoken, embedAll(model, spoken), limit);
    int next = 0;
    for (String s : texts) {
      out.add(!hasWords(s) ? ImmutableList.of() : ranked.get(next++));
    }
    return out.build();
  }

  /**
   * Ranks statements with the fast model: no model call to batch, so the statements are
   * embedded and ranked in blocks of {@link CardVectors#BLOCK} (one pass over the example bank
   * a block), and a long batch's blocks are spread over the common fork-join pool and the
   * calling thread.
   */
  private List<ImmutableList<CardMatch>> rankFast(RankingMethod method, Perspective perspective,
      Optional<Side> side, CardVectors cards, List<String> spoken, int limit) {
    int blocks = (spoken.size() + CardVectors.BLOCK - 1) / CardVectors.BLOCK;
    IntStream all = IntStream.range(0, blocks);
    List<List<ImmutableList<CardMatch>>> parts =
        (spoken.size() >= PARALLEL_BATCH ? all.parallel() : all).mapToObj(k -> {
          int from = k * CardVectors.BLOCK;
          int to = Math.min(spoken.size(), from + CardVectors.BLOCK);
          List<float[]> embedded = StaticRanking.bundled().embedAll(spoken.subList(from, to));
          return rankEmbedded(method, perspective, side, cards, spoken.subList(from, to),
              embedded, limit);
        }).toList();
    List<ImmutableList<CardMatch>> out = new ArrayList<>(spoken.size());
    parts.forEach(out::addAll);
    return out;
  }

  /**
   * Ranks embedded statements, in order, scoring them against the example bank together
   * ({@link CardVectors#bankCosines(List)}: the same cosines as one statement at a time).
   */
  private List<ImmutableList<CardMatch>> rankEmbedded(RankingMethod method,
      Perspective perspective, Optional<Side> side, CardVectors cards, List<String> statements,
      List<float[]> embedded, int limit) {
    float[][] cosines = cards.bankCosines(embedded);
    List<ImmutableList<CardMatch>> out = new ArrayList<>(statements.size());
    for (int i = 0; i < statements.size(); i++) {
      out.add(rank(method, perspective, side, cards, statements.get(i), embedded.get(i),
          cosines[i], limit));
    }
    return out;
  }

  /** Tells whether a statement has words to embed: at least one letter or digit. */
  private static boolean hasWords(String statement) {
    return statement.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /** Tells whether a card may be suggested for a statement known to be on the given side. */
  private static boolean onSide(ValueElement element, Optional<Side> side) {
    return side.isEmpty() || element.typicalSide().isEmpty()
        || element.typicalSide().equals(side);
  }

  private ImmutableList<CardMatch> lexical(Perspective perspective, Optional<Side> side,
      String statement, int limit) {
    ImmutableList<Suggestion> found =
        catalog.suggest(perspective, statement, side.isEmpty() ? limit : Integer.MAX_VALUE);
    ImmutableList.Builder<CardMatch> out = ImmutableList.builder();
    int n = 0;
    for (Suggestion s : found) {
      if (n == limit) {
        break;
      }
      if (onSide(s.element(), side)) {
        out.add(CardMatch.builder().element(s.element()).score(s.score())
            .semanticScore(0).lexicalScore(calibrated(s.score()))
            .addAllMatchedTerms(s.matchedTerms()).side(side.orElse(s.side())).build());
        n++;
      }
    }
    return out.build();
  }

  private ImmutableList<CardMatch> rank(RankingMethod method, Perspective perspective,
      Optional<Side> side, CardVectors cards, String statement, float[] q, float[] cosines,
      int limit) {
    int n = cards.cards().size();
    Map<ElementId, Suggestion> lexical = new HashMap<>();
    ImmutableList<Suggestion> found = catalog.suggest(perspective, statement, n);
    for (Suggestion s : found) {
      lexical.put(s.element().id(), s);
    }
    double[] sem = new double[n];
    double[] sideScore = new double[n];
    double[] score = new double[n];
    double lexicalWeight = model == SemanticModel.FAST ? FAST_LEXICAL_WEIGHT : LEXICAL_WEIGHT;
    Ranker ranker = ranker(model);
    double[] trained = perspective == Perspective.CUSTOMER ? ranker.scores(q) : null;
    double inLogOdds = trained == null || ranker.side().isEmpty() ? 0
        : ranker.side().get().logOdds(q) + SIDE_VOTE_WEIGHT * sideVote(cards, cosines);
    double[] top = new double[NEIGHBOURS];
    for (int c = 0; c < n; c++) {
      CardVectors.Card card = cards.cards().get(c);
      double neighbours = neighbours(cosines, cards.bankStart(c), cards.bankStart(c + 1), top);
      double linear = card.ranker() >= 0 && trained != null ? trained[card.ranker()] : neighbours;
      sem[c] = (neighbours + linear) / 2;
      Suggestion lex = lexical.get(card.element().id());
      double lexScore = lex == null ? 0 : calibrated(lex.score());
      Optional<Side> usual = card.element().typicalSide();
      if (usual.isPresent()) {
        sideScore[c] = SIDE_WEIGHT * (usual.get() == Side.IN ? inLogOdds : -inLogOdds);
      }
      score[c] = (method == RankingMethod.HYBRID ? sem[c] + lexicalWeight * lexScore : sem[c])
          + sideScore[c];
    }
    int[] order = byScoreDescending(score);
    Optional<Side> semanticSide = semanticSide(q);
    ImmutableList.Builder<CardMatch> out = ImmutableList.builder();
    int taken = 0;
    for (int k = 0; k < n && taken < limit; k++) {
      int c = order[k];
      CardVectors.Card card = cards.cards().get(c);
      ValueElement element = card.element();
      if (!onSide(element, side)) {
        continue;
      }
      taken++;
      Suggestion lex = lexical.get(element.id());
      out.add(CardMatch.builder().element(element).score(score[c])
          .semanticScore(Math.min(1.0, sem[c]))
          .lexicalScore(lex == null ? 0 : calibrated(lex.score()))
          .sideScore(sideScore[c])
          .nearestStatement(card.texts().get(nearest(q, card)))
          .addAllMatchedTerms(lex == null ? List.of() : lex.matchedTerms())
          .side(side.orElseGet(() -> side(element, lex, semanticSide)))
          .build());
    }
    return out.build();
  }

  /**
   * The index among the card's texts of its example statement nearest to q (its sentence if it
   * has no examples); found only for the cards suggested, as it explains and does not rank.
   */
  private static int nearest(float[] q, CardVectors.Card card) {
    double best = -2;
    int near = Math.min(2, card.texts().size() - 1);
    float[] examples = card.examples();
    for (int at = 0, k = CardVectors.FIRST_EXAMPLE; at < examples.length; at += q.length, k++) {
      double cos = Encoder.dot(q, examples, at);
      if (cos > best) {
        best = cos;
        near = k;
      }
    }
    return near;
  }

  /**
   * The indices of the scores, highest score first, equal scores in index order (insertion
   * sort: a deck has tens of cards, and it needs no boxing).
   */
  private static int[] byScoreDescending(double[] score) {
    int[] order = new int[score.length];
    for (int i = 0; i < order.length; i++) {
      int j = i;
      while (j > 0 && Double.compare(score[i], score[order[j - 1]]) > 0) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = i;
    }
    return order;
  }

  /**
   * The side vote of the {@value #SIDE_NEIGHBOURS} bank texts nearest to a statement, among the
   * cards with a usual side that the ranker was trained on: the log of the summed cosines of
   * those on the IN side over those on the OUT side, each sum plus one half, a negative cosine
   * counting as zero. Of equal cosines the earlier row (in bank order) is nearer.
   */
  static double sideVote(CardVectors cards, float[] cosines) {
    float[] best = new float[SIDE_NEIGHBOURS];
    boolean[] in = new boolean[SIDE_NEIGHBOURS];
    int found = 0;
    for (int c = 0; c < cards.cards().size(); c++) {
      CardVectors.Card card = cards.cards().get(c);
      Optional<Side> usual = card.element().typicalSide();
      if (card.ranker() < 0 || usual.isEmpty()) {
        continue;
      }
      boolean cardIn = usual.get() == Side.IN;
      for (int r = cards.bankStart(c); r < cards.bankStart(c + 1); r++) {
        float v = cosines[r];
        if (found == SIDE_NEIGHBOURS && v <= best[found - 1]) {
          continue;
        }
        int at = found == SIDE_NEIGHBOURS ? found - 1 : found++;
        while (at > 0 && best[at - 1] < v) {
          best[at] = best[at - 1];
          in[at] = in[at - 1];
          at--;
        }
        best[at] = v;
        in[at] = cardIn;
      }
    }
    double sumIn = 0.5;
    double sumOut = 0.5;
    for (int k = 0; k < found; k++) {
      if (in[k]) {
        sumIn += Math.max(0, best[k]);
      } else {
        sumOut += Math.max(0, best[k]);
      }
    }
    return Math.log(sumIn / sumOut);
  }

  /**
   * The mean of the {@code top.length} highest of the cosines from index {@code from} up to
   * {@code to} (one card's bank rows).
   */
  private static double neighbours(float[] cosines, int from, int to, double[] top) {
    Arrays.fill(top, -2);
    for (int r = from; r < to; r++) {
      double x = cosines[r];
      for (int j = 0; j < top.length && x > -2; j++) {
        if (x > top[j]) {
          double t = top[j];
          top[j] = x;
          x = t;
        }
      }
    }
    double sum = 0;
    int k = 0;
    for (double t : top) {
      if (t > -2) {
        sum += t;
        k++;
      }
    }
    return k == 0 ? 0 : sum / k;
  }

  private static double calibrated(double keywordScore) {
    return keywordScore / (keywordScore + LEXICAL_HALF);
  }

  /**
   * The card's usual side first (deciding the side as its own step lost to it on the tuning
   * half, see the module README), then the lexical verb cue, then the semantic prototypes.
   */
  private static Side side(ValueElement element, Suggestion lex, Optional<Side> semanticSide) {
    if (element.typicalSide().isPresent()) {
      return element.typicalSide().get();
    }
    if (lex != null) {
      return lex.side();
    }
    return semanticSide.orElse(Side.OUT);
  }

  private Optional<Side> semanticSide(float[] q) {
    float[][] p = SIDE_PROTOTYPES.get(model).get();
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
