package dev.valuex.core.journey;

/** The two phases of a customer journey, split by the purchase. */
public enum Phase {
  /** Before purchase: what stands in the way are barriers to consumption. */
  PRE_PURCHASE("barrier to consumption"),
  /** After purchase: what stands in the way are hurdles to satisfaction. */
  POST_PURCHASE("hurdle to satisfaction");

  private final String obstacle;

  Phase(String obstacle) {
    this.obstacle = obstacle;
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
