package dev.valuex.benchmarks.json;

import dev.valuex.core.BalanceJudgement;
import dev.valuex.core.ElementId;
import dev.valuex.core.Evidence;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Pairing;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.Subject;
import dev.valuex.core.View;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Deterministic ledgers shaped like a real study: 4 to 10 entries, 1 or 2 quotes each. */
final class Fixtures {
  private static final String[] OUT = {"savings", "simplification", "status-recognition",
      "peace-of-mind", "quality", "convenience", "time-saving", "reduced-effort", "choice",
      "information"};
  private static final String[] IN = {"money", "time", "effort", "attention", "personal-data",
      "trust", "loyalty", "feedback"};

  private Fixtures() {}

  static List<Ledger> ledgers(int n) {
    Random random = new Random(42);
    List<Ledger> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      result.add(ledger(i, random));
    }
    return result;
  }

  static Ledger ledger(int i, Random random) {
    LocalDate day = LocalDate.of(2026, 1, 1).plusDays(i % 365);
    Ledger ledger = Ledger.builder()
        .id(LedgerId.of("p" + i + "-current"))
        .subject(Subject.builder().kind(Subject.Kind.INDIVIDUAL).label("P" + i)
            .addSegment(i % 2 == 0 ? "new-customer" : "frequent-flyer").build())
        .owner("P" + i).author("researcher-" + (i % 7))
        .perspective(Perspective.CUSTOMER).view(View.CURRENT)
        .context("Airline loyalty programme").asOf(day)
        .build();
    int outs = 2 + random.nextInt(5);
    int ins = 2 + random.nextInt(4);
    for (int k = 0; k < outs + ins; k++) {
      boolean out = k < outs;
      String slug = out ? OUT[(i + k) % OUT.length] : IN[(i + k) % IN.length];
      LedgerEntry entry = LedgerEntry.of(ElementId.of("customer", slug), out ? Side.OUT : Side.IN)
          .withImportance(1 + random.nextInt(5));
      int quotes = 1 + random.nextInt(2);
      for (int q = 0; q < quotes; q++) {
        entry = entry.plusEvidence(List.of(Evidence.builder().kind(Evidence.Kind.QUOTE)
            .text("When I think about " + slug + " I mostly care that it works, quote " + q)
            .source("interview " + i + ", 00:" + (10 + q) + ":00").speaker("P" + i)
            .date(day).build()));
      }
      ledger = ledger.withEntry(entry);
    }
    ledger = ledger.withPairing(Pairing.of(ledger.in().get(0).element(),
        ledger.out().get(0).element()));
    return ledger.withJudgement(BalanceJudgement.builder()
        .verdict(BalanceJudgement.Verdict.values()[i % 4])
        .rationale("It feels about right most of the time").recordedBy("researcher-1")
        .recordedOn(day).build());
  }
}
