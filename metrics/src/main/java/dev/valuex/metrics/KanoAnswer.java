package dev.valuex.metrics;

/**
 * The five answers to a Kano question, asked once about a feature being present (functional)
 * and once about it being absent (dysfunctional).
 */
public enum KanoAnswer {
  /** I like it that way. */
  LIKE,
  /** It must be that way; I expect it. */
  MUST_BE,
  /** I am neutral. */
  NEUTRAL,
  /** I can live with it that way. */
  LIVE_WITH,
  /** I dislike it that way. */
  DISLIKE
}
