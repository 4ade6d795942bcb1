package dev.valuex.cli;

import com.google.common.collect.ImmutableList;
import dev.valuex.catalog.Catalog;
import dev.valuex.core.BalanceJudgement;
import dev.valuex.core.Ledger;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.core.View;
import dev.valuex.core.journey.Journey;
import dev.valuex.core.journey.StageTags;
import dev.valuex.json.CodingSheetImport;
import dev.valuex.json.ValuexJson;
import dev.valuex.planning.ValueCreationPlan;
import dev.valuex.planning.program.ProgramExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The bundled Pedal Commons sample study: a coding sheet of 403 coded statements from 40
 * interviews, the owners' balance judgements on some ledgers, a value creation plan with two
 * reviews, a loyalty program exchange and the riders' journey; the coding sheet's stage column
 * tags some of the coded entries with the journey's stages. See {@code sample/README.md} beside this class.
 */
final class SampleStudy {
  static final String SHEET = "sample/coding-sheet.csv";
  static final String JUDGEMENTS = "sample/judgements.csv";
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
    List<Ledger> ledgers = withJudgements(sheet.ledgers(), readJudgements());
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

  /** A judgement as the sample's judgements sheet records it, keyed by subject and view. */
  static final class Recorded {
    final String subject;
    final View view;
    final BalanceJudgement judgement;

    Recorded(String subject, View view, BalanceJudgement judgement) {
      this.subject = subject;
      this.view = view;
      this.judgement = judgement;
    }
  }

  static List<Recorded> readJudgements() {
    List<Recorded> result = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader in = reader(JUDGEMENTS)) {
      for (CSVRecord r : format.parse(in)) {
        try {
          BalanceJudgement.Builder b = BalanceJudgement.builder()
              .verdict(BalanceJudgement.Verdict.valueOf(r.get("verdict")))
              .recordedBy(r.get("recordedBy"))
              .recordedOn(LocalDate.parse(r.get("date")));
          if (!r.get("rationale").isBlank()) {
            b.rationale(r.get("rationale"));
          }
          result.add(new Recorded(r.get("subject"), View.valueOf(r.get("view")), b.build()));
        } catch (RuntimeException e) {
          problems.add("row " + (r.getRecordNumber() + 1) + ": " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!problems.isEmpty()) {
      throw new ValuexFormatException(JUDGEMENTS, problems);
    }
    return result;
  }

  static List<Ledger> withJudgements(List<Ledger> ledgers, List<Recorded> judgements) {
    Map<String, BalanceJudgement> byKey = new HashMap<>();
    for (Recorded r : judgements) {
      byKey.put(r.subject + "/" + r.view, r.judgement);
    }
    List<Ledger> result = new ArrayList<>();
    for (Ledger l : ledgers) {
      BalanceJudgement j = byKey.get(l.subject().label() + "/" + l.view());
      result.add(j == null ? l : l.withJudgement(j));
    }
    return result;
  }

  static InputStream resource(String name) {
    return Objects.requireNonNull(SampleStudy.class.getResourceAsStream(name),
        () -> "bundled resource missing: " + name);
  }

  static Reader reader(String name) {
    return new InputStreamReader(resource(name), StandardCharsets.UTF_8);
  }
}
