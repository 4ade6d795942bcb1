package dev.valuex.semantic;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word cues a researcher reads a statement's side from, as numbers the side model of
 * {@link Levers} can take beside the embedding (a lever of issue 23 that did not win on the
 * tuning half, so the shipped side model does not use them; module README, Levers): whether the speaker pays, spends, waits, shares, gives or puts something
 * in (IN), whether they save, receive, are spared or get something (OUT), whether a giving word
 * is negated ("I don't want to wait", "no more queuing": being spared is OUT), and whether the
 * speaker says they have to do something ("I had to ring three times": effort put in). Each cue
 * is 1 when it is present and 0 when not, so a long statement weighs no more than a short one.
 */
final class SideCues {

  /** The names of the cues, in the order of {@link #of}'s values. */
  static final ImmutableList<String> NAMES = ImmutableList.of(
      "gives", "gets", "spared", "has to", "money amount", "time amount", "they act",
      "speaker acts");

  /** How many cues {@link #of} gives. */
  static final int COUNT = NAMES.size();

  private static final String GIVING = "pay|pays|paid|paying|spend|spends|spent|spending"
      + "|wait|waits|waited|waiting|queue|queues|queued|queuing|queueing"
      + "|share|shares|shared|sharing|give|gives|gave|giving|given|hand over|handed over"
      + "|put in|put up with|fill in|filled in|fill out|filled out|fork out|shell out"
      + "|cost me|costs me|costing me|charge me|charged me|chase|chased|chasing"
      + "|ring|rang|ringing|phone|phoned|sign up|signed up|hand in|tell them|told them"
      + "|trust|trusted|trusting|recommend|recommended|stick with|stuck with|stayed with"
      + "|gave up|give up|giving up|risk|risked|worry|worried|stress|stressed|learn|learned"
      + "|learnt|taught myself|review|reviewed|rate|rated|post|posted|upload|uploaded";

  private static final String GETTING = "save|saves|saved|saving|savings|get|gets|got"
      + "|getting|receive|receives|received|spared|refund|refunded|discount|free"
      + "|back|reward|rewards|points|want|wanted|wants|hope|hoping|wish|need them|expect"
      + "|glad|relief|relieved|love|lovely|nice|great|helps|helped me|makes it easy"
      + "|sorted|taken care|looked after|for me";

  private static final String NEGATION = "don't|dont|do not|didn't|didnt|did not|never"
      + "|no|not|without|won't|wont|no longer|no more|stop|stopped|instead of|rather than"
      + "|nothing|none|hate|can't|cannot|cant";

  private static final Pattern GIVES = Pattern.compile("\\b(?:" + GIVING + ")\\b");

  private static final Pattern GETS = Pattern.compile("\\b(?:" + GETTING + ")\\b");

  /** A negation, then up to three words, then a giving word. */
  private static final Pattern SPARED = Pattern.compile(
      "\\b(?:" + NEGATION + ")\\b(?:\\W+\\w+){0,3}?\\W+(?:" + GIVING + ")\\b"
          + "|\\bno (?:need|longer need) to\\b|\\bdon't have to\\b|\\bnever have to\\b");

  /** Text ending in a negation and at most three more words. */
  private static final Pattern NEGATED =
      Pattern.compile("\\b(?:" + NEGATION + ")\\b(?:\\W+\\w+){0,3}\\W*$");

  private static final Pattern HAS_TO = Pattern.compile(
      "\\b(?:i|we) (?:have|had|'ve got|ve got|need|needed|must|end up|ended up|keep"
      + " having|kept having|was made|were made) to\\b|\\bmakes? me\\b|\\bmade me\\b"
      + "|\\bi(?:'m| am) (?:the one|left) (?:who|to)\\b");

  private static final Pattern MONEY = Pattern.compile(
      "[£$€]\\s*\\d|\\b\\d+(?:\\.\\d+)?\\s*(?:pounds|quid|euros|dollars|p|pence|a month"
      + "|a year|a week)\\b|\\b(?:a month|a year|per month|per year|monthly|annual)\\b");

  private static final Pattern TIME = Pattern.compile(
      "\\b(?:\\d+|a|an|two|three|four|five|ten|twenty|half an?|several|all)\\s+"
      + "(?:minutes?|mins?|hours?|days?|weeks?|months?|morning|afternoon|day)\\b");

  /** The provider or its staff doing something: they, nobody, the staff, the app. */
  private static final Pattern THEY_ACT = Pattern.compile(
      "\\b(?:they|they've|they'd|they're|nobody|no one|the (?:staff|app|bank|company|insurer"
      + "|doctor|driver|trainer|council|shop|clinic|hospital|website|site))\\b");

  /** The statement opens with the speaker as its subject. */
  private static final Pattern SPEAKER_ACTS =
      Pattern.compile("^\\W*(?:i|i'm|i've|i'd|i'll|we|we've|we're|we'd)\\b");

  private SideCues() {}

  /**
   * Returns the cues of a statement, one value per name of {@link #NAMES}, each 0 or 1.
   *
   * @param statement what the customer said, not null
   * @return a new array of {@link #COUNT} values
   */
  static float[] of(String statement) {
    String s = statement.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    float[] out = new float[COUNT];
    boolean spared = SPARED.matcher(s).find();
    out[0] = givesUnnegated(s) ? 1 : 0;
    out[1] = GETS.matcher(s).find() ? 1 : 0;
    out[2] = spared ? 1 : 0;
    out[3] = HAS_TO.matcher(s).find() ? 1 : 0;
    out[4] = MONEY.matcher(s).find() ? 1 : 0;
    out[5] = TIME.matcher(s).find() ? 1 : 0;
    out[6] = THEY_ACT.matcher(s).find() ? 1 : 0;
    out[7] = SPEAKER_ACTS.matcher(s).find() ? 1 : 0;
    return out;
  }

  /** Tells whether a giving word occurs that no negation in the three words before covers. */
  private static boolean givesUnnegated(String s) {
    Matcher m = GIVES.matcher(s);
    while (m.find()) {
      String before = s.substring(Math.max(0, m.start() - 60), m.start());
      if (!NEGATED.matcher(before).find()) {
        return true;
      }
    }
    return false;
  }
}
