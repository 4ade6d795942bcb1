package dev.valuex.core.balance;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.valuex.core.internal.Checks.check;
import static dev.valuex.core.internal.Checks.trimmedText;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.balance.Assessment.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * Combines rules into one. Its assessment holds each rule's assessment as a {@link
 * Assessment#parts() part}, the parts' figures prefixed with their rule's name (e.g. {@code
 * pairing-coverage.inCoverage}), and the entries of the parts whose status it adopted.
 *
 * <p>A composite of one rule gives that rule's status and entries. Created by {@link
 * BalanceRule#allOf}, {@link BalanceRule#anyOf} and {@link BalanceRule#firstApplicable}.
 *
 * <pre>{@code
 * CompositeRule strict = BalanceRule.allOf("strict",
 *     PairingCoverageRule.defaults(), CountParityRule.defaults());
 * Assessment a = strict.assess(ledger);
 * Assessment pairing = a.parts().get(0);
 * }</pre>
 */
@Value.Immutable
public abstract class CompositeRule implements BalanceRule, WithCompositeRule {

  /** How a composite rule combines the statuses of its rules. */
  public enum Mode {
    /**
     * {@code BALANCED} only when every applicable rule says so. Rules that say {@code
     * NOT_APPLICABLE} are left out; when none is left, {@code NOT_APPLICABLE}. When rules lean
     * both ways, {@code INCOMPLETE}; when some lean one way, that way; otherwise, when some are
     * {@code INCOMPLETE}, {@code INCOMPLETE}; else {@code BALANCED}.
     */
    ALL_OF,
    /**
     * {@code BALANCED} when any applicable rule says so. Rules that say {@code NOT_APPLICABLE}
     * are left out; when none is left, {@code NOT_APPLICABLE}. Otherwise, when rules lean both
     * ways, {@code INCOMPLETE}; when some lean one way, that way; else {@code INCOMPLETE}.
     */
    ANY_OF,
    /**
     * The first rule, in order, whose status is not {@code NOT_APPLICABLE} decides; later rules
     * are not run. When no rule applies, {@code NOT_APPLICABLE}.
     */
    FIRST_APPLICABLE
  }

  CompositeRule() {}

  /**
   * Returns the composite rule's name.
   *
   * @return the name, never null or blank
   */
  @Override
  public abstract String name();

  /**
   * Returns how the rules' statuses are combined.
   *
   * @return the mode, never null
   */
  public abstract Mode mode();

  /**
   * Returns the combined rules, in order.
   *
   * @return the rules, at least one, with distinct names
   */
  public abstract ImmutableList<BalanceRule> rules();

  /**
   * Creates a composite rule.
   *
   * @param name the composite rule's name, not null
   * @param mode how statuses combine, not null
   * @param rules the rules, at least one, with distinct names, not null
   * @return the rule, never null
   * @throws dev.valuex.core.InvalidValueException if there are no rules or two share a name
   */
  public static CompositeRule of(String name, Mode mode, Iterable<? extends BalanceRule> rules) {
    checkNotNull(name, "name");
    checkNotNull(mode, "mode");
    checkNotNull(rules, "rules");
    return builder().name(name).mode(mode).addAllRules(rules).build();
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
    List<String> names = new ArrayList<>();
    rules().forEach(r -> names.add(r.name()));
    return ImmutableMap.of("mode", mode().toString(), "rules", names.toString());
  }

