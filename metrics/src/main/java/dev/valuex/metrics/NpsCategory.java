package dev.valuex.metrics;

import static dev.valuex.core.internal.Checks.check;

/**
 * The three groups of answers to the 0-10 likelihood-to-recommend question of the Net Promoter
 * Score (Reichheld 2003).
 */
public enum NpsCategory {
  /** Answers 0 to 6. */
  DETRACTOR,
  /** Answers 7 and 8. */
  PASSIVE,
  /** Answers 9 and 10. */
  PROMOTER;

  /**
   * Returns the group of an answer on the 0-10 scale.
   *
   * @param answer the answer, 0 to 10
   * @return the group, never null
   * @throws dev.valuex.core.InvalidValueException if the answer lies off the 0-10 scale
   */
  public static NpsCategory of(int answer) {
    check(answer >= 0 && answer <= 10, "NetPromoterScore", "answer",
        "lie on the scale 0 to 10", answer);
    if (answer >= 9) {
      return PROMOTER;
    }
    return answer >= 7 ? PASSIVE : DETRACTOR;
  }
}
