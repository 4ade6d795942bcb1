package dev.valuex.core.balance;

import static dev.valuex.core.internal.Checks.trimmedText;

import com.google.common.collect.ImmutableMap;
import dev.valuex.core.BalanceJudgement;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.balance.Assessment.Status;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * Reads the owner's recorded balance judgement as an assessment, so it can sit beside the
 * computed rules in a policy or a composite: {@code OWNER_GETS_MORE} is {@code OUT_HEAVY},
 * {@code OWNER_GIVES_MORE} is {@code IN_HEAVY}, {@code BALANCED} is {@code BALANCED}, and an
 * undecided owner or a missing judgement is {@code INCOMPLETE}. It only reads the judgement:
 * the entries, their sides, weights and pairings never move the status, so an empty ledger, or
 * one with entries on one side only, has the owner's verdict all the same.
 *
 * <pre>{@code
 * BalanceRule ownerFirst = BalanceRule.firstApplicable("owner-first",
 *     JudgementRule.defaults(), WeightedRatioRule.defaults());
 * }</pre>
 */
@Value.Immutable
public abstract class JudgementRule implements BalanceRule, WithJudgementRule {
  /** The name a judgement rule has unless another is set. */
  public static final String DEFAULT_NAME = "owners-judgement";

  JudgementRule() {}

  /**
   * Returns the rule's name.
   *
   * @return the name, {@value #DEFAULT_NAME} unless set
   */
  @Override
  @Value.Default
  public String name() {
    return DEFAULT_NAME;
  }

  /**
   * Returns the rule with its default name.
   *
   * @return the rule, never null
   */
  public static JudgementRule defaults() {
    return builder().build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public final ImmutableMap<String, String> parameters() {
    return ImmutableMap.of();
  }

  @Override
  public final Assessment assess(Ledger ledger, Function<? super ElementId, String> names) {
    Assessment.Builder result = Assessment.builder().rule(name()).ledger(ledger.id());
    Optional<BalanceJudgement> judgement = ledger.judgement();
    if (judgement.isEmpty()) {
      return result.status(Status.INCOMPLETE)
          .explanation("The owner " + ledger.owner() + " has recorded no judgement.").build();
    }
    BalanceJudgement j = judgement.get();
    String said;
    switch (j.verdict()) {
      case BALANCED:
        said = "judges the exchange balanced";
        break;
      case OWNER_GIVES_MORE:
        said = "judges that they give more than they get";
        break;
      case OWNER_GETS_MORE:
        said = "judges that they get more than they give";
        break;
      default:
        said = "is undecided";
        break;
    }
    String explanation = "The owner " + ledger.owner() + " " + said + " (recorded by "
        + j.recordedBy() + " on " + j.recordedOn() + ")"
        + j.rationale().map(r -> ": \"" + r + "\"").orElse("") + ".";
    return result.status(Status.of(j.verdict()).orElse(Status.INCOMPLETE))
        .explanation(explanation).build();
  }

  @Value.Check
  final void validate() {
    trimmedText(name(), "Balance rule", "name");
  }

  /** Builds {@link JudgementRule}s; every attribute may be set once. */
  public static final class Builder extends ImmutableJudgementRule.Builder {
    Builder() {}
  }
}