  @Override
  public final Assessment assess(Ledger ledger, Function<? super ElementId, String> names) {
    List<Assessment> parts = new ArrayList<>();
    for (BalanceRule rule : rules()) {
      Assessment a = rule.assess(ledger, names);
      parts.add(a);
      if (mode() == Mode.FIRST_APPLICABLE && a.status() != Status.NOT_APPLICABLE) {
        break;
      }
    }
    Status status;
    String why;
    if (mode() == Mode.FIRST_APPLICABLE) {
      Assessment last = parts.get(parts.size() - 1);
      status = last.status();
      why = status == Status.NOT_APPLICABLE ? "none of the rules applies"
          : last.rule() + " is the first rule that applies";
    } else {
      List<String> outHeavy = rulesWith(parts, Status.OUT_HEAVY);
      List<String> inHeavy = rulesWith(parts, Status.IN_HEAVY);
      List<String> balanced = rulesWith(parts, Status.BALANCED);
      List<String> incomplete = rulesWith(parts, Status.INCOMPLETE);
      if (outHeavy.isEmpty() && inHeavy.isEmpty() && balanced.isEmpty()
          && incomplete.isEmpty()) {
        status = Status.NOT_APPLICABLE;
        why = "none of the rules applies";
      } else if (mode() == Mode.ANY_OF && !balanced.isEmpty()) {
        status = Status.BALANCED;
        why = Words.list(balanced) + " " + says(balanced) + " BALANCED";
      } else if (!outHeavy.isEmpty() && !inHeavy.isEmpty()) {
        status = Status.INCOMPLETE;
        why = "the rules lean both ways: " + Words.list(outHeavy) + " " + says(outHeavy)
            + " OUT_HEAVY, " + Words.list(inHeavy) + " " + says(inHeavy) + " IN_HEAVY";
      } else if (!outHeavy.isEmpty() || !inHeavy.isEmpty()) {
        List<String> leaning = outHeavy.isEmpty() ? inHeavy : outHeavy;
        status = outHeavy.isEmpty() ? Status.IN_HEAVY : Status.OUT_HEAVY;
        why = Words.list(leaning) + " " + says(leaning) + " " + status;
      } else if (!incomplete.isEmpty()) {
        status = Status.INCOMPLETE;
        why = Words.list(incomplete) + " cannot say";
      } else {
        status = Status.BALANCED;
        why = "every rule that applies says BALANCED";
      }
    }
    StringBuilder explanation = new StringBuilder(label()).append(' ')
        .append(namesOf(rules())).append(": ").append(status).append(", because ")
        .append(why).append('.');
    Assessment.Builder result = Assessment.builder().rule(name()).ledger(ledger.id())
        .status(status);
    Set<LedgerEntry> entries = new LinkedHashSet<>();
    Set<String> figureNames = new HashSet<>();
    for (Assessment part : parts) {
      explanation.append(" [").append(part.rule()).append(' ').append(part.status())
          .append("] ").append(part.explanation());
      for (Map.Entry<String, Double> f : part.figures().entrySet()) {
        // First one wins should dotted rule names make two figure names collide.
        if (figureNames.add(part.rule() + "." + f.getKey())) {
          result.putFigure(part.rule() + "." + f.getKey(), f.getValue());
        }
      }
      boolean adopted = status == Status.INCOMPLETE && part.status().isPosition()
          ? part.status() != Status.BALANCED : part.status() == status;
      if (adopted) {
        entries.addAll(part.entries());
      }
    }
    return result.addAllEntries(entries).addAllParts(parts).explanation(explanation.toString())
        .build();
  }

  private String label() {
    switch (mode()) {
      case ALL_OF:
        return "All of";
      case ANY_OF:
        return "Any of";
      default:
        return "First applicable of";
    }
  }

  private static String says(List<String> rules) {
    return rules.size() == 1 ? "says" : "say";
  }

  private static List<String> rulesWith(List<Assessment> parts, Status status) {
    List<String> result = new ArrayList<>();
    for (Assessment a : parts) {
      if (a.status() == status) {
        result.add(a.rule());
      }
    }
    return result;
  }

  private static String namesOf(List<BalanceRule> rules) {
    List<String> names = new ArrayList<>();
    rules.forEach(r -> names.add(r.name()));
    return Words.list(names);
  }

  @Value.Check
  final void validate() {
    trimmedText(name(), "Balance rule", "name");
    checkRules(rules(), "Balance rule " + name());
  }

  /** Requires at least one rule and distinct names; a policy holds its rules the same way. */
  static void checkRules(List<BalanceRule> rules, String who) {
    check(!rules.isEmpty(), who, "rules", "hold at least one rule", rules);
    Set<String> seen = new HashSet<>();
    for (BalanceRule r : rules) {
      check(seen.add(r.name()), who, "rules", "have distinct names", r.name());
    }
  }

  /** Builds {@link CompositeRule}s; every attribute may be set once. */
  public static final class Builder extends ImmutableCompositeRule.Builder {
    Builder() {}
  }
}
