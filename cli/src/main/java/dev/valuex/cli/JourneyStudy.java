package dev.valuex.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.valuex.core.ElementId;
import dev.valuex.core.Evidence;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.Side;
import dev.valuex.core.journey.GapFinding;
import dev.valuex.core.journey.Journey;
import dev.valuex.core.journey.Obstacle;
import dev.valuex.core.journey.StageBreakdown;
import dev.valuex.core.journey.StageTags;
import java.util.List;

/**
 * A journey laid over a study: the journey, the stage tags on the study's ledger entries, the
 * per-stage breakdown of elements sought and given, the obstacles drawn from tagged evidence and
 * the journey's gaps.
 *
 * <p>Obstacles follow one documented rule: an IN-side entry tagged with a stage whose element is
 * a cost the customer bears ({@link #COSTS}: money, time, effort, patience, personal data, risk,
 * emotional energy) records what the customer has to put in at that stage, so each piece of its
 * evidence names a barrier to consumption (before purchase) or a hurdle to satisfaction (after
 * it) there. IN-side contributions such as advocacy, loyalty or feedback are not obstacles.
 */
final class JourneyStudy {
  /** The IN-side elements that are costs to the customer, whose tagged evidence names obstacles. */
  static final ImmutableSet<ElementId> COSTS = ImmutableSet.of(
      ElementId.parse("customer.money"), ElementId.parse("customer.time"),
      ElementId.parse("customer.effort"), ElementId.parse("customer.patience"),
      ElementId.parse("customer.personal-data"), ElementId.parse("customer.risk"),
      ElementId.parse("customer.emotional-energy"));

  final Journey journey;
  final StageTags tags;
  final StageBreakdown breakdown;
  final ImmutableList<Obstacle> obstacles;
  final ImmutableList<GapFinding> gaps;

  JourneyStudy(Journey journey, StageTags tags, List<Ledger> ledgers) {
    if (!tags.model().equals(journey.model())) {
      throw new UsageException("the stage tags use model '" + tags.model().name()
          + "' but the journey uses model '" + journey.model().name() + "'",
          "tag entries with the stages of the journey's own model");
    }
    this.journey = journey;
    this.tags = tags;
    this.breakdown = StageBreakdown.of(ledgers, tags);
    this.obstacles = obstacles(ledgers, tags);
    this.gaps = dev.valuex.core.journey.Gaps.find(journey, obstacles);
  }

  /** A journey with no stage tags: gaps from the journey alone, nothing counted by stage. */
  static JourneyStudy untagged(Journey journey, List<Ledger> ledgers) {
    return new JourneyStudy(journey, StageTags.of(journey.model()), ledgers);
  }

  static ImmutableList<Obstacle> obstacles(List<Ledger> ledgers, StageTags tags) {
    ImmutableList.Builder<Obstacle> result = ImmutableList.builder();
    for (Ledger l : ledgers) {
      for (LedgerEntry e : l.entries()) {
        if (e.side() != Side.IN || !COSTS.contains(e.element())) {
          continue;
        }
        for (String stage : tags.stagesOf(l, e)) {
          for (Evidence ev : e.evidence()) {
            result.add(Obstacle.of(stage, ev));
          }
        }
      }
    }
    return result.build();
  }
}
