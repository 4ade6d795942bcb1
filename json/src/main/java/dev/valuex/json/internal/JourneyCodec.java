package dev.valuex.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.valuex.core.ElementId;
import dev.valuex.core.LedgerId;
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
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
          .list("stages", STAGE.codec(), JourneyModel::stages, JourneyModel.Builder::addAllStages)
          .optional("renews_at", Shape.TEXT, JourneyModel::renewsAt,
              JourneyModel.Builder::renewsAt)
          .build();

  /** A job the customer wants done. */
  public static final Shape<Job, Job.Builder> JOB = Shape.of("a job", Job::builder,
          Job.Builder::build)
      .required("statement", Shape.TEXT, Job::statement, Job.Builder::statement)
      .required("kind", Shape.token(CHARACTERISTICS), Job::kind, Job.Builder::kind)
      .list("challenges", Shape.TEXT, Job::challenges, Job.Builder::addAllChallenges)
      .list("benefits", Shape.TEXT, Job::benefits, Job.Builder::addAllBenefits)
      .set("elements", ModelCodec.ELEMENT_ID, Job::elements, Job.Builder::addAllElements)
      .build();

  /** An organisation function: the stages it owns and whom it hands off to. */
  public static final Shape<OrganisationFunction, OrganisationFunction.Builder> FUNCTION =
      Shape.of("an organisation function", OrganisationFunction::builder,
              OrganisationFunction.Builder::build)
          .required("name", Shape.TEXT, OrganisationFunction::name,
              OrganisationFunction.Builder::name)
          .set("owned_stages", Shape.TEXT, OrganisationFunction::ownedStages,
              OrganisationFunction.Builder::addAllOwnedStages)
          .set("hands_off_to", Shape.TEXT, OrganisationFunction::handsOffTo,
              OrganisationFunction.Builder::addAllHandsOffTo)
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
          .list("jobs", JOB.codec(), Journey::jobs, Journey.Builder::addAllJobs)
          .list("functions", FUNCTION.codec(), Journey::functions,
              Journey.Builder::addAllFunctions)
          .list("touchpoints", TOUCHPOINT.codec(), Journey::touchpoints,
              Journey.Builder::addAllTouchpoints)
          .build();

  /**
   * Writes a stage-tags document: the model, then one object per tagged entry with its stages.
   *
   * @param g the generator
   * @param tags the tags
   * @throws IOException if the generator fails
   */
  public static void writeStageTags(JsonGenerator g, StageTags tags) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", STAGE_TAGS_FORMAT);
    g.writeFieldName("model");
    MODEL.write(g, tags.model());
    g.writeArrayFieldStart("tags");
    for (Map.Entry<EntryRef, Collection<String>> e : tags.tags().asMap().entrySet()) {
      g.writeStartObject();
      g.writeStringField("ledger", e.getKey().ledger().value());
      g.writeStringField("element", e.getKey().element().toString());
      g.writeStringField("side", ModelCodec.SIDES.token(e.getKey().side()));
      ModelCodec.texts(g, "stages", e.getValue());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Returns a reader of stage-tags documents.
   *
   * @return the reader
   */
  public static CodecDeserializer.Reader<StageTags> stageTagsReader() {
    return JourneyCodec::readStageTags;
  }

  private static Optional<StageTags> readStageTags(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "stage tags").flatMap(f -> {
      f.format(STAGE_TAGS_FORMAT);
      Optional<JourneyModel> model = f.object("model", true, (n, ptr) -> MODEL.read(n, ptr, p));
      List<Map.Entry<EntryRef, List<String>>> tags = f.array("tags",
          (n, ptr) -> Fields.of(n, ptr, p, "a stage tag").flatMap(t -> {
            Optional<LedgerId> ledger = t.text("ledger", true, LedgerId::of);
            Optional<ElementId> element = t.text("element", true, ModelCodec::elementId);
            Optional<Side> side = t.token("side", ModelCodec.SIDES, true);
            List<String> stages = t.distinctTexts("stages");
            return t.build(() -> Map.entry(EntryRef.of(ledger.get(), element.get(), side.get()),
                stages));
          }));
      return f.build(() -> {
        StageTags.Builder b = StageTags.builder().model(model.get());
        tags.forEach(e -> b.putAllTags(e.getKey(), e.getValue()));
        return b.build();
      });
    });
  }

  /**
   * Writes a row-stages document: the model, then one object per plan row with its stages.
   *
   * @param g the generator
   * @param rows the row stages
   * @throws IOException if the generator fails
   */
  public static void writeRowStages(JsonGenerator g, RowStages rows) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", ROW_STAGES_FORMAT);
    g.writeFieldName("model");
    MODEL.write(g, rows.model());
    g.writeArrayFieldStart("rows");
    for (Map.Entry<String, Collection<String>> e : rows.stages().asMap().entrySet()) {
      int space = e.getKey().lastIndexOf(' ');
      g.writeStartObject();
      g.writeStringField("element", e.getKey().substring(0, space));
      g.writeStringField("side",
          ModelCodec.SIDES.token(Side.valueOf(e.getKey().substring(space + 1))));
      ModelCodec.texts(g, "stages", e.getValue());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Returns a reader of row-stages documents.
   *
   * @return the reader
   */
  public static CodecDeserializer.Reader<RowStages> rowStagesReader() {
    return JourneyCodec::readRowStages;
  }

  private static Optional<RowStages> readRowStages(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "row stages").flatMap(f -> {
      f.format(ROW_STAGES_FORMAT);
      Optional<JourneyModel> model = f.object("model", true, (n, ptr) -> MODEL.read(n, ptr, p));
      List<Map.Entry<String, List<String>>> rows = f.array("rows",
          (n, ptr) -> Fields.of(n, ptr, p, "a plan row's stages").flatMap(r -> {
            Optional<ElementId> element = r.text("element", true, ModelCodec::elementId);
            Optional<Side> side = r.token("side", ModelCodec.SIDES, true);
            List<String> stages = r.distinctTexts("stages");
            return r.build(() -> Map.entry(RowStages.rowKey(element.get(), side.get()), stages));
          }));
      return f.build(() -> {
        RowStages.Builder b = RowStages.builder().model(model.get());
        rows.forEach(e -> b.putAllStages(e.getKey(), e.getValue()));
        return b.build();
      });
    });
  }
}
