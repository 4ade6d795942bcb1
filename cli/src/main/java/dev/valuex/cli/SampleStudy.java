package dev.valuex.cli;

import com.google.common.collect.ImmutableList;
import dev.valuex.catalog.Catalog;
import dev.valuex.core.Ledger;
import dev.valuex.core.journey.Journey;
import dev.valuex.core.journey.StageTags;
import dev.valuex.interchange.CodingSheetImport;
import dev.valuex.interchange.ValuexJson;
import dev.valuex.planning.ValueCreationPlan;
import dev.valuex.planning.program.ProgramExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The bundled Pedal Commons sample study: a coding sheet of 409 coded statements from 40
 * interviews with the owners' balance judgements on some ledgers (its judgement columns), a
 * value creation plan with two
 * reviews, a loyalty program exchange and the riders' journey; the coding sheet's stage column
 * tags some of the coded entries with the journey's stages. See {@code sample/README.md} beside this class.
 */
final class SampleStudy {
  static final String SHEET = "sample/coding-sheet.csv";
  static final String PLAN = "sample/plan.json";
  static final String PROGRAM = "sample/program.json";
  static final String JOURNEY = "sample/journey.json";

  final ImmutableList<Ledger> ledgers;
  final ValueCreationPlan plan;
  final ProgramExchange program;
  final Journey journey;
  final StageTags tags;

  private SampleStudy(List<Ledger> ledgers, ValueCreationPlan plan, ProgramExchange program,
      Journey journey, StageTags tags) {
    this.ledgers = ImmutableList.copyOf(ledgers);
    this.plan = plan;
    this.program = program;
    this.journey = journey;
    this.tags = tags;
  }

  static SampleStudy load(Catalog catalog) {
    ValuexJson json = ValuexJson.create();
    Journey journey;
    try (InputStream in = resource(JOURNEY)) {
      journey = json.readJourney(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CodingSheetImport sheet;
    try (Reader in = reader(SHEET)) {
      sheet = Inputs.sheet(catalog).withJourneyModel(journey.model()).readWithStages(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Ledger> ledgers = sheet.ledgers();
    ValueCreationPlan plan;
    try (InputStream in = resource(PLAN)) {
      plan = json.readPlan(in, Inputs.resolver(catalog));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ProgramExchange program;
    try (InputStream in = resource(PROGRAM)) {
      program = json.readProgram(in, Inputs.resolver(catalog));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SampleStudy(ledgers, plan, program, journey, sheet.stageTags().orElseThrow());
  }

  static InputStream resource(String name) {
    return Objects.requireNonNull(SampleStudy.class.getResourceAsStream(name),
        () -> "bundled resource missing: " + name);
  }

  static Reader reader(String name) {
    return new InputStreamReader(resource(name), StandardCharsets.UTF_8);
  }
}
