package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.valuex.catalog.Catalog;
import dev.valuex.core.ElementId;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.planning.Action;
import dev.valuex.planning.PlanRow;
import dev.valuex.planning.ValueCreationPlan;
import dev.valuex.planning.When;
import dev.valuex.planning.program.ProgramExchange;
import dev.valuex.planning.program.ViabilityQuestion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanJsonTest {
  static final Path SAMPLES = Path.of("../cli/src/main/resources/dev/valuex/cli/sample");
  static final String PLAN = sample("plan.json");
  static final String PROGRAM = sample("program.json");
  static final Catalog CATALOG = Catalog.defaults();
  static final ElementResolver CARDS = CatalogResolver.of(CATALOG);

  private final ValuexJson json = ValuexJson.create();

  static String sample(String name) {
    try {
      return Files.readString(SAMPLES.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ElementId card(String name) {
    return CATALOG.require(name).id();
  }

  private List<String> planProblems(String doc) {
    return assertThrows(ValuexFormatException.class, () -> json.readPlan(doc, CARDS))
        .problems();
  }

  private List<String> programProblems(String doc) {
    return assertThrows(ValuexFormatException.class, () -> json.readProgram(doc, CARDS))
        .problems();
  }

  @Test
  void modulesFoundByJacksonReadAndWritePlansAndProgramsLikeTheFacade() throws IOException {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    ValueCreationPlan plan = json.readPlan(PLAN, CARDS);
    String planJson = json.toJson(plan);
    assertEquals(planJson, mapper.writeValueAsString(plan));
    assertEquals(plan, mapper.readValue(planJson, ValueCreationPlan.class));
    ProgramExchange x = json.readProgram(PROGRAM, CARDS);
    String programJson = json.toJson(x);
    assertEquals(programJson, mapper.writeValueAsString(x));
    assertEquals(x, mapper.readValue(programJson, ProgramExchange.class));
  }

  @Test
  void moduleReportsPlanPartProblemsWithPointersIntoTheWholeDocument() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new ValuexJsonModule()).build();
    String doc = "{\"rows\":[{\"element\":\"customer.savings\",\"side\":\"SIDEWAYS\","
        + "\"extra\":1}]}";
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> mapper.readValue(doc, new TypeReference<Map<String, List<PlanRow>>>() {}));
    assertEquals(List.of("/rows/0/side: must be one of \"in\", \"out\", got \"SIDEWAYS\"",
            "/rows/0/extra: must be a field of a plan row (element, side, name, sentence,"
                + " approaches, measures, source_ledgers, evidence), got unknown field"),
        ((ValuexFormatException) e.getCause()).problems());
  }

  @Test
  void samplePlanReadsWithCardNamesResolvedThroughTheCatalog() {
    ValueCreationPlan plan = json.readPlan(PLAN, CARDS);
    assertEquals("pedal-commons-value-plan-2026", plan.id().value());
    assertEquals(LocalDate.of(2026, 5, 1), plan.createdOn());
    assertEquals(Period.ofMonths(1), plan.reviewCadence().orElseThrow());
    assertEquals(List.of(card("Time Saving"), card("Reliability"), card("Simplification"),
        card("Status/Recognition")), plan.rows().stream().map(PlanRow::element).toList());
    Action walk = plan.rows().get(0).approaches().get(1).actions().get(1);
    assertEquals(When.milestone("before the July review"), walk.when().orElseThrow());
    assertEquals(List.of("rider panel"), walk.who());
    assertEquals(Action.Status.PLANNED, walk.status());
    assertEquals(3.8, plan.observationsOf("rides ended early by a bike fault").get(1).value());
    assertEquals(2, plan.reviews().size());
    assertEquals(1, plan.reviews().get(0).notes().size());
  }

  @Test
  void sampleProgramReadsWithCardNamesResolvedThroughTheCatalog() {
    ProgramExchange x = json.readProgram(PROGRAM, CARDS);
    assertEquals("Pedal Points", x.scope().name());
    assertEquals(6, x.benefits().size());
    assertEquals(card("Personal Data"), x.contribution("c2").orElseThrow().element()
        .orElseThrow());
    assertEquals(true, x.contribution("c2").orElseThrow().purpose().isPresent());
    assertEquals(6, x.pairings().size());
    assertEquals(Set.of(ViabilityQuestion.values()), x.viability().keySet());
  }

  @Test
  void readmeExampleRuns() {
    String planText = PLAN;
    String programText = PROGRAM;
    ValuexJson json = ValuexJson.create();
    ElementResolver cards = CatalogResolver.of(Catalog.defaults());
    ValueCreationPlan plan = json.readPlan(planText, cards);
    String written = json.toJson(plan); // "element":"customer.time-saving"
    ProgramExchange program = json.readProgram(programText, cards);
    assertEquals(plan, json.readPlan(written));
    assertEquals(true, written.contains("\"element\":\"customer.time-saving\""));
    assertEquals("Pedal Points", program.scope().name());
  }

  @Test
  void samplesWrittenWithIdsReadBackWithoutACatalog() {
    ValueCreationPlan plan = json.readPlan(PLAN, CARDS);
    String written = json.toJson(plan);
    assertEquals(plan, json.readPlan(written));
    assertEquals(plan, json.readPlan(
        new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)),
        ElementResolver.idsOnly()));
    ProgramExchange x = json.readProgram(PROGRAM, CARDS);
    String program = json.toJson(x);
    assertEquals(x, json.readProgram(program));
    assertEquals(x, json.readProgram(
        new ByteArrayInputStream(program.getBytes(StandardCharsets.UTF_8)), CARDS));
  }

  @Test
  void planWriterUsesTheSampleFieldNamesAndSnakeCaseTokens() {
    String written = json.toJson(json.readPlan(PLAN, CARDS));
    for (String part : new String[] {"{\"format\":\"valuex.plan/1\",\"id\":",
        "\"element\":\"" + card("Time Saving") + "\",\"side\":\"out\"",
        "\"when\":\"before the July review\",\"who\":\"rider panel\",\"status\":\"planned\"",
        "\"target\":45,\"baseline\":110,\"defined_by\":\"customers\"", "\"value\":3.8"}) {
      assertEquals(true, written.contains(part), part);
    }
  }

  @Test
  void everyProblemOfAPlanIsReportedWithItsPointer() {
    String doc = PLAN
        .replace("\"format\": \"valuex.plan/1\"", "\"format\": \"valuex.plan/2\"")
        .replace("\"start_date\": \"2026-05-01\"", "\"start\": \"2026-05-01\"")
        .replace("\"element\": \"Time Saving\"", "\"element\": \"Time Savings\"")
        .replace("\"status\": \"in_progress\"", "\"status\": \"IN_PROGRESS\"")
        .replace("\"target\": 45", "\"target\": \"45\"")
        .replace("\"review_cadence\": \"P1M\"", "\"review_cadence\": \"monthly\"")
        .replace("\"when\": \"2026-06-10\"", "\"when\": \"2026-06-31\"")
        .replace("\"who\": \"researcher-2\"", "\"who\": [\"researcher-2\", 2]");
    String status = "must be one of \"planned\", \"in_progress\", \"done\", \"dropped\","
        + " got \"IN_PROGRESS\"";
    assertEquals(List.of(
        "/format: must be \"valuex.plan/1\", got \"valuex.plan/2\"",
        "/review_cadence: must be an ISO-8601 period such as P1M or P2W, got 'monthly'",
        "/start_date: must be present, got nothing",
        "/rows/0/element: must name a known value element, got 'Time Savings' (nearest known:"
            + " TIME SAVING, SAVINGS, IDEAS)",
        "/rows/0/approaches/0/actions/1/status: " + status,
        "/rows/0/approaches/1/actions/0/who/1: must be a string, got 2",
        "/rows/0/measures/0/target: must be a number, got \"45\"",
        "/rows/1/approaches/0/actions/1/status: " + status,
        "/rows/1/approaches/1/actions/0/status: " + status,
        "/rows/2/approaches/0/actions/2/when: must be a real date when written YYYY-MM-DD,"
            + " got '2026-06-31'",
        "/start: must be a field of a value creation plan (format, id, title, scope,"
            + " participants, review_cadence, start_date, target_subjects, source_ledgers, rows,"
            + " reviews), got unknown field"),
        planProblems(doc));
  }

  @Test
  void planModelRulesAreReportedAtTheFieldOrObjectThatBreaksThem() {
    assertEquals(List.of("/rows/1/measures/0/target: must be above the baseline 82 for AT_LEAST,"
        + " got 80.0"),
        planProblems(PLAN.replace("\"target\": 95", "\"target\": 80")));
    assertEquals(List.of("(root): ValueCreationPlan pedal-commons-value-plan-2026: review"
        + " 2026-05-31 observations must name measures of the plan, got 'steps to ride'"),
        planProblems(PLAN.replace("\"measure\": \"steps to a ready-to-ride bike\"",
            "\"measure\": \"steps to ride\"")));
  }

  @Test
  void everyProblemOfAProgramIsReportedWithItsPointer() {
    String doc = PROGRAM
        .replace("\"id\": \"b1\"", "\"id\": \"B1\"")
        .replace("\"perceived_value\": 5", "\"perceived_value\": 6")
        .replace("\"perceived_value\": 2,", "\"perceived_value\": 2.5,")
        .replace("\"personal_data\": false\n    },\n    {\n      \"id\": \"c4\"",
            "\"personal_data\": \"no\"\n    },\n    {\n      \"id\": \"c4\"")
        .replace("\"element\": \"Effort\"", "\"element\": \"Efort\"")
        .replace("\"type\": \"loyalty\"", "\"type\": \"LOYALTY\"")
        .replace("\"simple\":", "\"easy\":");
    assertEquals(List.of(
        "/type: must be one of \"loyalty\", \"subscription\", \"self_service\", \"membership\","
            + " \"other\", got \"LOYALTY\"",
        "/benefits/0/id: must be lower-case letters or digits in words joined by single"
            + " hyphens, got 'B1'",
        "/benefits/1/perceived_value: must be from 1 to 5, got 6",
        "/benefits/5/perceived_value: must be a whole number, got 2.5",
        "/contributions/2/personal_data: must be true or false, got \"no\"",
        "/contributions/4/element: must name a known value element, got 'Efort' (nearest known:"
            + " EFFORT, COMFORT, CARE)",
        "/viability/easy: must be a field of the viability answers (attractive, simple,"
            + " achievable), got unknown field"),
        programProblems(doc));
  }

  @Test
  void pairingsMustNameBenefitsAndContributionsOfTheProgram() {
    String doc = PROGRAM.replace("\"benefit\": \"b5\"", "\"benefit\": \"b9\"");
    assertEquals(List.of("(root): ProgramExchange 'Pedal Points': pairing b9 <-> c1 benefit"
        + " must name a benefit of the exchange, got 'b9'"), programProblems(doc));
  }

  @Test
  void cardNamesNeedAResolver() {
    assertEquals(List.of("/benefits/0/element: must name a known value element, got 'Rewards'"),
        assertThrows(ValuexFormatException.class,
        () -> json.readProgram(PROGRAM.substring(0, PROGRAM.indexOf("\"constraints\""))
            + "\"benefits\": [{\"id\": \"b1\", \"description\": \"Free minutes\","
            + " \"element\": \"Rewards\", \"perceived_value\": 4, \"feasibility\": 4}]}"))
        .problems());
  }

  @Test
  void truncatedPlansAndDuplicateKeysAreRejectedWithTheirLocation() {
    assertEquals(List.of("/scope (line 5, column 68): must be well-formed JSON, got Unexpected"
        + " end-of-input: was expecting closing quote for a string value"),
        planProblems(PLAN.substring(0, 200)));
    assertEquals(List.of("/type (line 4, column 28): must be well-formed JSON, got Duplicate"
        + " field 'type'"), programProblems(PROGRAM.replace("\"type\": \"loyalty\",",
            "\"type\": \"loyalty\", \"type\": \"other\",")));
  }

  @Test
  void lenientReadingSkipsUnknownFieldsOnly() {
    String doc = PROGRAM.replace("\"simple\":", "\"colour\": \"red\", \"simple\":");
    assertEquals(json.readProgram(PROGRAM, CARDS),
        ValuexJson.lenient().readProgram(doc, CARDS));
    assertEquals(List.of("/viability/colour: must be a field of the viability answers"
        + " (attractive, simple, achievable), got unknown field"), programProblems(doc));
  }
}
