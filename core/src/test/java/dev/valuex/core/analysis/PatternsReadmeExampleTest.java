package dev.valuex.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "Patterns across many ledgers" sample, verbatim between the markers. */
class PatternsReadmeExampleTest {
  @Test
  void readmePatternsSampleRuns() {
    List<Ledger> ledgers = StudyLedgers.ALL;
    ElementId money = ElementId.parse("customer.money");
    ElementId savings = ElementId.parse("customer.savings");
    // README-PATTERNS-START
    LedgerSummary summary = ledgers.parallelStream().collect(LedgerSummary.toLedgerSummary());
    for (ElementCoverage c : summary.coverage(Side.OUT)) {
      System.out.printf("%s: %d of %d ledgers%n", c.placement(), c.ledgers(), c.outOf());
    }
    Association rule = summary.association(
        Placement.of(money, Side.IN), Placement.of(savings, Side.OUT), Slice.all());
    System.out.printf("lift %.2f%n", rule.lift());
    for (CoverageComparison c : summary.changeBetween(
        Side.OUT, Slice.ofQuarter(2026, 1), Slice.ofQuarter(2026, 2))) {
      System.out.printf("%s %+.2f [%+.2f, %+.2f]%n", c.placement(), c.difference(), c.lower(),
          c.upper());
    }
    SummarySetProposal proposal = SummarySetProposal.reaching(0.8, Side.OUT, ledgers);
    proposal.picks().forEach(p -> System.out.println(p.element() + " reaches "
        + p.reachedLedgers() + " of " + p.outOf()));
    // README-PATTERNS-END
    assertEquals(5.0 / 3, rule.lift(), 1e-12);
    assertTrue(proposal.reached());
    assertEquals(LedgerSummary.of(ledgers), summary);
  }
}
