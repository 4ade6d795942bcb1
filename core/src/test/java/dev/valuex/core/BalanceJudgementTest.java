package dev.valuex.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BalanceJudgementTest {
  static BalanceJudgement givesMore() {
    return BalanceJudgement.builder()
        .verdict(BalanceJudgement.Verdict.OWNER_GIVES_MORE)
        .rationale("I give my data and get little back")
        .recordedBy("researcher-2")
        .recordedOn(LocalDate.of(2026, 3, 14))
        .build();
  }

  @Test
  void rejectsBlankRecorder() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> givesMore().withRecordedBy(" "));
    assertEquals("BalanceJudgement: recordedBy must not be blank, got ' '", e.getMessage());
  }

  @Test
  void rejectsBlankRationale() {
    assertThrows(InvalidValueException.class, () -> givesMore().withRationale(""));
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(givesMore(), givesMore())
        .addEqualityGroup(givesMore().withVerdict(BalanceJudgement.Verdict.BALANCED))
        .addEqualityGroup(givesMore().withRecordedOn(LocalDate.of(2026, 3, 15)))
        .testEquals();
  }
}
