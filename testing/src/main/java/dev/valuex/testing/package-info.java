/**
 * jqwik generators for the valuex model, in the spirit of guava-testlib: {@link
 * dev.valuex.testing.ValuexArbitraries} has one factory per model type, {@link
 * dev.valuex.testing.LedgerArbitrary} has knobs for ledger sizes and a fixed element universe,
 * and {@link dev.valuex.testing.ValuexDomain} lets {@code @ForAll Ledger ledger} just work.
 * Every generated value is valid by construction, never by filtering, so generation stays
 * fast and shrinking stays meaningful. A property test of your own looks like this:
 *
 * <pre>{@code
 * class MyExportProperties {
 *   @Property(tries = 200)
 *   void exportKeepsEveryEntry(@ForAll Ledger ledger) {
 *     assertThat(MyExport.read(MyExport.write(ledger)).entries()).isEqualTo(ledger.entries());
 *   }
 *
 *   @Provide
 *   Arbitrary<Ledger> bigLedgers() {
 *     return ValuexArbitraries.ledgers().entriesPerLedger(20, 40).evidencePerEntry(1, 3);
 *   }
 * }
 * }</pre>
 */
@NullMarked
package dev.valuex.testing;

import org.jspecify.annotations.NullMarked;
