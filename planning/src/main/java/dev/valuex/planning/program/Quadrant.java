package dev.valuex.planning.program;

/**
 * Where an item of a program exchange falls when its value is set against its feasibility, in
 * priority order: most attractive and easiest first. A rating of {@value #HIGH_FROM} or more on
 * the five-point scale counts as high.
 *
 * <p>For a benefit, value is its perceived value to customers and feasibility its feasibility
 * for the business. For a contribution, value is its value to the business and feasibility its
 * ease for the customer ({@link Contribution#ease()}).
 */
public enum Quadrant {
  /** High value, high feasibility: do these first. */
  QUICK_WIN,
  /** High value, low feasibility: worth the effort, plan for it. */
  BIG_BET,
  /** Low value, high feasibility: cheap extras, include if they fit. */
  EASY_EXTRA,
  /** Low value, low feasibility: reconsider or drop. */
  RECONSIDER;

  /** The lowest rating that counts as high. */
  public static final int HIGH_FROM = 3;

  /**
   * Returns the quadrant of a value and feasibility rating.
   *
   * @param value the value rating, 1 to 5
   * @param feasibility the feasibility rating, 1 to 5
   * @return the quadrant, never null
   */
  public static Quadrant of(int value, int feasibility) {
    boolean valuable = value >= HIGH_FROM;
    boolean feasible = feasibility >= HIGH_FROM;
    if (valuable) {
      return feasible ? QUICK_WIN : BIG_BET;
    }
    return feasible ? EASY_EXTRA : RECONSIDER;
  }
}
