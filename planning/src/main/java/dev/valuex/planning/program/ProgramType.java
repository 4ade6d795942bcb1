package dev.valuex.planning.program;

/** The kinds of programs that engage customers over time. */
public enum ProgramType {
  /** A loyalty program: points, tiers, rewards. */
  LOYALTY,
  /** A subscription, such as a newsletter or a recurring delivery. */
  SUBSCRIPTION,
  /** Self-service capabilities, typically in digital channels. */
  SELF_SERVICE,
  /** A membership with its own rights and duties. */
  MEMBERSHIP,
  /** Any other program. */
  OTHER
}
