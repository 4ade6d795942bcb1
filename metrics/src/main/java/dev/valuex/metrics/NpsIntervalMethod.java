package dev.valuex.metrics;

/**
 * How a confidence interval around a Net Promoter Score is computed.
 *
 * <p>Rocks ("Interval estimation for the 'net promoter score'", The American Statistician
 * 70(4), 2016) compared interval methods by simulation and found the adjusted Wald interval to
 * keep its nominal coverage best; the plain Wald interval covers too rarely when the sample is
 * small (below about 100) or the score is near -100 or 100.
 */
public enum NpsIntervalMethod {
  /**
   * The normal (Wald) interval, score +- z x standard error, cut to [-100, 100]. It always
   * contains the observed score.
   */
  WALD,
  /**
   * The adjusted Wald interval of Rocks (2016): add 3/4 to the promoters, 3/4 to the detractors
   * and 3 to the sample size (so 3/2 to the passives), then take the Wald interval of the
   * adjusted score, cut to [-100, 100]. It is centred on the adjusted score, which lies
   * closer to 0 than the observed one, so for tiny samples it may exclude the observed score.
   */
  ADJUSTED_WALD
}
