package dev.valuex.catalog.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.valuex.catalog.Suggestion;
import dev.valuex.core.Side;
import dev.valuex.core.ValueElement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Ranks cards for a text. Card texts and the query go through the same Lucene {@link
 * EnglishAnalyzer} (standard tokenizer, possessives, lower case, stop words, Porter stemming);
 * every stem a card carries gets a weight by the field it came from (name, alias and keyword
 * above phrase and sentence above example statements), and a query scores each card by the sum
 * of weight times inverse card frequency over the stems they share. A card's multi-word
 * keywords act as synonyms for it: found in the query as a run of stems, they add a phrase
 * bonus. Immutable once built and safe to share between threads.
 */
public final class Scorer {
  private static final float NAME = 4.0f;
  private static final float KEYWORD = 3.0f;
  private static final float KEYWORD_PART = 1.5f;
  private static final float PHRASE = 1.5f;
  private static final float SENTENCE = 1.0f;
  private static final float EXAMPLE = 0.6f;
  private static final float PHRASE_BONUS = 1.5f;
  private static final float SIDE_BOOST = 1.25f;

  /**
   * Lucene's English stop words plus the pronouns, auxiliaries and fillers that fill spoken
   * statements but say nothing about which value is meant.
   */
  private static final CharArraySet STOP_WORDS;

  static {
    CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    stop.addAll(List.of("i", "me", "my", "myself", "mine", "we", "us", "our", "you", "your",
        "he", "she", "him", "her", "his", "them", "its", "it's", "i'm", "i've", "i'd", "i'll",
        "we're", "we've", "they're", "you're", "that's", "there's", "what's", "am", "been",
        "being", "do", "does", "did", "doing", "done", "have", "has", "had", "having", "so",
        "just", "really", "very", "quite", "too", "also", "can", "could", "would", "should",
        "shall", "may", "might", "must", "about", "from", "up", "out", "over", "than", "when",
        "where", "which", "who", "whom", "what", "how", "all", "any", "some", "more", "most",
        "much", "many", "one", "ones", "thing", "things", "something", "anything", "everything",
        "lot", "lots", "bit", "even", "still", "always", "never", "ever", "every", "again",
        "only", "own", "same", "other", "another", "each", "here", "those", "because", "while",
        "though", "although", "like", "want", "wants", "wanted", "need", "needs", "needed",
        "get", "gets", "getting", "got", "go", "going", "goes", "went",
        "know", "think", "feel", "feels", "felt", "way", "really", "actually",
        "sort", "don't", "doesn't", "didn't", "can't", "won't", "isn't", "wasn't", "aren't",
        "cannot", "let", "lets", "yes", "yeah", "oh", "then", "now", "once", "use",
        "using", "used", "company", "brand", "they", "them", "their"));
    STOP_WORDS = CharArraySet.unmodifiableSet(stop);
  }

  private static final Analyzer ANALYZER =
      new EnglishAnalyzer(STOP_WORDS, CharArraySet.EMPTY_SET);

  /**
   * The same analysis without stop words, for multi-word keywords: "on time", "peace of mind"
   * and "nothing to lose" only say something with their small words kept.
   */
  private static final Analyzer PHRASE_ANALYZER =
      new EnglishAnalyzer(CharArraySet.EMPTY_SET, CharArraySet.EMPTY_SET);

  /** Verb stems that, next to a first-person speaker, mark giving rather than seeking. */
  private static final ImmutableSet<String> GIVING = ImmutableSet.of(
      "pay", "paid", "spend", "spent", "give", "gave", "given", "share", "shared", "invest",
      "put", "trust", "recommend", "tell", "told", "wait", "waited", "fill", "filled", "tolerate",
      "risk", "stick", "stuck", "stay", "stayed", "hand", "handed", "sacrifice", "cost", "costs",
      "review", "rate", "post", "posted", "suggest", "suggested", "lend", "devote", "contribute");

  /** Verbs that mark seeking value. */
  private static final ImmutableSet<String> SEEKING = ImmutableSet.of(
      "want", "wants", "need", "needs", "wish", "hope", "expect", "looking", "look", "love",
      "like", "enjoy", "get", "gets", "helps", "help", "lets", "gives", "makes", "save", "saves",
      "feel", "deserve", "prefer");

