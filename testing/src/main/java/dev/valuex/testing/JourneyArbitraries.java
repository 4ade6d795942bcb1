package dev.valuex.testing;

import com.google.common.collect.ImmutableList;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerEntry;
import dev.valuex.core.Side;
import dev.valuex.core.journey.Characteristic;
import dev.valuex.core.journey.EntryRef;
import dev.valuex.core.journey.Job;
import dev.valuex.core.journey.Journey;
import dev.valuex.core.journey.JourneyModel;
import dev.valuex.core.journey.Obstacle;
import dev.valuex.core.journey.OrganisationFunction;
import dev.valuex.core.journey.Phase;
import dev.valuex.core.journey.Stage;
import dev.valuex.core.journey.StageMapping;
import dev.valuex.core.journey.StageTags;
import dev.valuex.core.journey.Touchpoint;
import dev.valuex.planning.RowStages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Factories of jqwik arbitraries for jobs, journey models, journeys, obstacles, stage mappings,
 * stage tags and the stages of plan rows. Generated models put their pre-purchase stages first and may loop; generated
 * journeys name only their own stages and functions; names include ampersands, angle brackets
 * and quotes so XML and JSON exports meet awkward input.
 *
 * <pre>{@code
 * @Property
 * void gapsAreExplained(@ForAll("journeys") Journey journey) { ... }
 *
 * @Provide
 * Arbitrary<Journey> journeys() {
 *   return JourneyArbitraries.journeys();
 * }
 * }</pre>
 */
public final class JourneyArbitraries {
  private JourneyArbitraries() {}

  private static Arbitrary<String> name() {
    return Combinators.combine(Texts.phrase(3), Arbitraries.of("", "", " & co", " <b>", " \"x\""))
        .as(String::concat);
  }

  /**
   * Generates journey models of one to nine stages, the built-in ones among them.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<JourneyModel> models() {
    Arbitrary<JourneyModel> custom = name().list().uniqueElements().ofMinSize(1).ofMaxSize(9)
        .flatMap(names -> Combinators.combine(name(),
                Arbitraries.integers().between(0, names.size()),
                Arbitraries.integers().between(0, names.size() - 1).optional())
            .as((model, split, loop) -> {
              JourneyModel.Builder b = JourneyModel.builder().name(model);
              for (int i = 0; i < names.size(); i++) {
                b.addStage(Stage.of(names.get(i),
                    i < split ? Phase.PRE_PURCHASE : Phase.POST_PURCHASE));
              }
              loop.ifPresent(l -> b.renewsAt(names.get(l)));
              return b.build();
            }));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(JourneyModel.fiveStage())),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(JourneyModel.eightStage())),
        net.jqwik.api.Tuple.of(6, custom));
  }

  /**
   * Generates total mappings from a model onto a coarser one whose stages each merge a run of
   * consecutive stages of the same phase.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<StageMapping> coarsenings() {
    return models().flatMap(from -> Arbitraries.of(true, false).list()
        .ofSize(from.stages().size()).map(cuts -> {
          List<Stage> stages = from.stages();
          JourneyModel.Builder to = JourneyModel.builder().name("coarse " + from.name());
          List<String> targets = new ArrayList<>();
          String current = "";
          for (int i = 0; i < stages.size(); i++) {
            boolean phaseChange = i > 0 && stages.get(i - 1).phase() != stages.get(i).phase();
            if (i == 0 || phaseChange || cuts.get(i)) {
              current = "group " + (targets.isEmpty() ? 1 : countGroups(targets) + 1);
              to.addStage(Stage.of(current, stages.get(i).phase()));
            }
            targets.add(current);
          }
          StageMapping.Builder m = StageMapping.builder().from(from).to(to.build());
          for (int i = 0; i < stages.size(); i++) {
            m.putTarget(stages.get(i).name(), targets.get(i));
          }
          return m.build();
        }));
  }

  private static int countGroups(List<String> targets) {
    return (int) targets.stream().distinct().count();
  }

  /**
   * Generates jobs of every kind, with challenges, benefits and element links.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<Job> jobs() {
    return Combinators.combine(name(), Arbitraries.of(Characteristic.class),
            name().list().ofMaxSize(3), name().list().ofMaxSize(3),
            ValuexArbitraries.elementIds().set().ofMaxSize(3))
        .as((statement, kind, challenges, benefits, elements) -> Job.builder()
            .statement(statement).kind(kind).addAllChallenges(challenges)
            .addAllBenefits(benefits).addAllElements(elements).build());
  }

  /**
   * Generates journeys over generated models: up to four functions owning random stages with
   * random hand-offs, up to six touchpoints with or without an owner, and up to two jobs.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<Journey> journeys() {
    return models().flatMap(JourneyArbitraries::journeys);
  }

  /**
   * Generates journeys over one model.
   *
   * @param model the model, not null
   * @return the arbitrary, never null
   */
  public static Arbitrary<Journey> journeys(JourneyModel model) {
    List<String> stages = model.stages().stream().map(Stage::name)
        .collect(ImmutableList.toImmutableList());
    return name().list().uniqueElements().ofMaxSize(4).flatMap(fnames -> {
      Arbitrary<List<OrganisationFunction>> functions = Combinators.combine(
          Arbitraries.subsetOf(stages).list().ofSize(fnames.size()),
          Arbitraries.subsetOf(fnames.isEmpty() ? List.of("") : fnames).list()
              .ofSize(fnames.size()))
          .as((owned, handOffs) -> {
            List<OrganisationFunction> result = new ArrayList<>();
            for (int i = 0; i < fnames.size(); i++) {
              String n = fnames.get(i);
              result.add(OrganisationFunction.builder().name(n).addAllOwnedStages(owned.get(i))
                  .addAllHandsOffTo(handOffs.get(i).stream().filter(h -> !h.equals(n))
                      .filter(fnames::contains).toList())
                  .build());
            }
            return result;
          });
      Arbitrary<Touchpoint> touchpoint = Combinators.combine(Arbitraries.of(stages),
              name(), name().optional(), Arbitraries.of(Characteristic.class),
              fnames.isEmpty() ? Arbitraries.just(Optional.<String>empty())
                  : Arbitraries.of(fnames).optional())
          .as((stage, channel, description, characteristic, owner) -> Touchpoint.builder()
              .id("tp").stage(stage).channel(channel).description(description)
              .characteristic(characteristic).owner(owner).build());
      return Combinators.combine(name(), functions, touchpoint.list().ofMaxSize(6),
              jobs().list().ofMaxSize(2))
          .as((journey, fs, tps, jobs) -> {
            List<Touchpoint> numbered = new ArrayList<>();
            for (int i = 0; i < tps.size(); i++) {
              numbered.add(tps.get(i).withId("tp-" + (i + 1)));
            }
            return Journey.builder().name(journey).model(model).addAllFunctions(fs)
                .addAllTouchpoints(numbered).addAllJobs(jobs).build();
          });
    });
  }

