package dev.valuex.core.balance;

import static dev.valuex.core.internal.Checks.trimmedText;

import com.google.common.collect.ImmutableMap;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import java.util.function.Function;

/** A rule made from a function by {@link BalanceRule#of(String, Function)}. */
final class CustomRule implements BalanceRule {
  private final String name;
  private final Function<? super Ledger, Assessment> assess;

  CustomRule(String name, Function<? super Ledger, Assessment> assess) {
    trimmedText(name, "Balance rule", "name");
    this.name = name;
    this.assess = assess;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ImmutableMap<String, String> parameters() {
    return ImmutableMap.of();
  }

  @Override
  public Assessment assess(Ledger ledger, Function<? super ElementId, String> names) {
    return assess.apply(ledger).withRule(name).withLedger(ledger.id());
  }

  @Override
  public String toString() {
    return "BalanceRule " + name;
  }
}
