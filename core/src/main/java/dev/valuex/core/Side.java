package dev.valuex.core;

/**
 * The two sides of a ledger: what the subject puts in and what value it seeks to get out.
 */
public enum Side {
  /** Value the subject puts in: money, time, effort, attention, personal data, trust. */
  IN,
  /** Value the subject seeks to get: savings, simplification, recognition, peace of mind. */
  OUT;

  /**
   * Returns the other side.
   *
   * @return {@code OUT} for {@code IN} and {@code IN} for {@code OUT}
   */
  public Side opposite() {
    return this == IN ? OUT : IN;
  }
}
