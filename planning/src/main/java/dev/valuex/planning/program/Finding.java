package dev.valuex.planning.program;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * One thing a program exchange check found, with the items involved and an explanation in
 * words. Findings inform the team; they never stop an exchange from being recorded.
 */
@Value.Immutable
public abstract class Finding {

  /** The kinds of findings, in the order {@link ProgramExchange#findings()} reports them. */
  public enum Kind {
    /** A benefit is given for nothing in return. */
    UNPAIRED_BENEFIT,
    /** A contribution is asked for with no benefit in return. */
    UNPAIRED_CONTRIBUTION,
    /** Personal data is asked for with no paired benefit: against data minimisation. */
    PERSONAL_DATA_WITHOUT_BENEFIT,
    /** Personal data is asked for with no stated purpose: against data minimisation. */
    PERSONAL_DATA_WITHOUT_PURPOSE,
    /** The total burden on customers is more than the total value they perceive. */
    BURDEN_EXCEEDS_VALUE,
    /** A viability question has no answer with a rationale yet. */
    VIABILITY_OPEN
  }

  Finding() {}

  /**
   * Returns the kind of finding.
   *
   * @return the kind, never null
   */
  @Value.Parameter
  public abstract Kind kind();

  /**
   * Returns the ids of the benefits or contributions involved, or the viability question's name.
   *
   * @return the ids, never null, possibly empty for findings about the exchange as a whole
   */
  @Value.Parameter
  public abstract ImmutableList<String> about();

  /**
   * Returns what was found and why it matters, in words.
   *
   * @return the explanation, never null
   */
  @Value.Parameter
  public abstract String explanation();

  static Finding of(Kind kind, ImmutableList<String> about, String explanation) {
    return ImmutableFinding.of(kind, about, explanation);
  }
}
