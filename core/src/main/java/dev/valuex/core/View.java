package dev.valuex.core;

/**
 * Whether a ledger records the exchange as it is now or as the subject wants it to be.
 */
public enum View {
  /** The exchange as it is today. */
  CURRENT,
  /** The exchange as the subject would like it to be. */
  DESIRED
}
