package dev.valuex.testing;

import dev.valuex.core.ElementId;
import dev.valuex.planning.Offering;
import dev.valuex.planning.ValueProposition;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Factories of jqwik arbitraries for value propositions: offerings that create up to four
 * elements and relieve up to three costs, drawn from {@link LedgerArbitrary#DEFAULT_ELEMENTS}
 * so that they meet generated ledgers, and propositions of one to five offerings with distinct
 * names.
 *
 * <pre>{@code
 * @Property
 * void fitIsAShare(@ForAll ValueProposition offer, @ForAll List<Ledger> ledgers) { ... }
 * }</pre>
 */
public final class PropositionArbitraries {
  private PropositionArbitraries() {}

  /**
   * Generates offerings of every kind, each naming at least one element it creates or relieves.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<Offering> offerings() {
    Arbitrary<Set<ElementId>> creates =
        Arbitraries.subsetOf(LedgerArbitrary.DEFAULT_ELEMENTS).ofMaxSize(4);
    Arbitrary<Set<ElementId>> relieves =
        Arbitraries.subsetOf(LedgerArbitrary.DEFAULT_ELEMENTS).ofMaxSize(3);
    return Combinators.combine(Texts.phrase(3), Arbitraries.of(Offering.Kind.class),
            Texts.phrase(8).optional(), creates, relieves)
        .as((name, kind, description, c, r) -> Offering.builder().name(name).kind(kind)
            .description(description).addAllCreates(c).addAllRelieves(r)
            // an offering names at least one element: default to the first sought element
            .addAllCreates(c.isEmpty() && r.isEmpty()
                ? List.of(LedgerArbitrary.DEFAULT_ELEMENTS.get(0)) : List.of())
            .build());
  }

  /**
   * Generates propositions of one to five offerings with distinct names.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<ValueProposition> propositions() {
    return Combinators.combine(Texts.phrase(4), Texts.phrase(10).optional(),
            offerings().list().ofMinSize(1).ofMaxSize(5).uniqueElements(Offering::name))
        .as((name, description, offerings) -> ValueProposition.builder().name(name)
            .description(description).addAllOfferings(offerings).build());
  }
}
