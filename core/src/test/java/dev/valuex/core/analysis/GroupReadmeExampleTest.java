package dev.valuex.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Side;
import dev.valuex.core.Subject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the README's group-ledger sample, as written, on the four commuters of GroupLedgerTest. */
class GroupReadmeExampleTest {

  @Test
  void readmeSampleRuns() {
    List<Ledger> commuterLedgers = GroupLedgerTest.FOUR;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      // README sample starts
      GroupLedger commuters = GroupLedger.compose(commuterLedgers, GroupRule.builder()
          .id(LedgerId.of("commuter-current"))
          .subject(Subject.of(Subject.Kind.SEGMENT, "commuter"))
          .owner("commuter panel").author("researcher-2")
          .threshold(GroupThreshold.ofShare(0.5))   // or GroupThreshold.ofCount(3)
          .withEvidence(true)                       // bring the members' quotes along
          .build());
      Ledger ledger = commuters.ledger();           // a SEGMENT ledger; nothing is judged
      GroupEntry timeSaving = commuters.entry(ElementId.parse("customer.time-saving"), Side.OUT)
          .orElseThrow();
      System.out.println(timeSaving.memberCount() + " of " + commuters.members().size()
          + " members, median importance " + timeSaving.medianImportance().getAsDouble());
      timeSaving.members().forEach(ref -> System.out.println("  " + ref.ledger()));
      // README sample ends
      assertEquals(2, ledger.entries().size());
    } finally {
      System.setOut(out);
    }
    assertEquals("3 of 4 members, median importance 4.5\n  a1\n  a2\n  a4\n",
        printed.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
  }
}
