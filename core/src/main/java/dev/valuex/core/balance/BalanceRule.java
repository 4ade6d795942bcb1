package dev.valuex.core.balance;

import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import java.util.Arrays;
import java.util.function.Function;

/**
 * A declared, named policy that assesses a ledger and explains the result. Rules inform the
 * ledger's owner: they never change the ledger and never overwrite the owner's recorded
 * judgement.
 *
 * <p>Every rule is pure and deterministic (the same ledger always gives an equal assessment),
 * safe to share between threads, and never throws on a valid ledger. The built-in rules are
 * {@link PairingCoverageRule}, {@link WeightedRatioRule}, {@link CountParityRule}, {@link
 * GapRule} and {@link JudgementRule}; {@link #allOf}, {@link #anyOf} and {@link
 * #firstApplicable} combine rules, and {@link #of(String, Function)} turns a function into a
 * rule.
 *
 * <pre>{@code
 * BalanceRule rule = BalanceRule.allOf("workshop",
 *     PairingCoverageRule.defaults(),
 *     WeightedRatioRule.builder().tolerance(0.25).defaultWeight(3).build());
 * Assessment a = rule.assess(ledger);
 * }</pre>
 */
public interface BalanceRule {

  /**
   * Returns the rule's name, unique within a {@link BalancePolicy}, e.g. {@code
   * pairing-coverage}.
   *
   * @return the name, never null or blank
   */
  String name();

  /**
   * Returns the rule's parameters as text by name, for reports, e.g. {@code tolerance = 0.2}.
   *
   * @return the parameters in a stable order, never null, possibly empty
   */
  ImmutableMap<String, String> parameters();

  /**
   * Assesses a ledger, naming elements in the explanation with the given function, e.g. one that
   * looks up card names in a catalog.
   *
   * @param ledger the ledger, not null; it is not changed
   * @param names gives the name to show for an element, not null
   * @return the assessment, never null
   */
  Assessment assess(Ledger ledger, Function<? super ElementId, String> names);

  /**
   * Assesses a ledger, naming elements by their ids, e.g. {@code customer.money}.
   *
   * @param ledger the ledger, not null; it is not changed
   * @return the assessment, never null
   */
  default Assessment assess(Ledger ledger) {
    return assess(ledger, ElementId::toString);
  }

  /**
   * Turns a function into a named rule. The function must be pure, deterministic and
   * thread-safe; the rule name and ledger id of what it returns are set to this rule's name and
   * the assessed ledger's id.
   *
   * <pre>{@code
   * BalanceRule noMoney = BalanceRule.of("no-money", ledger ->
   *     ledger.entry(ElementId.parse("customer.money"), Side.IN).isPresent()
   *         ? Assessment.of("no-money", ledger, Status.IN_HEAVY, "customer.money is given")
   *         : Assessment.of("no-money", ledger, Status.BALANCED, "customer.money is not given"));
   * }</pre>
   *
   * @param name the rule's name, not null
   * @param assess assesses a ledger, not null
   * @return the rule, never null
   * @throws dev.valuex.core.InvalidValueException if the name is blank or padded
   */
  static BalanceRule of(String name, Function<? super Ledger, Assessment> assess) {
    checkNotNull(name, "name");
    return new CustomRule(name, requireNonNull(assess, "assess"));
  }

  /**
   * Combines rules so that the ledger is {@code BALANCED} only when every applicable rule says
   * so; see {@link CompositeRule.Mode#ALL_OF} for the full table.
   *
   * @param name the composite rule's name, not null
   * @param rules the rules, at least one, with distinct names, not null
   * @return the composite rule, never null
   * @throws dev.valuex.core.InvalidValueException if there are no rules or two share a name
   */
  static CompositeRule allOf(String name, BalanceRule... rules) {
    checkNotNull(name, "name");
    checkNotNull(rules, "rules");
    return CompositeRule.of(name, CompositeRule.Mode.ALL_OF, Arrays.asList(rules));
  }

  /**
   * Combines rules so that the ledger is {@code BALANCED} when any applicable rule says so; see
   * {@link CompositeRule.Mode#ANY_OF} for the full table.
   *
   * @param name the composite rule's name, not null
   * @param rules the rules, at least one, with distinct names, not null
   * @return the composite rule, never null
   * @throws dev.valuex.core.InvalidValueException if there are no rules or two share a name
   */
  static CompositeRule anyOf(String name, BalanceRule... rules) {
    checkNotNull(name, "name");
    checkNotNull(rules, "rules");
    return CompositeRule.of(name, CompositeRule.Mode.ANY_OF, Arrays.asList(rules));
  }

  /**
   * Combines rules so that the first rule whose status is not {@code NOT_APPLICABLE} decides.
   *
   * @param name the composite rule's name, not null
   * @param rules the rules in order of preference, at least one, with distinct names, not null
   * @return the composite rule, never null
   * @throws dev.valuex.core.InvalidValueException if there are no rules or two share a name
   */
  static CompositeRule firstApplicable(String name, BalanceRule... rules) {
    checkNotNull(name, "name");
    checkNotNull(rules, "rules");
    return CompositeRule.of(name, CompositeRule.Mode.FIRST_APPLICABLE,
        ImmutableList.copyOf(rules));
  }
}
