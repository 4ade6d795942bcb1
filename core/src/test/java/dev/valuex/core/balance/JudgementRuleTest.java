package dev.valuex.core.balance;

import static dev.valuex.core.balance.Fixtures.current;
import static dev.valuex.core.balance.Fixtures.judgement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.valuex.core.BalanceJudgement.Verdict;
import dev.valuex.core.Ledger;
import dev.valuex.core.balance.Assessment.Status;
import org.junit.jupiter.api.Test;

class JudgementRuleTest {

  @Test
  void readsTheOwnersVerdictAndRationale() {
    Ledger l = current("p07-now").withJudgement(judgement(Verdict.OWNER_GIVES_MORE)
        .withRationale("I give them my data and get little back"));
    Assessment a = JudgementRule.defaults().assess(l);
    assertEquals(Status.IN_HEAVY, a.status());
    assertEquals("owners-judgement", a.rule());
    assertEquals("The owner P07 judges that they give more than they get (recorded by"
        + " researcher-2 on 2026-03-14): \"I give them my data and get little back\".",
        a.explanation());
  }

  @Test
  void mapsEveryVerdict() {
    assertEquals(Status.OUT_HEAVY, statusFor(Verdict.OWNER_GETS_MORE));
    assertEquals(Status.BALANCED, statusFor(Verdict.BALANCED));
    assertEquals(Status.IN_HEAVY, statusFor(Verdict.OWNER_GIVES_MORE));
    assertEquals(Status.INCOMPLETE, statusFor(Verdict.UNDECIDED));
    assertEquals("The owner P07 judges the exchange balanced (recorded by researcher-2 on"
        + " 2026-03-14).", JudgementRule.defaults()
        .assess(current("p07-now").withJudgement(judgement(Verdict.BALANCED))).explanation());
  }

  @Test
  void noJudgementIsIncomplete() {
    Assessment a = JudgementRule.defaults().assess(current("p07-now"));
    assertEquals(Status.INCOMPLETE, a.status());
    assertEquals("The owner P07 has recorded no judgement.", a.explanation());
  }

  private static Status statusFor(Verdict v) {
    return JudgementRule.defaults().assess(current("p07-now").withJudgement(judgement(v)))
        .status();
  }

  @Test
  void theEntriesDoNotMoveTheOwnersVerdict() {
    Ledger l = current("p07-now", Fixtures.out("savings", 5), Fixtures.out("quality", 5))
        .withJudgement(judgement(Verdict.OWNER_GIVES_MORE));
    assertEquals(Status.IN_HEAVY, JudgementRule.defaults().assess(l).status());
  }
}
