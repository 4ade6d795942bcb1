package dev.valuex.core.balance;

/**
 * How a rule's assessment relates to the owner's recorded balance judgement of the same ledger.
 * The judgement stays authoritative either way; a disagreement is a prompt to look closer, not
 * a correction.
 */
public enum Agreement {
  /** The rule's status matches the owner's verdict. */
  AGREES,
  /** The rule takes a different position from the owner's verdict. */
  DISAGREES,
  /**
   * No comparison is possible: the owner has recorded no judgement or is undecided, or the rule
   * returned {@code INCOMPLETE} or {@code NOT_APPLICABLE}.
   */
  NOT_COMPARABLE
}
