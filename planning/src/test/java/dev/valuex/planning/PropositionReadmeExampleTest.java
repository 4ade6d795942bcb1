package dev.valuex.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the README's proposition-fit sample, as written, on the riders of PropositionFitTest. */
class PropositionReadmeExampleTest {

  @Test
  void readmeSampleRuns() {
    List<Ledger> ledgers = PropositionFitTest.RIDERS;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      // README sample starts
      ValueProposition offer = ValueProposition.builder()
          .name("Pedal Commons, spring 2026")
          .addOfferings(
              Offering.builder().name("E-bike supplement").kind(Offering.Kind.PRODUCT)
                  .addCreates(ElementId.parse("customer.time-saving"))
                  .addRelieves(ElementId.parse("customer.effort")).build(),
              Offering.builder().name("Student pass").kind(Offering.Kind.SERVICE)
                  .addCreates(ElementId.parse("customer.savings"))
                  .addRelieves(ElementId.parse("customer.money")).build())
          .build();
      PropositionFit fit = PropositionFit.of(offer, ledgers);   // or a LedgerSummary
      System.out.printf("%.0f%% of sought value served%n",
          100 * fit.overall().servedShare().orElse(0));
      fit.overall().unserved().forEach(e ->
          System.out.println(e.element() + " sought by " + e.ledgers() + ", served by nothing"));
      fit.segment("student").ifPresent(s ->
          System.out.println("serving nothing students seek: " + s.idleOfferings()));
      ValueCreationPlan draft = fit.seedPlan(PlanId.of("unserved-2026"), "What we do not serve yet",
          LocalDate.of(2026, 5, 1), PropositionFitTest::card, ledgers);
      // README sample ends
      assertEquals(2, draft.rows().size());
    } finally {
      System.setOut(out);
    }
    assertEquals("67% of sought value served\n"
            + "customer.belonging sought by 1, served by nothing\n"
            + "customer.reliability sought by 1, served by nothing\n"
            + "serving nothing students seek: [E-bike supplement]\n",
        printed.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
  }
}
