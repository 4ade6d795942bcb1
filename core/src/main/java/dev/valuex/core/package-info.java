/**
 * The value-exchange model: value elements as printed on cards ({@link
 * dev.valuex.core.ValueElement}), and ledgers ({@link dev.valuex.core.Ledger}) that record, for
 * one subject, what it puts IN and what value it seeks to get OUT, each entry backed by
 * evidence, with pairings of what is given for what and the owner's own balance judgement.
 * Every type here is immutable, validated when built, free of nulls and compared by value;
 * invalid data is rejected with a {@link dev.valuex.core.ValuexException} whose message names
 * the field, the rule and the bad value. Catalogs of cards, balance rules, analysis across
 * ledgers and planning build on these types from their own packages and modules.
 */
@NullMarked
@ValuexStyle
package dev.valuex.core;

import dev.valuex.core.internal.ValuexStyle;
import org.jspecify.annotations.NullMarked;