  private final ImmutableList<ValueElement> cards;
  private final ImmutableMap<String, float[]> weights;
  private final ImmutableMap<String, ImmutableList<Phrase>> phrases;
  private final float[] norms;

  private record Phrase(String[] stems, int card, float weight) {}

  private record Token(String stem, int start, int end) {}

  /**
   * Builds a scorer over the given cards.
   *
   * @param cards the cards to rank, not null
   */
  public Scorer(List<ValueElement> cards) {
    this.cards = ImmutableList.copyOf(cards);
    int n = this.cards.size();
    Map<String, float[]> w = new HashMap<>();
    Map<String, List<Phrase>> ph = new HashMap<>();
    for (int i = 0; i < n; i++) {
      ValueElement c = this.cards.get(i);
      add(w, i, c.name(), NAME);
      add(w, i, c.shortPhrase(), PHRASE);
      add(w, i, c.sentence(), SENTENCE);
      for (String s : c.exampleStatements()) {
        add(w, i, s, EXAMPLE);
      }
      for (String k : c.keywords()) {
        List<Token> stems = analyze(ANALYZER, k);
        List<Token> all = analyze(PHRASE_ANALYZER, k);
        if (all.size() == 1) {
          put(w, i, all.get(0).stem(), KEYWORD);
        } else if (all.size() > 1) {
          for (Token t : stems) {
            put(w, i, t.stem(), KEYWORD_PART);
          }
          String[] run = all.stream().map(Token::stem).toArray(String[]::new);
          ph.computeIfAbsent(run[0], x -> new ArrayList<>()).add(new Phrase(run, i, KEYWORD));
        }
      }
    }
    // Inverse card frequency: a stem on many cards says little about any one of them.
    ImmutableMap.Builder<String, float[]> weighted = ImmutableMap.builder();
    float[] mass = new float[n];
    for (Map.Entry<String, float[]> e : w.entrySet()) {
      float[] v = e.getValue();
      int df = 0;
      for (float x : v) {
        df += x > 0 ? 1 : 0;
      }
      float idf = (float) Math.log(1.0 + (double) n / df);
      float[] scaled = new float[n];
      for (int i = 0; i < n; i++) {
        scaled[i] = v[i] * idf;
        mass[i] += v[i];
      }
      weighted.put(e.getKey(), scaled);
    }
    this.weights = weighted.buildOrThrow();
    ImmutableMap.Builder<String, ImmutableList<Phrase>> phraseMap = ImmutableMap.builder();
    ph.forEach((k, v) -> phraseMap.put(k, ImmutableList.copyOf(v)));
    this.phrases = phraseMap.buildOrThrow();
    float avg = 0;
    for (float m : mass) {
      avg += m / Math.max(1, n);
    }
    this.norms = new float[n];
    for (int i = 0; i < n; i++) {
      // Soft length normalisation: wordy cards would otherwise match everything a little.
      norms[i] = (float) Math.sqrt(avg == 0 ? 1 : Math.max(mass[i], 1f) / avg);
    }
  }

  private void add(Map<String, float[]> w, int card, String text, float weight) {
    for (Token t : analyze(ANALYZER, text)) {
      put(w, card, t.stem(), weight);
    }
  }

  private void put(Map<String, float[]> w, int card, String stem, float weight) {
    float[] v = w.computeIfAbsent(stem, x -> new float[cards.size()]);
    v[card] = Math.max(v[card], weight);
  }

