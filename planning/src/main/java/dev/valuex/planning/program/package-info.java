/**
 * Program value exchange, for programs that engage customers over time such as loyalty
 * schemes, subscriptions, memberships and self-service: a {@link
 * dev.valuex.planning.program.ProgramExchange} lists the {@link
 * dev.valuex.planning.program.Benefit}s the business gives and the {@link
 * dev.valuex.planning.program.Contribution}s it asks of customers, each rated on five-point
 * scales, and pairs them until the exchange is mutual. It ranks both sides into four {@link
 * dev.valuex.planning.program.Quadrant}s and reports {@link
 * dev.valuex.planning.program.Finding}s, each with an explanation: unpaired items, personal data
 * asked for without a benefit or a stated purpose, a burden out of proportion to the value, and
 * open viability questions. Benefits and contributions may name value elements of the core
 * model; from the customer's side a benefit is OUT and a contribution is IN.
 */
@NullMarked
@ValuexStyle
package dev.valuex.planning.program;

import dev.valuex.core.internal.ValuexStyle;
import org.jspecify.annotations.NullMarked;
