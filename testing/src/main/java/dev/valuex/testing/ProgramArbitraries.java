package dev.valuex.testing;

import dev.valuex.planning.program.Benefit;
import dev.valuex.planning.program.Contribution;
import dev.valuex.planning.program.ExchangePairing;
import dev.valuex.planning.program.ProgramExchange;
import dev.valuex.planning.program.ProgramScope;
import dev.valuex.planning.program.ProgramType;
import dev.valuex.planning.program.ViabilityQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Factories of jqwik arbitraries for program value exchanges. Generated exchanges have unique
 * ids per side, pairings that name their own items without repeats, personal data with and
 * without a purpose, and any subset of the viability questions answered.
 *
 * <pre>{@code
 * @Provide
 * Arbitrary<ProgramExchange> exchanges() {
 *   return ProgramArbitraries.exchanges();
 * }
 * }</pre>
 */
public final class ProgramArbitraries {
  private ProgramArbitraries() {}

  /**
   * Generates program scopes of every type with up to three constraints.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<ProgramScope> scopes() {
    return Combinators.combine(Texts.phrase(3), Arbitraries.of(ProgramType.class),
            Texts.phrase(6).list().ofMaxSize(3))
        .as((name, type, constraints) -> ProgramScope.builder().name(name).type(type)
            .addAllConstraints(constraints).build());
  }

  /**
   * Generates a benefit with a given id.
   *
   * @param id the id, a slug, not null
   * @return the arbitrary, never null
   */
  public static Arbitrary<Benefit> benefits(String id) {
    return Combinators.combine(Texts.phrase(8), ValuexArbitraries.elementIds().optional(),
            rating(), rating())
        .as((d, element, value, feasibility) -> Benefit.builder().id(id).description(d)
            .element(element).perceivedValue(value).feasibility(feasibility).build());
  }

  /**
   * Generates a contribution with a given id, personal data about half the time.
   *
   * @param id the id, a slug, not null
   * @return the arbitrary, never null
   */
  public static Arbitrary<Contribution> contributions(String id) {
    return Combinators.combine(Texts.phrase(8), ValuexArbitraries.elementIds().optional(),
            rating(), rating(), Arbitraries.of(true, false), Texts.phrase(8).optional())
        .as((d, element, value, burden, personal, purpose) -> Contribution.builder().id(id)
            .description(d).element(element).valueToBusiness(value).burden(burden)
            .personalData(personal).purpose(purpose).build());
  }

  /**
   * Generates exchanges of zero to six benefits and contributions each, with pairings drawn
   * from their ids.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<ProgramExchange> exchanges() {
    Arbitrary<List<Benefit>> benefits = Arbitraries.integers().between(0, 6)
        .flatMap(n -> each(n, "b", ProgramArbitraries::benefits));
    Arbitrary<List<Contribution>> contributions = Arbitraries.integers().between(0, 6)
        .flatMap(n -> each(n, "c", ProgramArbitraries::contributions));
    Arbitrary<Map<ViabilityQuestion, String>> viability = Arbitraries.maps(
        Arbitraries.of(ViabilityQuestion.class), Texts.phrase(8)).ofMaxSize(3);
    return Combinators.combine(scopes(), benefits, contributions, viability)
        .flatAs((scope, bs, cs, answers) -> pairings(bs, cs).map(ps -> ProgramExchange
            .builder().scope(scope).addAllBenefits(bs).addAllContributions(cs)
            .addAllPairings(ps).putAllViability(answers).build()));
  }

  private static Arbitrary<List<ExchangePairing>> pairings(List<Benefit> bs,
      List<Contribution> cs) {
    if (bs.isEmpty() || cs.isEmpty()) {
      return Arbitraries.just(List.of());
    }
    List<ExchangePairing> all = new ArrayList<>();
    for (Benefit b : bs) {
      for (Contribution c : cs) {
        all.add(ExchangePairing.of(b.id(), c.id()));
      }
    }
    return Arbitraries.subsetOf(all).map(ArrayList::new);
  }

  private static <T> Arbitrary<List<T>> each(int n, String prefix,
      Function<String, Arbitrary<T>> item) {
    if (n == 0) {
      return Arbitraries.just(List.of());
    }
    List<Arbitrary<T>> parts = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      parts.add(item.apply(prefix + i));
    }
    return Combinators.combine(parts).as(list -> list);
  }

  private static Arbitrary<Integer> rating() {
    return Arbitraries.integers().between(1, 5);
  }
}
