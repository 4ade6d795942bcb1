package dev.valuex.core.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.valuex.core.BalanceJudgement;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Pairing;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.Subject;
import dev.valuex.core.View;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's balance rules sample, verbatim between the markers, and the output it shows. */
class ReadmeBalanceExampleTest {
  @Test
  void readmeSampleShowsWhatTheRulesSayBesideTheOwner() {
    // README-BALANCE-START
    ElementId money = ElementId.parse("customer.money");
    ElementId time = ElementId.parse("customer.time");
    ElementId savings = ElementId.parse("customer.savings");
    Ledger p07 = Ledger.builder()
        .id(LedgerId.of("p07-current"))
        .subject(Subject.of(Subject.Kind.INDIVIDUAL, "P07"))
        .owner("P07").author("researcher-2")
        .perspective(Perspective.CUSTOMER).view(View.CURRENT)
        .asOf(LocalDate.of(2026, 3, 14))
        .judgement(BalanceJudgement.builder().verdict(BalanceJudgement.Verdict.BALANCED)
            .recordedBy("researcher-2").recordedOn(LocalDate.of(2026, 3, 14)).build())
        .build()
        .withEntry(LedgerEntry.of(money, Side.IN).withImportance(4))
        .withEntry(LedgerEntry.of(time, Side.IN).withImportance(3))
        .withEntry(LedgerEntry.of(savings, Side.OUT).withImportance(4))
        .withPairing(Pairing.of(money, savings));

    BalancePolicy policy = BalancePolicy.builder()
        .name("workshop")
        .addRule(PairingCoverageRule.defaults())
        .addRule(WeightedRatioRule.builder().tolerance(0.25).defaultWeight(3).build())
        .addRule(JudgementRule.defaults())
        .build();
    BalanceReport report = policy.evaluate(List.of(p07));
    System.out.println(report.describe());
    // README-BALANCE-END
    assertEquals(String.join("\n",
        "Policy workshop over 1 ledger",
        "  pairing-coverage: OUT_HEAVY 0, BALANCED 0, IN_HEAVY 1, INCOMPLETE 0, NOT_APPLICABLE 0",
        "  weighted-ratio: OUT_HEAVY 0, BALANCED 0, IN_HEAVY 1, INCOMPLETE 0, NOT_APPLICABLE 0",
        "  owners-judgement: OUT_HEAVY 0, BALANCED 1, IN_HEAVY 0, INCOMPLETE 0, NOT_APPLICABLE 0",
        "Ledgers where a rule disagrees with the owner: 1",
        "  p07-current: owner P07 judges BALANCED; pairing-coverage says IN_HEAVY."
            + " 1 of 2 IN entries are paired; customer.time is given with nothing paired in"
            + " return. 1 of 1 OUT entry is paired. IN coverage 50% against a minimum of 100%,"
            + " OUT coverage 100% against a minimum of 100%: more is given for nothing than"
            + " received for nothing.",
        "  p07-current: owner P07 judges BALANCED; weighted-ratio says IN_HEAVY."
            + " OUT importance 4 over IN importance 7 gives a ratio of 0.57, below the balanced"
            + " band 0.80 to 1.25, so the subject gives more than it gets. Heaviest on the IN"
            + " side: customer.money (4).",
        "p07-current: owner P07 judges BALANCED",
        "  pairing-coverage: IN_HEAVY (DISAGREES with the owner). 1 of 2 IN entries are paired;"
            + " customer.time is given with nothing paired in return. 1 of 1 OUT entry is paired."
            + " IN coverage 50% against a minimum of 100%, OUT coverage 100% against a minimum of"
            + " 100%: more is given for nothing than received for nothing.",
        "  weighted-ratio: IN_HEAVY (DISAGREES with the owner). OUT importance 4 over IN"
            + " importance 7 gives a ratio of 0.57, below the balanced band 0.80 to 1.25, so the"
            + " subject gives more than it gets. Heaviest on the IN side: customer.money (4).",
        "  owners-judgement: BALANCED (agrees with the owner). The owner P07 judges the exchange"
            + " balanced (recorded by researcher-2 on 2026-03-14)."),
        report.describe());
    assertEquals(p07.judgement(), report.ledgers().get(0).judgement());
  }
}
