package dev.valuex.core;

import static dev.valuex.core.internal.Checks.trimmedText;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The ledger owner's own verdict on whether what they put in and what they get out are in
 * balance. It is authoritative and only ever recorded: valuex never computes it. Balance rules
 * may inform the owner, but they never overwrite this.
 *
 * <pre>{@code
 * BalanceJudgement j = BalanceJudgement.builder()
 *     .verdict(BalanceJudgement.Verdict.OWNER_GIVES_MORE)
 *     .rationale("I give them my data and my loyalty and get little back")
 *     .recordedBy("researcher-2")
 *     .recordedOn(LocalDate.of(2026, 3, 14))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class BalanceJudgement implements WithBalanceJudgement {

  /** The verdicts an owner can give. */
  public enum Verdict {
    /** What the owner puts in and gets out feel in balance. */
    BALANCED,
    /** The owner puts in more than they get out. */
    OWNER_GIVES_MORE,
    /** The owner gets out more than they put in. */
    OWNER_GETS_MORE,
    /** The owner has not decided. */
    UNDECIDED
  }

  BalanceJudgement() {}

  /**
   * Returns the owner's verdict.
   *
   * @return the verdict, never null
   */
  public abstract Verdict verdict();

  /**
   * Returns why the owner judged so, ideally in their words.
   *
   * @return the rationale, empty when none was given
   */
  public abstract Optional<String> rationale();

  /**
   * Returns who recorded the judgement (a pseudonym or role).
   *
   * @return who recorded it, never null or blank
   */
  public abstract String recordedBy();

  /**
   * Returns when the judgement was recorded.
   *
   * @return the date, never null
   */
  public abstract LocalDate recordedOn();

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void validate() {
    rationale().ifPresent(r -> trimmedText(r, "BalanceJudgement", "rationale"));
    trimmedText(recordedBy(), "BalanceJudgement", "recordedBy");
  }

  /** Builds {@link BalanceJudgement}s; every attribute may be set once. */
  public static final class Builder extends ImmutableBalanceJudgement.Builder {
    Builder() {}
  }
}
