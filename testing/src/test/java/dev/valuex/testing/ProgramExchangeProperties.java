package dev.valuex.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.HashMultiset;
import dev.valuex.planning.program.Benefit;
import dev.valuex.planning.program.Contribution;
import dev.valuex.planning.program.ExchangePairing;
import dev.valuex.planning.program.Finding;
import dev.valuex.planning.program.Priority;
import dev.valuex.planning.program.ProgramExchange;
import dev.valuex.planning.program.Quadrant;
import dev.valuex.planning.program.ViabilityQuestion;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

/** Laws of program value exchange: prioritisation and findings. */
@Domain(ValuexDomain.class)
class ProgramExchangeProperties {

  @Property(tries = 300)
  void prioritisationRanksEveryBenefitOnceByQuadrantThenValue(@ForAll ProgramExchange ex) {
    List<Priority> ranked = ex.prioritisedBenefits();
    assertEquals(HashMultiset.create(ex.benefits().stream().map(Benefit::id)
            .collect(Collectors.toList())),
        HashMultiset.create(ranked.stream().map(Priority::id).collect(Collectors.toList())));
    for (int i = 1; i < ranked.size(); i++) {
      Priority a = ranked.get(i - 1);
      Priority b = ranked.get(i);
      assertTrue(a.quadrant().compareTo(b.quadrant()) < 0
          || a.quadrant() == b.quadrant() && a.value() >= b.value(), a + " before " + b);
    }
    for (Priority p : ranked) {
      Benefit b = ex.benefit(p.id()).orElseThrow();
      assertEquals(b.perceivedValue() >= Quadrant.HIGH_FROM,
          p.quadrant() == Quadrant.QUICK_WIN || p.quadrant() == Quadrant.BIG_BET);
      assertEquals(b.feasibility() >= Quadrant.HIGH_FROM,
          p.quadrant() == Quadrant.QUICK_WIN || p.quadrant() == Quadrant.EASY_EXTRA);
    }
  }

  @Property(tries = 300)
  void unpairedFindingsNameExactlyTheItemsNoPairingMentions(@ForAll ProgramExchange ex) {
    Set<String> pairedB = ex.pairings().stream().map(ExchangePairing::benefit)
        .collect(Collectors.toSet());
    Set<String> pairedC = ex.pairings().stream().map(ExchangePairing::contribution)
        .collect(Collectors.toSet());
    assertEquals(ex.benefits().stream().map(Benefit::id).filter(id -> !pairedB.contains(id))
            .collect(Collectors.toList()),
        about(ex, Finding.Kind.UNPAIRED_BENEFIT));
    assertEquals(ex.contributions().stream().map(Contribution::id)
            .filter(id -> !pairedC.contains(id)).collect(Collectors.toList()),
        about(ex, Finding.Kind.UNPAIRED_CONTRIBUTION));
    assertEquals(ex.contributions().stream()
            .filter(c -> c.personalData() && !pairedC.contains(c.id())).map(Contribution::id)
            .collect(Collectors.toList()),
        about(ex, Finding.Kind.PERSONAL_DATA_WITHOUT_BENEFIT));
    assertEquals(ex.contributions().stream()
            .filter(c -> c.personalData() && c.purpose().isEmpty()).map(Contribution::id)
            .collect(Collectors.toList()),
        about(ex, Finding.Kind.PERSONAL_DATA_WITHOUT_PURPOSE));
  }

  @Property(tries = 300)
  void burdenAndViabilityFindingsFollowTheirRules(@ForAll ProgramExchange ex) {
    assertEquals(ex.totalBurden() > ex.totalPerceivedValue() ? 1 : 0,
        ex.findings().stream().filter(f -> f.kind() == Finding.Kind.BURDEN_EXCEEDS_VALUE)
            .count());
    for (ViabilityQuestion q : ViabilityQuestion.values()) {
      assertEquals(!ex.viability().containsKey(q),
          about(ex, Finding.Kind.VIABILITY_OPEN).contains(q.name()));
    }
  }

  private static List<String> about(ProgramExchange ex, Finding.Kind kind) {
    return ex.findings().stream().filter(f -> f.kind() == kind)
        .flatMap(f -> f.about().stream()).collect(Collectors.toList());
  }
}
