package dev.valuex.core.balance;

import static dev.valuex.core.balance.Fixtures.current;
import static dev.valuex.core.balance.Fixtures.in;
import static dev.valuex.core.balance.Fixtures.ledger;
import static dev.valuex.core.balance.Fixtures.out;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Ledger;
import dev.valuex.core.Perspective;
import dev.valuex.core.View;
import dev.valuex.core.balance.Assessment.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapRuleTest {
  static final Ledger NOW = current("p07-now", in("money", 3), in("personal-data"),
      out("savings", 3), out("quality"));
  static final Ledger WISH = ledger("p07-wish", "P07", View.DESIRED, in("money", 3),
      out("savings", 5), out("quality"), out("peace-of-mind"));

  @Test
  void missingOutAndUnwantedInMakeTheCurrentLedgerInHeavy() {
    Assessment a = GapRule.defaults().assess(NOW, WISH);
    assertEquals(Status.IN_HEAVY, a.status());
    assertEquals(NOW.id(), a.ledger());
    assertEquals(ImmutableMap.of("wantedButMissing", 1.0, "presentButNotWanted", 1.0,
        "importanceShifts", 1.0, "gapsGivingMore", 2.0, "gapsGettingMore", 0.0), a.figures());
    assertEquals(ImmutableList.of(out("peace-of-mind"), in("personal-data"), out("savings", 3)),
        a.entries());
    assertEquals("Against desired ledger p07-wish: customer.peace-of-mind (OUT) is wanted but"
        + " missing. customer.personal-data (IN) is present but not wanted. Importance shifts"
        + " for customer.savings (OUT) from 3 now to 5 wanted. 2 gaps leave the subject giving"
        + " more or getting less than it wants, 0 the other way.", a.explanation());
  }

  @Test
  void missingInAndUnwantedOutMakeTheCurrentLedgerOutHeavy() {
    Ledger now = current("p07-now", in("money"), out("savings"), out("status-recognition"));
    Ledger wish = ledger("p07-wish", "P07", View.DESIRED, in("money"), in("feedback"),
        out("savings"));
    Assessment a = GapRule.defaults().assess(now, wish);
    assertEquals(Status.OUT_HEAVY, a.status());
    assertEquals("Against desired ledger p07-wish: customer.feedback (IN) is wanted but missing."
        + " customer.status-recognition (OUT) is present but not wanted. 0 gaps leave the"
        + " subject giving more or getting less than it wants, 2 the other way.",
        a.explanation());
  }

  @Test
  void matchingLedgersAreBalanced() {
    Ledger wish = ledger("p07-wish", "P07", View.DESIRED, in("money", 3), in("personal-data"),
        out("savings", 3), out("quality"));
    Assessment a = GapRule.defaults().assess(NOW, wish);
    assertEquals(Status.BALANCED, a.status());
    assertEquals(ImmutableList.of(), a.entries());
    assertEquals("Against desired ledger p07-wish: the current ledger holds the same elements"
        + " with the same importance.", a.explanation());
  }

  @Test
  void anEmptyDesiredLedgerIsIncomplete() {
    Assessment a = GapRule.defaults().assess(NOW, ledger("p07-wish", "P07", View.DESIRED));
    assertEquals(Status.INCOMPLETE, a.status());
    assertEquals("The desired ledger p07-wish has no entries, so there is nothing to compare"
        + " with.", a.explanation());
  }

  @Test
  void asARuleItFindsTheDesiredLedgerOfTheSameSubject() {
    Ledger p08 = ledger("p08-wish", "P08", View.DESIRED, in("money"));
    GapRule rule = GapRule.against(List.of(p08, WISH));
    assertEquals(GapRule.defaults().assess(NOW, WISH), rule.assess(NOW));
    assertEquals(ImmutableMap.of("desired", "[p08-wish, p07-wish]"), rule.parameters());
  }

  @Test
  void asARuleItDoesNotApplyWithoutADesiredLedgerOrToDesiredLedgers() {
    GapRule rule = GapRule.against(List.of(WISH));
    Assessment other = rule.assess(ledger("p08-now", "P08", View.CURRENT, in("money")));
    assertEquals(Status.NOT_APPLICABLE, other.status());
    assertEquals("No DESIRED ledger of INDIVIDUAL P08 from the CUSTOMER perspective is declared.",
        other.explanation());
    Assessment desired = rule.assess(WISH);
    assertEquals(Status.NOT_APPLICABLE, desired.status());
    assertEquals("p07-wish is a DESIRED ledger; the gap rule assesses CURRENT ledgers.",
        desired.explanation());
  }

  @Test
  void rejectsLedgersOfDifferentSubjects() {
    Ledger p08 = ledger("p08-wish", "P08", View.DESIRED, in("money"));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> GapRule.defaults().assess(NOW, p08));
    assertEquals("Balance rule desired-gap: desired must describe the subject of p07-now"
        + " (INDIVIDUAL P07), got 'p08-wish (INDIVIDUAL P08)'", e.getMessage());
  }

  @Test
  void rejectsLedgersOfDifferentPerspectives() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> GapRule.builder().name("gap").build().assess(NOW,
            WISH.withPerspective(Perspective.EMPLOYEE)));
    assertEquals("Balance rule gap: desired must have the perspective of p07-now (CUSTOMER), got"
        + " 'p07-wish (EMPLOYEE)'", e.getMessage());
  }

  @Test
  void rejectsLedgersInTheWrongViews() {
    InvalidValueException current = assertThrows(InvalidValueException.class,
        () -> GapRule.defaults().assess(WISH, WISH));
    assertEquals("Balance rule desired-gap: current must be a CURRENT ledger, got 'p07-wish"
        + " (DESIRED)'", current.getMessage());
    InvalidValueException desired = assertThrows(InvalidValueException.class,
        () -> GapRule.defaults().assess(NOW, NOW));
    assertEquals("Balance rule desired-gap: desired must be a DESIRED ledger, got 'p07-now"
        + " (CURRENT)'", desired.getMessage());
  }

  @Test
  void rejectsDeclaredLedgersThatAreNotDesiredOrRepeatAnExchange() {
    InvalidValueException view = assertThrows(InvalidValueException.class,
        () -> GapRule.against(List.of(NOW)));
    assertEquals("Balance rule desired-gap: desired must hold DESIRED ledgers only, got"
        + " 'p07-now (CURRENT)'", view.getMessage());
    InvalidValueException twice = assertThrows(InvalidValueException.class,
        () -> GapRule.against(List.of(WISH, WISH.withId(dev.valuex.core.LedgerId.of("w2")))));
    assertEquals("Balance rule desired-gap: desired must hold at most one ledger per subject and"
        + " perspective, got 'w2 (INDIVIDUAL P07, CUSTOMER)'", twice.getMessage());
  }

  @Test
  void anEmptyCurrentLedgerMissesEverythingWanted() {
    Assessment a = GapRule.defaults().assess(current("p07-now"), WISH);
    assertEquals(Status.IN_HEAVY, a.status());
    assertEquals(ImmutableMap.of("wantedButMissing", 4.0, "presentButNotWanted", 0.0,
        "importanceShifts", 0.0, "gapsGivingMore", 3.0, "gapsGettingMore", 1.0), a.figures());
  }

  @Test
  void asManyGapsEachWayAreBalanced() {
    Ledger now = current("p07-now", in("money"), in("time"), out("savings"),
        out("status-recognition"));
    Ledger wish = ledger("p07-wish", "P07", View.DESIRED, in("money"), out("savings"),
        out("quality"), in("feedback"));
    Assessment a = GapRule.defaults().assess(now, wish);
    assertEquals(Status.BALANCED, a.status());
    assertEquals(2.0, a.figures().get("gapsGivingMore"));
    assertEquals(2.0, a.figures().get("gapsGettingMore"));
  }
}
