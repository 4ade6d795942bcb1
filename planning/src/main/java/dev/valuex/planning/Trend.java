package dev.valuex.planning;

/** Which way a measure's percentage achieved moved between its last two reviews. */
public enum Trend {
  /** The percentage achieved rose. */
  IMPROVING,
  /** The percentage achieved stayed the same. */
  STEADY,
  /** The percentage achieved fell. */
  WORSENING,
  /** Fewer than two reviews observed the measure, so there is nothing to compare. */
  UNKNOWN
}
