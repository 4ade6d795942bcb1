package dev.valuex.interchange;

import dev.valuex.core.BalanceJudgement;
import dev.valuex.core.ElementId;
import dev.valuex.core.Evidence;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Pairing;
import dev.valuex.core.Perspective;
import dev.valuex.core.Provenance;
import dev.valuex.core.Side;
import dev.valuex.core.Subject;
import dev.valuex.core.ValueElement;
import dev.valuex.core.View;
import java.time.LocalDate;

/** Hand-written model values whose JSON form the tests spell out. */
final class Samples {
  static final ElementId SAVINGS = ElementId.parse("customer.savings");
  static final ElementId MONEY = ElementId.parse("customer.money");

  private Samples() {}

  static Ledger ledger() {
    return Ledger.builder()
        .id(LedgerId.of("p07-current"))
        .subject(Subject.builder().kind(Subject.Kind.INDIVIDUAL).label("P07")
            .addSegment("frequent-flyer").build())
        .owner("P07").author("researcher-2")
        .perspective(Perspective.CUSTOMER).view(View.CURRENT)
        .context("Airline loyalty programme")
        .asOf(LocalDate.of(2026, 3, 14))
        .build()
        .withEntry(LedgerEntry.of(SAVINGS, Side.OUT).withImportance(4)
            .withEvidence(Evidence.builder().kind(Evidence.Kind.QUOTE)
                .text("I always look around to get the best deal")
                .source("interview 7, 00:12:40").speaker("P07")
                .date(LocalDate.of(2026, 3, 10)).build()))
        .withEvidence(MONEY, Side.IN, Evidence.quote("I pay a yearly fee"))
        .withPairing(Pairing.of(MONEY, SAVINGS))
        .withJudgement(BalanceJudgement.builder()
            .verdict(BalanceJudgement.Verdict.OWNER_GIVES_MORE)
            .rationale("The fee eats the savings").recordedBy("researcher-2")
            .recordedOn(LocalDate.of(2026, 3, 14)).build())
        .withNotes("Second interview planned");
  }

  static final String LEDGER_JSON = "{\"format\":\"valuex.ledger/1\",\"id\":\"p07-current\","
      + "\"subject\":{\"kind\":\"individual\",\"label\":\"P07\",\"segments\":[\"frequent-flyer\"]},"
      + "\"owner\":\"P07\",\"author\":\"researcher-2\",\"perspective\":\"customer\","
      + "\"view\":\"current\",\"context\":\"Airline loyalty programme\",\"as_of\":\"2026-03-14\","
      + "\"entries\":[{\"element\":\"customer.savings\",\"side\":\"out\",\"importance\":4,"
      + "\"evidence\":[{\"kind\":\"quote\",\"text\":\"I always look around to get the best deal\","
      + "\"source\":\"interview 7, 00:12:40\",\"speaker\":\"P07\",\"date\":\"2026-03-10\"}]},"
      + "{\"element\":\"customer.money\",\"side\":\"in\","
      + "\"evidence\":[{\"kind\":\"quote\",\"text\":\"I pay a yearly fee\"}]}],"
      + "\"pairings\":[{\"given\":[\"customer.money\"],\"received\":[\"customer.savings\"]}],"
      + "\"judgement\":{\"verdict\":\"owner_gives_more\",\"rationale\":\"The fee eats the savings\","
      + "\"recorded_by\":\"researcher-2\",\"recorded_on\":\"2026-03-14\"},"
      + "\"notes\":[\"Second interview planned\"]}";

  static ValueElement element() {
    return ValueElement.builder()
        .id(SAVINGS).name("SAVINGS").shortPhrase("Spending less for what I need")
        .sentence("I keep more of my money because I pay less for the same thing")
        .perspective(Perspective.CUSTOMER).category("functional").typicalSide(Side.OUT)
        .addKeyword("discount").addExampleStatement("I wait for the sales")
        .provenance(Provenance.of(Provenance.Kind.PUBLIC_FRAMEWORK, "Bain Elements of Value"))
        .build();
  }

  static final String ELEMENT_JSON = "{\"format\":\"valuex.element/1\","
      + "\"id\":\"customer.savings\",\"name\":\"SAVINGS\","
      + "\"short_phrase\":\"Spending less for what I need\","
      + "\"sentence\":\"I keep more of my money because I pay less for the same thing\","
      + "\"perspective\":\"customer\",\"category\":\"functional\",\"typical_side\":\"out\","
      + "\"keywords\":[\"discount\"],\"example_statements\":[\"I wait for the sales\"],"
      + "\"example_measures\":[],"
      + "\"provenance\":{\"kind\":\"public_framework\",\"source\":\"Bain Elements of Value\"}}";
}
