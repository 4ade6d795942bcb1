package dev.valuex.core.balance;

import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.valuex.core.BalanceJudgement;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one balance rule says about one ledger: a status, the figures the rule used, the entries
 * that drove the result and a sentence that explains it by naming elements. An assessment
 * informs the ledger's owner; it is never a verdict, and it never replaces the owner's recorded
 * {@link BalanceJudgement}.
 *
 * <pre>{@code
 * Assessment a = PairingCoverageRule.defaults().assess(ledger);
 * if (a.status() == Assessment.Status.IN_HEAVY) {
 *   System.out.println(a.explanation());
 *   // 3 of 4 IN entries are paired; customer.money is given with nothing paired in return. ...
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class Assessment implements WithAssessment {

  /** Which way a rule sees a ledger lean, or why it cannot say. */
  public enum Status {
    /** The subject gets more than it gives: the OUT side outweighs the IN side. */
    OUT_HEAVY,
    /** What the subject gives and gets are in balance by the rule's measure. */
    BALANCED,
    /** The subject gives more than it gets: the IN side outweighs the OUT side. */
    IN_HEAVY,
    /** The ledger lacks the data the rule needs to say, e.g. unweighted entries. */
    INCOMPLETE,
    /** The rule does not apply to this ledger, e.g. a gap rule on a ledger with no desired view. */
    NOT_APPLICABLE;

    /**
     * Tells whether this status takes a position: {@code OUT_HEAVY}, {@code BALANCED} or
     * {@code IN_HEAVY}.
     *
     * @return true for the three positions, false for {@code INCOMPLETE} and {@code
     *     NOT_APPLICABLE}
     */
    public boolean isPosition() {
      return this == OUT_HEAVY || this == BALANCED || this == IN_HEAVY;
    }

    /**
     * Returns the status a leaning rule would give when IN and OUT are swapped: {@code
     * OUT_HEAVY} and {@code IN_HEAVY} change places, the others stay.
     *
     * @return the mirrored status, never null
     */
    public Status mirrored() {
      switch (this) {
        case OUT_HEAVY:
          return IN_HEAVY;
        case IN_HEAVY:
          return OUT_HEAVY;
        default:
          return this;
      }
    }

    /**
     * Translates an owner's verdict into the status a rule would give for the same view, so the
     * two can be compared: {@code OWNER_GETS_MORE} is {@code OUT_HEAVY}, {@code
     * OWNER_GIVES_MORE} is {@code IN_HEAVY}.
     *
     * @param verdict the owner's verdict, not null
     * @return the matching status, empty for {@code UNDECIDED}
     */
    public static Optional<Status> of(BalanceJudgement.Verdict verdict) {
      switch (verdict) {
        case BALANCED:
          return Optional.of(BALANCED);
        case OWNER_GETS_MORE:
          return Optional.of(OUT_HEAVY);
        case OWNER_GIVES_MORE:
          return Optional.of(IN_HEAVY);
        default:
          return Optional.empty();
      }
    }
  }

  Assessment() {}

  /**
   * Returns the name of the rule that made this assessment.
   *
   * @return the rule name, never null or blank
   */
  public abstract String rule();

  /**
   * Returns the id of the assessed ledger.
   *
   * @return the ledger id, never null
   */
  public abstract LedgerId ledger();

  /**
   * Returns the status the rule gives the ledger.
   *
   * @return the status, never null
   */
  public abstract Status status();

  /**
   * Returns the figures the rule used, by name in the order the rule computed them, e.g. {@code
   * inCoverage = 0.75}. Every figure is a finite number.
   *
   * @return the figures, never null, possibly empty
   */
  public abstract ImmutableMap<String, Double> figures();

  /**
   * Returns the entries that drove the result, e.g. the IN entries given with nothing paired in
   * return.
   *
   * @return the entries, never null, possibly empty
   */
  public abstract ImmutableList<LedgerEntry> entries();

  /**
   * Returns a human-readable explanation of the result that names the elements involved. It is
   * bounded: a list of more than five names the first five and says how many more there are
   * ({@code "..., customer.e and 49,995 more"}); the entries themselves are in {@link #entries()}.
   *
   * @return the explanation, never null or blank
   */
  public abstract String explanation();

  /**
   * Returns the assessments of the rules a composite rule combined, in the order of its rules.
   *
   * @return the parts, never null, empty for a rule that is not composite
   */
  public abstract ImmutableList<Assessment> parts();

  /**
   * Creates an assessment without figures, entries or parts; add them with the {@code with*}
   * methods. Custom rules use this.
   *
   * @param rule the name of the rule, not null
   * @param ledger the assessed ledger, not null
   * @param status the status, not null
   * @param explanation why, naming the elements involved, not null
   * @return the assessment, never null
   * @throws dev.valuex.core.InvalidValueException if the rule name or explanation is blank
   */
  public static Assessment of(String rule, Ledger ledger, Status status, String explanation) {
    return builder().rule(rule).ledger(ledger.id()).status(status).explanation(explanation)
        .build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Compares this assessment with the owner's recorded judgement of the same ledger.
   *
   * @param judgement the owner's judgement, empty when none is recorded
   * @return how the two relate, never null
   */
  public final Agreement agreementWith(Optional<BalanceJudgement> judgement) {
    Optional<Status> owner = judgement.flatMap(j -> Status.of(j.verdict()));
    if (owner.isEmpty() || !status().isPosition()) {
      return Agreement.NOT_COMPARABLE;
    }
    return owner.get() == status() ? Agreement.AGREES : Agreement.DISAGREES;
  }

  @Value.Check
  final void validate() {
    trimmedText(rule(), "Assessment", "rule");
    String who = "Assessment " + rule() + " of " + ledger();
    trimmedText(explanation(), who, "explanation");
    for (Map.Entry<String, Double> f : figures().entrySet()) {
      trimmedText(f.getKey(), who, "figure name");
      check(Double.isFinite(f.getValue()), who, "figure " + f.getKey(), "be a finite number",
          f.getValue());
    }
  }

  /** Builds {@link Assessment}s; every attribute may be set once. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }
}
