package dev.valuex.core.journey;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds where a journey leaves the customer stranded: stages no function owns, consecutive
 * stages whose owners have no hand-off between them, touchpoints no function owns, and
 * barriers or hurdles named in evidence at stages with no touchpoint. For an uninterrupted
 * journey the hand-off between functions must be continuous: a function that owns both stages
 * of a transition needs no hand-off.
 *
 * <pre>{@code
 * for (GapFinding gap : Gaps.find(journey, obstacles)) {
 *   System.out.println(gap.kind() + ": " + gap.explanation());
 * }
 * }</pre>
 */
public final class Gaps {
  private Gaps() {}

  /**
   * Returns the gaps of a journey, by kind in the order of {@link GapFinding.Kind}, then in
   * journey order.
   *
   * @param journey the journey, not null
   * @param obstacles barriers and hurdles named in evidence, not null
   * @return the findings, never null, empty when the journey has no gap
   * @throws dev.valuex.core.InvalidValueException if an obstacle names a stage the journey's
   *     model does not have
   */
  public static ImmutableList<GapFinding> find(Journey journey, Iterable<Obstacle> obstacles) {
    ImmutableList.Builder<GapFinding> result = ImmutableList.builder();
    JourneyModel model = journey.model();
    for (Stage s : model.stages()) {
      if (journey.ownersOf(s.name()).isEmpty()) {
        result.add(GapFinding.of(GapFinding.Kind.UNOWNED_STAGE, List.of(s.name()),
            "No function owns stage " + s.name() + ", so nobody is answerable for the "
                + s.phase().obstacles() + " the customer meets there."));
      }
    }
    for (List<Stage> t : model.transitions()) {
      String from = t.get(0).name();
      String to = t.get(1).name();
      List<OrganisationFunction> before = journey.ownersOf(from);
      List<OrganisationFunction> after = journey.ownersOf(to);
      if (before.isEmpty() || after.isEmpty() || connected(before, after)) {
        continue;
      }
      result.add(GapFinding.of(GapFinding.Kind.MISSING_HAND_OFF, List.of(from, to),
          "Stage " + from + " is owned by " + names(before) + " and stage " + to + " by "
              + names(after) + ", but none of the first hands off to any of the second, so the"
              + " customer's journey is interrupted between them."));
    }
    for (Touchpoint tp : journey.touchpoints()) {
      if (tp.owner().isEmpty()) {
        result.add(GapFinding.of(GapFinding.Kind.UNOWNED_TOUCHPOINT, List.of(tp.stage()),
            "Touchpoint " + tp.id() + " (" + tp.channel() + ") at stage " + tp.stage()
                + " has no owning function, so nobody keeps it working."));
      }
    }
    for (Obstacle o : obstacles) {
      Stage s = model.requireStage(o.stage(), "Obstacle", "stage");
      if (journey.touchpointsAt(s.name()).isEmpty()) {
        result.add(GapFinding.of(GapFinding.Kind.UNSERVED_OBSTACLE, List.of(s.name()),
            "Evidence names a " + s.phase().obstacle() + " at stage " + s.name() + " (\""
                + o.evidence().text() + "\"), but the journey has no touchpoint there to"
                + " remove it."));
      }
    }
    return result.build();
  }

  private static boolean connected(List<OrganisationFunction> before,
      List<OrganisationFunction> after) {
    for (OrganisationFunction b : before) {
      for (OrganisationFunction a : after) {
        if (a.name().equals(b.name()) || b.handsOffTo().contains(a.name())) {
          return true;
        }
      }
    }
    return false;
  }

  private static String names(List<OrganisationFunction> functions) {
    return functions.stream().map(OrganisationFunction::name).collect(Collectors.joining(", "));
  }
}