  /**
   * Generates obstacles at stages of a model, with generated evidence.
   *
   * @param model the model, not null
   * @return the arbitrary, never null
   */
  public static Arbitrary<Obstacle> obstacles(JourneyModel model) {
    return Combinators.combine(Arbitraries.of(model.stages()), ValuexArbitraries.evidence())
        .as((stage, evidence) -> Obstacle.of(stage.name(), evidence));
  }

  /**
   * Generates stage tags on some entries of the given ledgers, each with one to three stages of
   * the model.
   *
   * @param model the model, not null
   * @param ledgers the ledgers whose entries may be tagged, not null
   * @return the arbitrary, never null
   */
  public static Arbitrary<StageTags> stageTags(JourneyModel model, List<Ledger> ledgers) {
    List<EntryRef> refs = new ArrayList<>();
    for (Ledger l : ledgers) {
      for (LedgerEntry e : l.entries()) {
        refs.add(EntryRef.to(l.id(), e));
      }
    }
    if (refs.isEmpty()) {
      return Arbitraries.just(StageTags.of(model));
    }
    List<String> stages = model.stages().stream().map(Stage::name).toList();
    Arbitrary<StageTags> tags = Combinators.combine(Arbitraries.of(refs),
            Arbitraries.subsetOf(stages).ofMinSize(1).ofMaxSize(3))
        .as((ref, ss) -> StageTags.of(model).tag(ref, ss.toArray(String[]::new)))
        .list().ofMaxSize(refs.size())
        .map(list -> {
          StageTags all = StageTags.of(model);
          for (StageTags t : list) {
            for (var e : t.tags().asMap().entrySet()) {
              all = all.tag(e.getKey(), e.getValue().toArray(String[]::new));
            }
          }
          return all;
        });
    return tags;
  }

  /**
   * Generates stage tags over generated models and up to six generated ledgers, for tests of
   * code that stores or exchanges tags without needing the ledgers themselves.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<StageTags> stageTags() {
    return Combinators.combine(models(),
            ValuexArbitraries.ledgers().list().ofMaxSize(6).uniqueElements(Ledger::id))
        .flatAs(JourneyArbitraries::stageTags);
  }

  /**
   * Generates the stages of up to five plan rows, each named by a generated element and side,
   * with one to three stages of a generated model.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<RowStages> rowStages() {
    return models().flatMap(JourneyArbitraries::rowStages);
  }

  /**
   * Generates the stages of up to five plan rows over one model.
   *
   * @param model the model, not null
   * @return the arbitrary, never null
   */
  public static Arbitrary<RowStages> rowStages(JourneyModel model) {
    List<String> stages = model.stages().stream().map(Stage::name).toList();
    return Combinators.combine(ValuexArbitraries.elementIds(), Arbitraries.of(Side.class),
            Arbitraries.subsetOf(stages).ofMinSize(1).ofMaxSize(3))
        .as(Row::new)
        .list().ofMaxSize(5)
        .map(rows -> {
          RowStages all = RowStages.of(model);
          for (Row r : rows) {
            all = all.with(r.element(), r.side(), r.stages().toArray(String[]::new));
          }
          return all;
        });
  }

  private record Row(ElementId element, Side side, Set<String> stages) {}
}
