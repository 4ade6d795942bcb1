package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Side;
import dev.valuex.core.Subject;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.core.analysis.GroupLedger;
import dev.valuex.core.analysis.GroupRule;
import dev.valuex.core.analysis.GroupThreshold;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A group ledger composed by a count of members rather than a share, with entries no member
 * weighed, written and read back; and a threshold that names neither a share nor a count.
 */
class GroupThresholdJsonTest {
  private final ValuexJson json = ValuexJson.create();

  @Test
  void aGroupComposedByACountOfMembersIsWrittenAndReadBack() {
    GroupLedger group = GroupLedger.compose(List.of(
        GroupLedgerJsonTest.member("p01", LocalDate.of(2026, 2, 3))
            .withEntry(LedgerEntry.of(GroupLedgerJsonTest.MONEY, Side.IN)),
        GroupLedgerJsonTest.member("p02", LocalDate.of(2026, 2, 4))
            .withEntry(LedgerEntry.of(GroupLedgerJsonTest.MONEY, Side.IN))),
        GroupRule.builder().id(LedgerId.of("riders")).subject(Subject.of(Subject.Kind.SEGMENT,
            "riders")).owner("panel").author("r2").threshold(GroupThreshold.ofCount(2))
            .withEvidence(false).build());
    String text = json.toJson(group);
    assertTrue(text.startsWith("{\"format\":\"valuex.group-ledger/1\",\"threshold\":"
        + "{\"at_least_count\":2},\"with_evidence\":false,\"required_members\":2,"), text);
    // No member weighed the entry: it has no median importance.
    assertTrue(text.endsWith("\"entries\":[{\"element\":\"customer.money\",\"side\":\"in\","
        + "\"members\":[\"p01\",\"p02\"],\"weighed\":0}]}"), text);
    assertEquals(group, json.readGroupLedger(text));
  }

  @Test
  void reportsAThresholdWithNeitherShareNorCount() {
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> json.readGroupLedger(GroupLedgerJsonTest.DOCUMENT.replace(
            "{\"at_least_share\":0.5}", "{}")));
    assertEquals(List.of("/threshold: must hold exactly one of at_least_share and"
        + " at_least_count, got neither"), e.problems());
  }
}
