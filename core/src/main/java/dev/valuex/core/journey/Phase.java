package dev.valuex.core.journey;

/** The two phases of a customer journey, split by the purchase. */
public enum Phase {
  /** Before purchase: what stands in the way are barriers to consumption. */
  PRE_PURCHASE("barrier to consumption", "barriers to consumption"),
  /** After purchase: what stands in the way are hurdles to satisfaction. */
  POST_PURCHASE("hurdle to satisfaction", "hurdles to satisfaction");

  private final String obstacle;
  private final String obstacles;

  Phase(String obstacle, String obstacles) {
    this.obstacle = obstacle;
    this.obstacles = obstacles;
  }

  /**
   * Returns what obstacles in this phase are called, in the plural, for explanations.
   *
   * @return {@code "barriers to consumption"} or {@code "hurdles to satisfaction"}
   */
  public String obstacles() {
    return obstacles;
  }

  /**
   * Returns what an obstacle in this phase is called, for explanations.
   *
   * @return {@code "barrier to consumption"} or {@code "hurdle to satisfaction"}
   */
  public String obstacle() {
    return obstacle;
  }
}
