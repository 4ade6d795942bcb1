package dev.valuex.interchange.internal;

import dev.valuex.core.Side;
import dev.valuex.core.journey.EntryRef;
import dev.valuex.core.journey.Characteristic;
import dev.valuex.core.journey.Job;
import dev.valuex.core.journey.Journey;
import dev.valuex.core.journey.JourneyModel;
import dev.valuex.core.journey.OrganisationFunction;
import dev.valuex.core.journey.Phase;
import dev.valuex.core.journey.Stage;
import dev.valuex.core.journey.StageTags;
import dev.valuex.core.journey.Touchpoint;
import dev.valuex.planning.RowStages;
import java.util.Collection;
import java.util.Map;

/**
 * Writes and reads {@code valuex.journey/1} documents (a journey with its model), {@code
 * valuex.stage-tags/1} documents (stage tags on ledger entries) and {@code valuex.row-stages/1}
 * documents (the stages where plan rows create value), each with its model.
 */
public final class JourneyCodec {
  /** The format marker of journey documents. */
  public static final String JOURNEY_FORMAT = "valuex.journey/1";

  /** The format marker of stage-tags documents. */
  public static final String STAGE_TAGS_FORMAT = "valuex.stage-tags/1";

  /** The format marker of row-stages documents. */
  public static final String ROW_STAGES_FORMAT = "valuex.row-stages/1";

  static final Tokens<Phase> PHASES = Tokens.of(Phase.class);
  static final Tokens<Characteristic> CHARACTERISTICS = Tokens.of(Characteristic.class);

  private JourneyCodec() {}

  /** A stage of a journey model. */
  public static final Shape<Stage, Shape.Parts> STAGE = Shape.of("a stage",
          (Shape.Parts v) -> Stage.of(v.get("name"), v.get("phase")))
      .required("name", Shape.TEXT, Stage::name)
      .required("phase", Shape.token(PHASES), Stage::phase)
      .build();

  /** A journey model: its stages in order, and where it renews. */
  public static final Shape<JourneyModel, JourneyModel.Builder> MODEL =
      Shape.of("a journey model", JourneyModel::builder, JourneyModel.Builder::build)
          .required("name", Shape.TEXT, JourneyModel::name, JourneyModel.Builder::name)
          .list("stages", STAGE.codec(), JourneyModel::stages, JourneyModel.Builder::addStage)
          .optional("renews_at", Shape.TEXT, JourneyModel::renewsAt,
              JourneyModel.Builder::renewsAt)
          .build();

  /** A job the customer wants done. */
  public static final Shape<Job, Job.Builder> JOB = Shape.of("a job", Job::builder,
          Job.Builder::build)
      .required("statement", Shape.TEXT, Job::statement, Job.Builder::statement)
      .required("kind", Shape.token(CHARACTERISTICS), Job::kind, Job.Builder::kind)
      .list("challenges", Shape.TEXT, Job::challenges, Job.Builder::addChallenge)
      .list("benefits", Shape.TEXT, Job::benefits, Job.Builder::addBenefit)
      .set("elements", ModelCodec.ELEMENT_ID, Job::elements, Job.Builder::addElement)
      .build();

  /** An organisation function: the stages it owns and whom it hands off to. */
  public static final Shape<OrganisationFunction, OrganisationFunction.Builder> FUNCTION =
      Shape.of("an organisation function", OrganisationFunction::builder,
              OrganisationFunction.Builder::build)
          .required("name", Shape.TEXT, OrganisationFunction::name,
              OrganisationFunction.Builder::name)
          .set("owned_stages", Shape.TEXT, OrganisationFunction::ownedStages,
              OrganisationFunction.Builder::addOwnedStage)
          .set("hands_off_to", Shape.TEXT, OrganisationFunction::handsOffTo,
              OrganisationFunction.Builder::addHandsOffTo)
          .build();