  private static List<Token> analyze(Analyzer analyzer, String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot analyse text", e);
    }
    return out;
  }

  /**
   * Ranks the cards for a text.
   *
   * @param text a keyword query or a statement, not null
   * @param limit the most suggestions to return, at least zero
   * @return the best cards first, only cards that share a stem with the text, never null
   */
  public ImmutableList<Suggestion> rank(String text, int limit) {
    List<Token> tokens = analyze(ANALYZER, text);
    List<Token> words = analyze(PHRASE_ANALYZER, text);
    int n = cards.size();
    float[] score = new float[n];
    List<List<Token>> matched = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      matched.add(List.of());
    }
    for (int t = 0; t < tokens.size(); t++) {
      Token token = tokens.get(t);
      float[] v = weights.get(token.stem());
      if (v != null && !seenBefore(tokens, t)) {
        for (int i = 0; i < n; i++) {
          if (v[i] > 0) {
            score[i] += v[i];
            note(matched, i, token);
          }
        }
      }
    }
    for (int t = 0; t < words.size(); t++) {
      Token token = words.get(t);
      ImmutableList<Phrase> starting = phrases.get(token.stem());
      if (starting != null) {
        for (Phrase p : starting) {
          if (runAt(words, t, p.stems())) {
            float bonus = 0;
            for (String stem : p.stems()) {
              float[] sv = weights.get(stem);
              bonus += sv == null ? 0 : sv[p.card()];
            }
            score[p.card()] += PHRASE_BONUS * Math.max(bonus, 1.0f);
            Token last = words.get(t + p.stems().length - 1);
            note(matched, p.card(), new Token("", token.start(), last.end()));
          }
        }
      }
    }
    Optional<Side> cue = sideCue(text);
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
      score[i] /= norms[i];
      if (cue.isPresent() && cards.get(i).typicalSide().equals(cue)) {
        score[i] *= SIDE_BOOST;
      }
    }
    Arrays.sort(order, (a, b) -> Float.compare(score[b], score[a]));
    ImmutableList.Builder<Suggestion> out = ImmutableList.builder();
    for (int k = 0; k < Math.min(limit, n) && score[order[k]] > 0; k++) {
      int i = order[k];
      ValueElement card = cards.get(i);
      Side side = cue.or(card::typicalSide).orElse(Side.OUT);
      out.add(Suggestion.of(card, score[i], surface(text, matched.get(i)), side));
    }
    return out.build();
  }

  private static boolean seenBefore(List<Token> tokens, int t) {
    String stem = tokens.get(t).stem();
    for (int k = 0; k < t; k++) {
      if (tokens.get(k).stem().equals(stem)) {
        return true;
      }
    }
    return false;
  }

  private static boolean runAt(List<Token> tokens, int t, String[] stems) {
    if (t + stems.length > tokens.size()) {
      return false;
    }
    for (int k = 0; k < stems.length; k++) {
      if (!tokens.get(t + k).stem().equals(stems[k])) {
        return false;
      }
    }
    return true;
  }

  private static void note(List<List<Token>> matched, int card, Token token) {
    if (matched.get(card).isEmpty()) {
      matched.set(card, new ArrayList<>(4));
    }
    matched.get(card).add(token);
  }

  /** Turns matched tokens into the words as written, phrases swallowing their own words. */
  private static List<String> surface(String text, List<Token> tokens) {
    Map<Integer, Integer> spans = new LinkedHashMap<>();
    for (Token t : tokens) {
      spans.merge(t.start(), t.end(), Math::max);
    }
    List<int[]> sorted = new ArrayList<>();
    spans.forEach((s, e) -> sorted.add(new int[] {s, e}));
    sorted.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    List<String> out = new ArrayList<>();
    int covered = -1;
    for (int[] span : sorted) {
      if (span[0] >= covered) {
        out.add(text.substring(span[0], span[1]));
        covered = span[1];
      }
    }
    return out;
  }

  /**
   * Tells which side a statement speaks of, from first-person verbs: "I pay", "I've given",
   * "I shared" mark giving; "I want", "I need", "it helps me" mark seeking.
   */
  static Optional<Side> sideCue(String text) {
    int giving = 0;
    int seeking = 0;
    String[] words = text.toLowerCase(Locale.ROOT).split("[^a-z']+");
    for (int k = 0; k < words.length; k++) {
      String w = words[k];
      boolean afterSpeaker = k > 0 && isSpeaker(words[k - 1])
          || k > 1 && isSpeaker(words[k - 2]);
      if (afterSpeaker && GIVING.contains(w)) {
        giving++;
      } else if (SEEKING.contains(w) && (afterSpeaker || w.endsWith("s"))) {
        seeking++;
      }
    }
    if (giving == seeking) {
      return Optional.empty();
    }
    return Optional.of(giving > seeking ? Side.IN : Side.OUT);
  }

  private static boolean isSpeaker(String w) {
    return switch (w) {
      case "i", "i've", "i'd", "i'll", "we", "we've", "we'd", "i'm", "we're" -> true;
      default -> false;
    };
  }
}
