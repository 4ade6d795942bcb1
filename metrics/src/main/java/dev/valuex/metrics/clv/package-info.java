/**
 * Probabilistic customer lifetime value: per-customer purchase summaries
 * ({@link dev.valuex.metrics.clv.PurchaseHistory}), the BG/NBD model of how often customers buy
 * and when they silently stop ({@link dev.valuex.metrics.clv.BgNbdModel}, Fader, Hardie and Lee
 * 2005), the Gamma-Gamma model of how much they spend
 * ({@link dev.valuex.metrics.clv.GammaGammaModel}), and the discounted value of a customer's
 * expected future margin ({@link dev.valuex.metrics.clv.ExpectedLifetimeValue}). Every time in
 * these models is counted in one stated {@link java.time.temporal.ChronoUnit}, fixed when the
 * summaries are built; horizons, steps and discount periods are
 * {@link dev.valuex.metrics.TimeSpan}s, so there is no implicit "month". Models are fitted by
 * maximum likelihood with Hipparchus and come with standard errors.
 */
@NullMarked
@ValuexStyle
package dev.valuex.metrics.clv;

import dev.valuex.core.internal.ValuexStyle;
import org.jspecify.annotations.NullMarked;
