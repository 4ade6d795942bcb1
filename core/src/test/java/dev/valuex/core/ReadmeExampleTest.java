package dev.valuex.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's code sample, verbatim between the markers, so it cannot rot. */
class ReadmeExampleTest {
  @Test
  void readmeSampleRecordsAnExchange() {
    // README-SAMPLE-START
    ElementId savings = ElementId.parse("customer.savings");
    ElementId money = ElementId.parse("customer.money");
    Ledger ledger = Ledger.builder()
        .id(LedgerId.of("p07-current"))
        .subject(Subject.of(Subject.Kind.INDIVIDUAL, "P07"))
        .owner("P07").author("researcher-2")
        .perspective(Perspective.CUSTOMER).view(View.CURRENT)
        .asOf(LocalDate.of(2026, 3, 14))
        .build()
        .withEvidence(savings, Side.OUT, Evidence.quote("I always look around to get the best deal"))
        .withEvidence(money, Side.IN, Evidence.quote("I pay a yearly fee"))
        .withPairing(Pairing.of(money, savings));
    System.out.println(ledger.in().size() + " in, " + ledger.out().size() + " out");
    // README-SAMPLE-END
    assertEquals(1, ledger.in().size());
    assertEquals(1, ledger.out().size());
    assertEquals(1, ledger.pairingsOf(savings, Side.OUT).size());
  }
}
