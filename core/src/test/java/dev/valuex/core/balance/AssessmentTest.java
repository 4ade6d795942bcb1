package dev.valuex.core.balance;

import static dev.valuex.core.balance.Fixtures.current;
import static dev.valuex.core.balance.Fixtures.judgement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import dev.valuex.core.BalanceJudgement.Verdict;
import dev.valuex.core.InvalidValueException;
import dev.valuex.core.Ledger;
import dev.valuex.core.balance.Assessment.Status;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssessmentTest {
  static final Ledger LEDGER = current("p07-now");

  @Test
  void comparesWithTheOwnersJudgement() {
    Assessment inHeavy = Assessment.of("r", LEDGER, Status.IN_HEAVY, "why");
    assertEquals(Agreement.AGREES,
        inHeavy.agreementWith(Optional.of(judgement(Verdict.OWNER_GIVES_MORE))));
    assertEquals(Agreement.DISAGREES,
        inHeavy.agreementWith(Optional.of(judgement(Verdict.BALANCED))));
    assertEquals(Agreement.NOT_COMPARABLE,
        inHeavy.agreementWith(Optional.of(judgement(Verdict.UNDECIDED))));
    assertEquals(Agreement.NOT_COMPARABLE, inHeavy.agreementWith(Optional.empty()));
    assertEquals(Agreement.NOT_COMPARABLE, inHeavy.withStatus(Status.INCOMPLETE)
        .agreementWith(Optional.of(judgement(Verdict.BALANCED))));
  }

  @Test
  void statusesMirrorAndTranslateVerdicts() {
    assertEquals(Status.IN_HEAVY, Status.OUT_HEAVY.mirrored());
    assertEquals(Status.OUT_HEAVY, Status.IN_HEAVY.mirrored());
    assertEquals(Status.INCOMPLETE, Status.INCOMPLETE.mirrored());
    assertEquals(Optional.of(Status.OUT_HEAVY), Status.of(Verdict.OWNER_GETS_MORE));
    assertEquals(Optional.empty(), Status.of(Verdict.UNDECIDED));
  }

  @Test
  void rejectsNonFiniteFiguresAndBlankExplanations() {
    InvalidValueException nan = assertThrows(InvalidValueException.class,
        () -> Assessment.of("r", LEDGER, Status.BALANCED, "why").withFigures(
            java.util.Map.of("ratio", Double.NaN)));
    assertEquals("Assessment r of p07-now: figure ratio must be a finite number, got NaN",
        nan.getMessage());
    InvalidValueException blank = assertThrows(InvalidValueException.class,
        () -> Assessment.of("r", LEDGER, Status.BALANCED, " "));
    assertEquals("Assessment r of p07-now: explanation must not be blank, got ' '",
        blank.getMessage());
  }

  @Test
  void equalityIsByValue() {
    Assessment a = Assessment.of("r", LEDGER, Status.BALANCED, "why");
    new EqualsTester()
        .addEqualityGroup(a, Assessment.of("r", LEDGER, Status.BALANCED, "why"))
        .addEqualityGroup(a.withStatus(Status.IN_HEAVY))
        .addEqualityGroup(a.withExplanation("because"))
        .addEqualityGroup(a.withFigures(java.util.Map.of("ratio", 1.0)))
        .testEquals();
  }
}
