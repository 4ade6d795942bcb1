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

  /**
   * Writes a journey document.
   *
   * @param g the generator
   * @param j the journey
   * @throws IOException if the generator fails
   */
  public static void writeJourney(JsonGenerator g, Journey j) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", JOURNEY_FORMAT);
    g.writeStringField("name", j.name());
    g.writeFieldName("model");
    writeModel(g, j.model());
    ModelCodec.array(g, "jobs", j.jobs(), JourneyCodec::writeJob);
    ModelCodec.array(g, "functions", j.functions(), JourneyCodec::writeFunction);
    ModelCodec.array(g, "touchpoints", j.touchpoints(), JourneyCodec::writeTouchpoint);
    g.writeEndObject();
  }

  /**
   * Writes a journey model: its stages and where it renews as a plain object.
   *
   * @param g the generator
   * @param m the value
   * @throws IOException if the generator fails
   */
  public static void writeModel(JsonGenerator g, JourneyModel m) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", m.name());
    ModelCodec.array(g, "stages", m.stages(), JourneyCodec::writeStage);
    if (m.renewsAt().isPresent()) {
      g.writeStringField("renews_at", m.renewsAt().get());
    }
    g.writeEndObject();
  }

  /**
   * Writes a stage of a journey model as a plain object.
   *
   * @param g the generator
   * @param s the value
   * @throws IOException if the generator fails
   */
  public static void writeStage(JsonGenerator g, Stage s) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", s.name());
    g.writeStringField("phase", PHASES.token(s.phase()));
    g.writeEndObject();
  }

  /**
   * Writes a job to be done as a plain object.
   *
   * @param g the generator
   * @param job the value
   * @throws IOException if the generator fails
   */
  public static void writeJob(JsonGenerator g, Job job) throws IOException {
    g.writeStartObject();
    g.writeStringField("statement", job.statement());
    g.writeStringField("kind", CHARACTERISTICS.token(job.kind()));
    ModelCodec.texts(g, "challenges", job.challenges());
    ModelCodec.texts(g, "benefits", job.benefits());
    ModelCodec.texts(g, "elements", job.elements().stream().map(ElementId::toString).toList());
    g.writeEndObject();
  }

  /**
   * Writes an organisation function as a plain object.
   *
   * @param g the generator
   * @param f the value
   * @throws IOException if the generator fails
   */
  public static void writeFunction(JsonGenerator g, OrganisationFunction f) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", f.name());
    ModelCodec.texts(g, "owned_stages", f.ownedStages());
    ModelCodec.texts(g, "hands_off_to", f.handsOffTo());
    g.writeEndObject();
  }

  /**
   * Writes a touchpoint as a plain object.
   *
   * @param g the generator
   * @param t the value
   * @throws IOException if the generator fails
   */
  public static void writeTouchpoint(JsonGenerator g, Touchpoint t) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", t.id());
    g.writeStringField("stage", t.stage());
    g.writeStringField("channel", t.channel());
    if (t.description().isPresent()) {
      g.writeStringField("description", t.description().get());
    }
    g.writeStringField("characteristic", CHARACTERISTICS.token(t.characteristic()));
    if (t.owner().isPresent()) {
      g.writeStringField("owner", t.owner().get());
    }
    g.writeEndObject();
  }

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
    writeModel(g, tags.model());
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
      Optional<JourneyModel> model = f.object("model", true, (n, ptr) -> readModel(n, ptr, p));
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
    writeModel(g, rows.model());
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
      Optional<JourneyModel> model = f.object("model", true, (n, ptr) -> readModel(n, ptr, p));
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

  /**
   * Returns a reader of journey documents.
   *
   * @return the reader
   */
  public static CodecDeserializer.Reader<Journey> journeyReader() {
    return JourneyCodec::readJourney;
  }

  private static Optional<Journey> readJourney(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "a journey").flatMap(f -> {
      f.format(JOURNEY_FORMAT);
      Optional<String> name = f.text("name", true);
      Optional<JourneyModel> model = f.object("model", true, (n, ptr) -> readModel(n, ptr, p));
      List<Job> jobs = f.array("jobs", (n, ptr) -> readJob(n, ptr, p));
      List<OrganisationFunction> functions =
          f.array("functions", (n, ptr) -> readFunction(n, ptr, p));
      List<Touchpoint> touchpoints = f.array("touchpoints", (n, ptr) -> readTouchpoint(n, ptr,
          p));
      return f.build(() -> Journey.builder().name(name.get()).model(model.get())
          .addAllJobs(jobs).addAllFunctions(functions).addAllTouchpoints(touchpoints).build());
    });
  }

  /**
   * Reads a journey model written as a plain object.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the value, empty when it had problems
   */
  public static Optional<JourneyModel> readModel(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "a journey model").flatMap(f -> {
      Optional<String> name = f.text("name", true);
      List<Stage> stages = f.array("stages", (n, ptr) -> readStage(n, ptr, p));
      Optional<String> renewsAt = f.text("renews_at", false);
      return f.build(() -> JourneyModel.builder().name(name.get()).addAllStages(stages)
          .renewsAt(renewsAt).build());
    });
  }

  /**
   * Reads a stage written as a plain object.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the value, empty when it had problems
   */
  public static Optional<Stage> readStage(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "a stage").flatMap(s -> {
      Optional<String> stage = s.text("name", true);
      Optional<Phase> phase = s.token("phase", PHASES, true);
      return s.build(() -> Stage.of(stage.get(), phase.get()));
    });
  }

  /**
   * Reads a job written as a plain object.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the value, empty when it had problems
   */
  public static Optional<Job> readJob(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "a job").flatMap(f -> {
      Optional<String> statement = f.text("statement", true);
      Optional<Characteristic> kind = f.token("kind", CHARACTERISTICS, true);
      List<String> challenges = f.texts("challenges");
      List<String> benefits = f.texts("benefits");
      List<ElementId> elements = f.distinctTexts("elements", ModelCodec::elementId);
      return f.build(() -> Job.builder().statement(statement.get()).kind(kind.get())
          .addAllChallenges(challenges).addAllBenefits(benefits).addAllElements(elements)
          .build());
    });
  }

  /**
   * Reads an organisation function written as a plain object.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the value, empty when it had problems
   */
  public static Optional<OrganisationFunction> readFunction(JsonNode node, String at,
      Problems p) {
    return Fields.of(node, at, p, "an organisation function").flatMap(f -> {
      Optional<String> name = f.text("name", true);
      List<String> owned = f.distinctTexts("owned_stages");
      List<String> handsOff = f.distinctTexts("hands_off_to");
      return f.build(() -> OrganisationFunction.builder().name(name.get())
          .addAllOwnedStages(owned).addAllHandsOffTo(handsOff).build());
    });
  }

  /**
   * Reads a touchpoint written as a plain object.
   *
   * @param node the node
   * @param at its JSON pointer
   * @param p where problems go
   * @return the value, empty when it had problems
   */
  public static Optional<Touchpoint> readTouchpoint(JsonNode node, String at, Problems p) {
    return Fields.of(node, at, p, "a touchpoint").flatMap(f -> {
      Optional<String> id = f.text("id", true);
      Optional<String> stage = f.text("stage", true);
      Optional<String> channel = f.text("channel", true);
      Optional<String> description = f.text("description", false);
      Optional<Characteristic> characteristic =
          f.token("characteristic", CHARACTERISTICS, true);
      Optional<String> owner = f.text("owner", false);
      return f.build(() -> Touchpoint.builder().id(id.get()).stage(stage.get())
          .channel(channel.get()).description(description)
          .characteristic(characteristic.get()).owner(owner).build());
    });
  }
}
