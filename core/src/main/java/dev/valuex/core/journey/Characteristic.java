package dev.valuex.core.journey;

/** The characteristic of a job or of a touchpoint: functional, social or emotional. */
public enum Characteristic {
  /** A practical task or outcome. */
  FUNCTIONAL,
  /** How the customer is seen by others. */
  SOCIAL,
  /** How the customer feels. */
  EMOTIONAL
}
