package dev.valuex.metrics;

/**
 * The Kano category of a feature for one respondent, read from the Kano evaluation table
 * (Kano, Seraku, Takahashi and Tsuji, "Attractive quality and must-be quality", 1984).
 *
 * <p>Rows are the functional answer, columns the dysfunctional answer:
 *
 * <pre>
 *               Like  Must-be  Neutral  Live-with  Dislike
 *   Like          Q      A        A         A         O
 *   Must-be       R      I        I         I         M
 *   Neutral       R      I        I         I         M
 *   Live-with     R      I        I         I         M
 *   Dislike       R      R        R         R         Q
 * </pre>
 */
public enum KanoCategory {
  /** A: delights when present, not missed when absent. */
  ATTRACTIVE,
  /** O: satisfies in proportion to how well it is provided. */
  ONE_DIMENSIONAL,
  /** M: expected; absence dissatisfies, presence goes unnoticed. */
  MUST_BE,
  /** I: makes no difference either way. */
  INDIFFERENT,
  /** R: the respondent wants the opposite. */
  REVERSE,
  /** Q: contradictory answers, e.g. liking both presence and absence. */
  QUESTIONABLE;

  private static final KanoCategory A = ATTRACTIVE;
  private static final KanoCategory O = ONE_DIMENSIONAL;
  private static final KanoCategory M = MUST_BE;
  private static final KanoCategory I = INDIFFERENT;
  private static final KanoCategory R = REVERSE;
  private static final KanoCategory Q = QUESTIONABLE;

  /** The evaluation table, indexed by the ordinals of the functional and dysfunctional answer. */
  private static final KanoCategory[][] TABLE = {
    {Q, A, A, A, O},
    {R, I, I, I, M},
    {R, I, I, I, M},
    {R, I, I, I, M},
    {R, R, R, R, Q},
  };

  /**
   * Returns the category of one respondent's answer pair.
   *
   * @param functional the answer about the feature being present, not null
   * @param dysfunctional the answer about the feature being absent, not null
   * @return the category, never null
   */
  public static KanoCategory of(KanoAnswer functional, KanoAnswer dysfunctional) {
    return TABLE[functional.ordinal()][dysfunctional.ordinal()];
  }
}
