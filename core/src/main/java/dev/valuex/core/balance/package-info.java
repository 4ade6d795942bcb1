/**
 * Balance rules: declared, named policies that assess a {@link dev.valuex.core.Ledger} and
 * explain the result, to help a team see an exchange (what is given for nothing, what is
 * received with nothing asked in return, how far the weights lean). A {@link
 * dev.valuex.core.balance.BalanceRule} returns an {@link dev.valuex.core.balance.Assessment}
 * with a status, the figures it used, the entries that drove it and a sentence that names the
 * elements. Rules inform the owner; they never change a ledger or its recorded {@link
 * dev.valuex.core.BalanceJudgement}, which stays authoritative. A {@link
 * dev.valuex.core.balance.BalancePolicy} runs an owner's rules over many ledgers into a {@link
 * dev.valuex.core.balance.BalanceReport} that counts statuses and shows, side by side, where a
 * rule and the owner's judgement disagree.
 */
@NullMarked
@ValuexStyle
package dev.valuex.core.balance;

import dev.valuex.core.internal.ValuexStyle;
import org.jspecify.annotations.NullMarked;
