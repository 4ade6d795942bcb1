package dev.valuex.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.Side;
import dev.valuex.core.journey.GapFinding;
import dev.valuex.core.journey.Gaps;
import dev.valuex.core.journey.Journey;
import dev.valuex.core.journey.JourneyModel;
import dev.valuex.core.journey.Obstacle;
import dev.valuex.core.journey.OrganisationFunction;
import dev.valuex.core.journey.Phase;
import dev.valuex.core.journey.Stage;
import dev.valuex.core.journey.StageBreakdown;
import dev.valuex.core.journey.StageMapping;
import dev.valuex.core.journey.StageTags;
import dev.valuex.core.journey.Touchpoint;
import dev.valuex.planning.RowStages;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class JourneyProperties {

  @Property(tries = 300)
  void everyStageOfAGeneratedModelHasExactlyOnePhaseAndPrePurchaseComesFirst(
      @ForAll("models") JourneyModel model) {
    long pre = model.stages().stream().filter(s -> s.phase() == Phase.PRE_PURCHASE).count();
    long post = model.stages().stream().filter(s -> s.phase() == Phase.POST_PURCHASE).count();
    assertEquals(model.stages().size(), pre + post);
    for (int i = 0; i < model.stages().size(); i++) {
      assertEquals(i < pre ? Phase.PRE_PURCHASE : Phase.POST_PURCHASE,
          model.stages().get(i).phase());
    }
  }

  @Property(tries = 200)
  void forAllJourneyTypesWorkWithoutProvideMethodsAndNameOnlyStagesOfTheirModel(
      @ForAll Journey journey, @ForAll StageTags tags, @ForAll RowStages rows) {
    for (Touchpoint t : journey.touchpoints()) {
      assertTrue(journey.model().stage(t.stage()).isPresent(), t.stage());
    }
    for (String stage : tags.tags().values()) {
      assertTrue(tags.model().stage(stage).isPresent(), stage);
    }
    for (String stage : rows.stages().values()) {
      assertTrue(rows.model().stage(stage).isPresent(), stage);
    }
  }

  @Property(tries = 300)
  void aMappingIsTotalKeepsPhasesAndItsInverseCoversEveryStageOnce(
      @ForAll("mappings") StageMapping mapping) {
    Set<Stage> seen = new HashSet<>();
    for (Stage s : mapping.from().stages()) {
      Stage target = mapping.apply(s);
      assertTrue(mapping.to().stages().contains(target));
      assertEquals(s.phase(), target.phase());
    }
    for (Stage t : mapping.to().stages()) {
      assertTrue(!mapping.inverse().get(t).isEmpty(), t.name());
      for (Stage s : mapping.inverse().get(t)) {
        assertTrue(seen.add(s));
        assertEquals(t, mapping.apply(s));
      }
    }
    assertEquals(mapping.from().stages().size(), seen.size());
  }

  @Property(tries = 300)
  void gapCountsMatchUnownedStagesAndTouchpoints(@ForAll("journeys") Journey journey) {
    List<GapFinding> gaps = Gaps.find(journey, List.of());
    long unownedStages = journey.model().stages().stream()
        .filter(s -> journey.ownersOf(s.name()).isEmpty()).count();
    long unownedTouchpoints = journey.touchpoints().stream()
        .filter(t -> t.owner().isEmpty()).count();
    assertEquals(unownedStages, count(gaps, GapFinding.Kind.UNOWNED_STAGE));
    assertEquals(unownedTouchpoints, count(gaps, GapFinding.Kind.UNOWNED_TOUCHPOINT));
    assertTrue(count(gaps, GapFinding.Kind.MISSING_HAND_OFF)
        <= journey.model().transitions().size());
    gaps.forEach(g -> assertTrue(!g.explanation().isBlank()));
  }

  @Property(tries = 300)
  void oneFunctionOwningTheWholeJourneyLeavesNoOwnershipOrHandOffGaps(
      @ForAll("journeys") Journey journey) {
    OrganisationFunction everything = OrganisationFunction.builder().name("whole journey team")
        .addAllOwnedStages(journey.model().stages().stream().map(Stage::name).toList())
        .build();
    Journey covered = journey.function(everything.name()).isPresent() ? journey
        : journey.withFunctions(com.google.common.collect.ImmutableList.<OrganisationFunction>
            builder().addAll(journey.functions()).add(everything).build());
    List<GapFinding> gaps = Gaps.find(covered, List.of());
    if (covered != journey) {
      assertEquals(0, count(gaps, GapFinding.Kind.UNOWNED_STAGE));
      assertEquals(0, count(gaps, GapFinding.Kind.MISSING_HAND_OFF));
    }
  }

  @Property(tries = 300)
  void anObstacleIsAGapExactlyWhenItsStageHasNoTouchpoint(
      @ForAll("journeysWithObstacle") JourneyAndObstacle given) {
    List<GapFinding> gaps = Gaps.find(given.journey(), List.of(given.obstacle()));
    boolean served = !given.journey().touchpointsAt(given.obstacle().stage()).isEmpty();
    assertEquals(served ? 0 : 1, count(gaps, GapFinding.Kind.UNSERVED_OBSTACLE));
  }

  @Property(tries = 200)
  void taggingNeverChangesTheUntaggedTotals(@ForAll("taggedLedgers") Tagged given) {
    StageBreakdown tagged = StageBreakdown.of(given.ledgers(), given.tags());
    StageBreakdown untagged = StageBreakdown.of(given.ledgers(), StageTags.of(given.model()));
    for (Ledger l : given.ledgers()) {
      for (LedgerEntry e : l.entries()) {
        ElementId el = e.element();
        long holding = given.ledgers().stream()
            .filter(x -> x.entry(el, e.side()).isPresent()).count();
        assertEquals(holding, tagged.total(e.side(), el));
        assertEquals(holding, untagged.total(e.side(), el));
        assertEquals(holding, untagged.untagged(e.side(), el));
        long taggedSomewhere = given.ledgers().stream()
            .filter(x -> x.entry(el, e.side()).isPresent()
                && !given.tags().stagesOf(x, x.entry(el, e.side()).get()).isEmpty())
            .count();
        assertEquals(holding, taggedSomewhere + tagged.untagged(e.side(), el));
        for (Stage s : given.model().stages()) {
          assertTrue(tagged.count(s.name(), e.side(), el) <= holding);
        }
      }
    }
  }

  @Property(tries = 200)
  void breakdownsOfTwoPartsMergeIntoTheBreakdownOfTheWhole(@ForAll("taggedLedgers") Tagged given,
      @ForAll int cut) {
    List<Ledger> all = given.ledgers();
    int at = all.isEmpty() ? 0 : Math.floorMod(cut, all.size() + 1);
    assertEquals(StageBreakdown.of(all, given.tags()),
        StageBreakdown.of(all.subList(0, at), given.tags())
            .merge(StageBreakdown.of(all.subList(at, all.size()), given.tags())));
  }

  private static long count(List<GapFinding> gaps, GapFinding.Kind kind) {
    return gaps.stream().filter(g -> g.kind() == kind).count();
  }

  record JourneyAndObstacle(Journey journey, Obstacle obstacle) {}

  record Tagged(JourneyModel model, List<Ledger> ledgers, StageTags tags) {}

  @Provide
  Arbitrary<JourneyModel> models() {
    return JourneyArbitraries.models();
  }

  @Provide
  Arbitrary<StageMapping> mappings() {
    return Arbitraries.oneOf(Arbitraries.just(StageMapping.eightToFive()),
        JourneyArbitraries.coarsenings());
  }

  @Provide
  Arbitrary<Journey> journeys() {
    return JourneyArbitraries.journeys();
  }

  @Provide
  Arbitrary<JourneyAndObstacle> journeysWithObstacle() {
    return JourneyArbitraries.journeys().flatMap(j -> JourneyArbitraries.obstacles(j.model())
        .map(o -> new JourneyAndObstacle(j, o)));
  }

  @Provide
  Arbitrary<Tagged> taggedLedgers() {
    return Combinators.combine(JourneyArbitraries.models(),
            ValuexArbitraries.ledgers().list().ofMaxSize(6)
                .uniqueElements(Ledger::id))
        .flatAs((model, ledgers) -> JourneyArbitraries.stageTags(model, ledgers)
            .map(tags -> new Tagged(model, ledgers, tags)));
  }
}
