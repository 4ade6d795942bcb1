package dev.valuex.core.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.ElementId;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Side;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Looking things up in a journey as a team does: a function by its name, and entry references
 * in the order a report lists them.
 */
class JourneyLookupsTest {

  @Test
  void aJourneyFindsAFunctionByItsExactName() {
    OrganisationFunction sales = OrganisationFunction.builder().name("Sales").build();
    OrganisationFunction support = OrganisationFunction.builder().name("Support").build();
    Journey journey = Journey.builder().name("commute").model(JourneyModel.fiveStage())
        .addFunctions(sales, support).build();
    assertEquals(Optional.of(support), journey.function("Support"));
    assertEquals(Optional.of(sales), journey.function("Sales"));
    assertEquals(Optional.empty(), journey.function("Billing"));
  }

  @Test
  void entryReferencesSortByLedgerThenElementThenSide() {
    LedgerId p1 = LedgerId.of("p01-now");
    LedgerId p2 = LedgerId.of("p02-now");
    ElementId money = ElementId.parse("customer.money");
    ElementId time = ElementId.parse("customer.time");
    List<EntryRef> sorted = List.of(EntryRef.of(p1, money, Side.IN),
        EntryRef.of(p1, money, Side.OUT), EntryRef.of(p1, time, Side.IN),
        EntryRef.of(p2, money, Side.IN));
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = 0; j < sorted.size(); j++) {
        assertEquals(Integer.signum(Integer.compare(i, j)),
            Integer.signum(sorted.get(i).compareTo(sorted.get(j))), i + " against " + j);
      }
    }
    assertTrue(EntryRef.of(p1, money, Side.IN).compareTo(EntryRef.of(p1, money, Side.IN)) == 0);
  }
}
