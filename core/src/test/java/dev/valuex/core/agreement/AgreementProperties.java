package dev.valuex.core.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AgreementProperties {
  private static final Bootstrap QUICK = Bootstrap.of(200, 11);

  /** Two to four coders, 10 to 40 units, values 0..3, about one coding in ten missing. */
  @Provide
  Arbitrary<ReliabilityData<Integer>> data() {
    Arbitrary<Integer> coders = Arbitraries.integers().between(2, 4);
    Arbitrary<Integer> units = Arbitraries.integers().between(10, 40);
    return Combinators.combine(coders, units, Arbitraries.longs()).as((m, n, seed) -> {
      java.util.Random r = new java.util.Random(seed);
      List<String> names = new ArrayList<>();
      for (int c = 0; c < m; c++) {
        names.add("coder " + c);
      }
      ReliabilityData.Builder<Integer> b = ReliabilityData.<Integer>builder().addAllCoders(names);
      for (int u = 0; u < n; u++) {
        int truth = r.nextInt(4);
        Map<String, Integer> values = new LinkedHashMap<>();
        for (String name : names) {
          if (u > 0 && r.nextInt(10) == 0) {
            continue;
          }
          values.put(name, r.nextInt(3) == 0 ? r.nextInt(4) : truth);
        }
        b.addUnits(RatedUnit.of("u" + u, values));
      }
      return b.build();
    });
  }

  private static <V> ReliabilityData<V> shuffled(ReliabilityData<V> d, long seed) {
    List<String> coders = new ArrayList<>(d.coders());
    List<RatedUnit<V>> units = new ArrayList<>(d.units());
    Collections.shuffle(coders, new java.util.Random(seed));
    Collections.shuffle(units, new java.util.Random(seed + 1));
    return ReliabilityData.<V>builder().addAllCoders(coders).addAllUnits(units).build();
  }

  private static double value(Optional<Estimate> e) {
    return e.map(Estimate::value).orElse(Double.NaN);
  }

  @Property
  void identicalCodersAgreeFully(@ForAll("data") ReliabilityData<Integer> d) {
    ReliabilityData.Builder<Integer> b = ReliabilityData.<Integer>builder().addCoders("A", "B");
    for (RatedUnit<Integer> u : d.units()) {
      if (u.values().isEmpty()) {
        continue;
      }
      Integer v = u.values().values().iterator().next();
      b.addUnits(RatedUnit.of(u.id(), Map.of("A", v, "B", v)));
    }
    ReliabilityData<Integer> twins = b.build();
    assertEquals(1, value(twins.percentAgreement(QUICK)), 1e-12);
    twins.cohensKappa(QUICK).ifPresent(k -> assertEquals(1, k.value(), 1e-12));
    twins.fleissKappa(QUICK).ifPresent(k -> assertEquals(1, k.value(), 1e-12));
    twins.krippendorffAlpha(QUICK).ifPresent(k -> assertEquals(1, k.value(), 1e-12));
    twins.map(Set::of).alpha(Distance.masi(), QUICK)
        .ifPresent(k -> assertEquals(1, k.value(), 1e-12));
  }

  @Property
  void coefficientsDoNotDependOnCoderOrUnitOrder(@ForAll("data") ReliabilityData<Integer> d) {
    ReliabilityData<Integer> s = shuffled(d, d.units().hashCode());
    assertEquals(value(d.percentAgreement(QUICK)), value(s.percentAgreement(QUICK)), 1e-9);
    assertEquals(value(d.fleissKappa(QUICK)), value(s.fleissKappa(QUICK)), 1e-9);
    assertEquals(value(d.krippendorffAlpha(QUICK)), value(s.krippendorffAlpha(QUICK)), 1e-9);
    if (d.coders().size() == 2) {
      assertEquals(value(d.cohensKappa(QUICK)), value(s.cohensKappa(QUICK)), 1e-9);
    }
  }

  @Property
  void coefficientsAreAtMostOne(@ForAll("data") ReliabilityData<Integer> d) {
    ReliabilityData<Set<Integer>> sets = d.map(v -> v == 0 ? Set.of(0) : Set.of(0, v));
    for (Optional<Estimate> e : List.of(d.percentAgreement(QUICK), d.fleissKappa(QUICK),
        d.krippendorffAlpha(QUICK), sets.alpha(Distance.masi(), QUICK))) {
      e.ifPresent(x -> assertTrue(x.value() <= 1 + 1e-12 && x.upper() <= 1 + 1e-12,
          x::toString));
    }
  }

  @Property
  void bootstrapIntervalContainsTheEstimate(@ForAll("data") ReliabilityData<Integer> d) {
    for (Optional<Estimate> e : List.of(d.percentAgreement(QUICK), d.fleissKappa(QUICK),
        d.krippendorffAlpha(QUICK))) {
      e.ifPresent(x -> assertTrue(x.lower() <= x.value() && x.value() <= x.upper(),
          x::toString));
    }
  }

  @Property
  void masiAlphaEqualsNominalAlphaOnSingleCodes(@ForAll("data") ReliabilityData<Integer> d) {
    assertEquals(value(d.krippendorffAlpha(QUICK)),
        value(d.map(Set::of).alpha(Distance.masi(), QUICK)), 1e-9);
  }

  @Property
  void twoCodersWithoutMissingValuesGetFleissEqualToScottsPiBelowCohen(
      @ForAll("data") ReliabilityData<Integer> d) {
    // Scott's pi (Fleiss for two) never exceeds Cohen's kappa: its expected agreement uses the
    // pooled shares, whose squares sum to at least the product of the two coders' shares.
    ReliabilityData.Builder<Integer> b = ReliabilityData.<Integer>builder().addCoders("A", "B");
    d.units().stream().filter(u -> u.values().size() >= 2).forEach(u -> {
      List<Integer> v = new ArrayList<>(u.values().values());
      b.addUnits(RatedUnit.of(u.id(), Map.of("A", v.get(0), "B", v.get(1))));
    });
    ReliabilityData<Integer> two = b.build();
    Optional<Estimate> pi = two.fleissKappa(QUICK);
    Optional<Estimate> kappa = two.cohensKappa(QUICK);
    if (pi.isPresent() && kappa.isPresent()) {
      assertTrue(pi.get().value() <= kappa.get().value() + 1e-12);
    }
  }
}