  /** A touchpoint at a stage. */
  public static final Shape<Touchpoint, Touchpoint.Builder> TOUCHPOINT =
      Shape.of("a touchpoint", Touchpoint::builder, Touchpoint.Builder::build)
          .required("id", Shape.TEXT, Touchpoint::id, Touchpoint.Builder::id)
          .required("stage", Shape.TEXT, Touchpoint::stage, Touchpoint.Builder::stage)
          .required("channel", Shape.TEXT, Touchpoint::channel, Touchpoint.Builder::channel)
          .optional("description", Shape.TEXT, Touchpoint::description,
              Touchpoint.Builder::description)
          .required("characteristic", Shape.token(CHARACTERISTICS), Touchpoint::characteristic,
              Touchpoint.Builder::characteristic)
          .optional("owner", Shape.TEXT, Touchpoint::owner, Touchpoint.Builder::owner)
          .build();

  /** The {@code valuex.journey/1} document. */
  public static final Shape<Journey, Journey.Builder> JOURNEY =
      Shape.of("a journey", Journey::builder, Journey.Builder::build)
          .format(JOURNEY_FORMAT)
          .required("name", Shape.TEXT, Journey::name, Journey.Builder::name)
          .required("model", MODEL.codec(), Journey::model, Journey.Builder::model)
          .list("jobs", JOB.codec(), Journey::jobs, Journey.Builder::addJob)
          .list("functions", FUNCTION.codec(), Journey::functions,
              Journey.Builder::addFunction)
          .list("touchpoints", TOUCHPOINT.codec(), Journey::touchpoints,
              Journey.Builder::addTouchpoint)
          .build();

  /** A stage tag: the entry of a ledger and the stages where it happens. */
  public static final Shape<Map.Entry<EntryRef, Collection<String>>, Shape.Parts> TAG =
      Shape.of("a stage tag", (Shape.Parts v) -> Map.<EntryRef, Collection<String>>entry(
              EntryRef.of(v.get("ledger"), v.get("element"), v.get("side")),
              v.<String>list("stages")))
          .required("ledger", ModelCodec.LEDGER_ID, e -> e.getKey().ledger())
          .required("element", ModelCodec.ELEMENT_ID, e -> e.getKey().element())
          .required("side", Shape.token(ModelCodec.SIDES), e -> e.getKey().side())
          .set("stages", Shape.TEXT, Map.Entry::getValue)
          .build();

  /** The {@code valuex.stage-tags/1} document: the model, then one tag per tagged entry. */
  public static final Shape<StageTags, Shape.Parts> STAGE_TAGS = Shape.of("stage tags",
          (Shape.Parts v) -> {
            StageTags.Builder b = StageTags.builder().model(v.get("model"));
            v.<Map.Entry<EntryRef, Collection<String>>>list("tags")
                .forEach(e -> b.putAllTags(e.getKey(), e.getValue()));
            return b.build();
          })
      .format(STAGE_TAGS_FORMAT)
      .required("model", MODEL.codec(), StageTags::model)
      .list("tags", TAG.codec(), t -> t.tags().asMap().entrySet())
      .build();

  /** The stages where one plan row (an element and side) creates value. */
  public static final Shape<Map.Entry<String, Collection<String>>, Shape.Parts> ROW =
      Shape.of("a plan row's stages", (Shape.Parts v) -> Map.<String, Collection<String>>entry(
              RowStages.rowKey(v.get("element"), v.get("side")), v.<String>list("stages")))
          .required("element", ModelCodec.ELEMENT_ID,
              e -> ModelCodec.elementId(e.getKey().substring(0, e.getKey().lastIndexOf(' '))))
          .required("side", Shape.token(ModelCodec.SIDES),
              e -> Side.valueOf(e.getKey().substring(e.getKey().lastIndexOf(' ') + 1)))
          .set("stages", Shape.TEXT, Map.Entry::getValue)
          .build();

  /** The {@code valuex.row-stages/1} document: the model, then one object per plan row. */
  public static final Shape<RowStages, Shape.Parts> ROW_STAGES = Shape.of("row stages",
          (Shape.Parts v) -> {
            RowStages.Builder b = RowStages.builder().model(v.get("model"));
            v.<Map.Entry<String, Collection<String>>>list("rows")
                .forEach(e -> b.putAllStages(e.getKey(), e.getValue()));
            return b.build();
          })
      .format(ROW_STAGES_FORMAT)
      .required("model", MODEL.codec(), RowStages::model)
      .list("rows", ROW.codec(), r -> r.stages().asMap().entrySet())
      .build();
}
