package dev.valuex.core;

/**
 * Whose value exchange a ledger or a deck of cards describes.
 */
public enum Perspective {
  /** A customer's exchange with an organisation. */
  CUSTOMER("customer"),
  /** A business owner's exchange with their own organisation. */
  BUSINESS_OWNER("business-owner"),
  /** An employee's exchange with their employer. */
  EMPLOYEE("employee");

  private final String deck;

  Perspective(String deck) {
    this.deck = deck;
  }

  /**
   * Returns the deck name the bundled cards of this perspective use in their {@link ElementId}s,
   * e.g. {@code business-owner}.
   *
   * @return the deck name, never null
   */
  public String deck() {
    return deck;
  }
}
