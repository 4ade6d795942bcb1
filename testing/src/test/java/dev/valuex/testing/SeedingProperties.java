package dev.valuex.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.ValueElement;
import dev.valuex.planning.PlanId;
import dev.valuex.planning.PlanRow;
import dev.valuex.planning.ValueCreationPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of seeding a plan from chosen elements and the ledgers behind them. */
class SeedingProperties {

  @Property(tries = 200)
  void seedingKeepsEveryChosenElementAndTracesEachRowToItsLedgers(
      @ForAll("study") Study study) {
    ValueCreationPlan plan = ValueCreationPlan.seededFrom(PlanId.of("seeded"), "Seeded",
        LocalDate.of(2026, 4, 1), study.chosen, study.ledgers);
    assertEquals(study.chosen.size(), plan.rows().size());
    for (int i = 0; i < study.chosen.size(); i++) {
      ValueElement element = study.chosen.get(i);
      PlanRow row = plan.rows().get(i);
      assertEquals(element.id(), row.element());
      assertEquals(element.sentence(), row.sentence().orElseThrow());
      int evidence = 0;
      List<Object> expectedLedgers = new ArrayList<>();
      for (Ledger l : study.ledgers) {
        LedgerEntry e = l.entry(element.id(), row.side()).orElse(null);
        if (e != null) {
          expectedLedgers.add(l.id());
          evidence += e.evidence().size();
        }
      }
      assertEquals(expectedLedgers, new ArrayList<Object>(row.sourceLedgers()));
      assertEquals(evidence, row.evidence().size());
      long onRowSide = study.ledgers.stream()
          .filter(l -> l.entry(element.id(), row.side()).isPresent()).count();
      long onOtherSide = study.ledgers.stream()
          .filter(l -> l.entry(element.id(), row.side().opposite()).isPresent()).count();
      assertTrue(onRowSide >= onOtherSide);
    }
    assertTrue(plan.sourceLedgers().stream().allMatch(
        id -> plan.rows().stream().anyMatch(r -> r.sourceLedgers().contains(id))));
  }

  @Provide
  Arbitrary<Study> study() {
    ImmutableList<ElementId> universe = LedgerArbitrary.DEFAULT_ELEMENTS;
    Arbitrary<List<Ledger>> ledgers = ValuexArbitraries.ledgers().entriesPerLedger(0, 8)
        .list().ofMaxSize(6).uniqueElements(Ledger::id);
    Arbitrary<List<ValueElement>> chosen = Arbitraries.subsetOf(universe).ofMaxSize(6)
        .flatMap(ids -> {
          if (ids.isEmpty()) {
            return Arbitraries.just(List.<ValueElement>of());
          }
          List<Arbitrary<ValueElement>> each = new ArrayList<>();
          for (ElementId id : ids) {
            each.add(ValuexArbitraries.valueElements().map(e -> e.withId(id)));
          }
          return Combinators.combine(each).as(list -> list);
        });
    return Combinators.combine(chosen, ledgers).as(Study::new);
  }

  static final class Study {
    final List<ValueElement> chosen;
    final List<Ledger> ledgers;

    Study(List<ValueElement> chosen, List<Ledger> ledgers) {
      this.chosen = chosen;
      this.ledgers = ledgers;
    }

    @Override
    public String toString() {
      return chosen + " from " + ledgers;
    }
  }
}
