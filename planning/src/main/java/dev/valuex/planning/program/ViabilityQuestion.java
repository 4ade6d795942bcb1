package dev.valuex.planning.program;

/**
 * The three questions a program exchange must answer to be viable: if it is not attractive
 * customers will not join, if it is not simple they cannot, and if it is not achievable the
 * business cannot afford it.
 */
public enum ViabilityQuestion {
  /** Is the exchange attractive enough for customers to join? */
  ATTRACTIVE("Is it attractive to customers, so they will join?"),
  /** Is taking part simple enough for customers? */
  SIMPLE("Is it simple for customers, so they can join?"),
  /** Can the business afford and deliver it? */
  ACHIEVABLE("Is it achievable for the business, so it can afford it?");

  private final String text;

  ViabilityQuestion(String text) {
    this.text = text;
  }

  /**
   * Returns the question as it is asked.
   *
   * @return the question, never null
   */
  public String text() {
    return text;
  }
}
