package dev.valuex.core.balance;

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

/** Small hand-built ledgers for the balance rule examples. */
final class Fixtures {
  static final LocalDate DAY = LocalDate.of(2026, 3, 14);

  private Fixtures() {}

  static ElementId id(String slug) {
    return ElementId.of("customer", slug);
  }

  static Ledger ledger(String id, String subject, View view, LedgerEntry... entries) {
    Ledger l = Ledger.builder().id(LedgerId.of(id))
        .subject(Subject.of(Subject.Kind.INDIVIDUAL, subject))
        .owner(subject).author("researcher-2").perspective(Perspective.CUSTOMER).view(view)
        .asOf(DAY).build();
    for (LedgerEntry e : entries) {
      l = l.withEntry(e);
    }
    return l;
  }

  static Ledger current(String id, LedgerEntry... entries) {
    return ledger(id, "P07", View.CURRENT, entries);
  }

  static LedgerEntry in(String slug) {
    return LedgerEntry.of(id(slug), Side.IN);
  }

  static LedgerEntry in(String slug, int importance) {
    return in(slug).withImportance(importance);
  }

  static LedgerEntry out(String slug) {
    return LedgerEntry.of(id(slug), Side.OUT);
  }

  static LedgerEntry out(String slug, int importance) {
    return out(slug).withImportance(importance);
  }

  static Pairing pair(String given, String received) {
    return Pairing.of(id(given), id(received));
  }

  static BalanceJudgement judgement(BalanceJudgement.Verdict verdict) {
    return BalanceJudgement.builder().verdict(verdict).recordedBy("researcher-2")
        .recordedOn(DAY).build();
  }
}
