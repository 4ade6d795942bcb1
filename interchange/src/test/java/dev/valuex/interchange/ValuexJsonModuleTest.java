package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableMap;
import dev.valuex.core.ElementId;
import dev.valuex.core.Ledger;
import dev.valuex.core.LedgerId;
import dev.valuex.core.Side;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.core.analysis.GroupLedger;
import dev.valuex.core.journey.Characteristic;
import dev.valuex.core.journey.EntryRef;
import dev.valuex.core.journey.Journey;
import dev.valuex.core.journey.JourneyModel;
import dev.valuex.core.journey.OrganisationFunction;
import dev.valuex.core.journey.Stage;
import dev.valuex.core.journey.StageTags;
import dev.valuex.core.journey.Touchpoint;
import dev.valuex.core.journey.Job;
import dev.valuex.core.measure.Measure;
import dev.valuex.core.measure.Observation;
import dev.valuex.planning.Action;
import dev.valuex.planning.CreationApproach;
import dev.valuex.planning.PlanId;
import dev.valuex.planning.PlanRow;
import dev.valuex.planning.When;
import dev.valuex.planning.program.Benefit;
import dev.valuex.planning.program.Contribution;
import dev.valuex.planning.program.ProgramScope;
import dev.valuex.planning.Review;
import dev.valuex.planning.RowStages;
import dev.valuex.planning.ValueCreationPlan;
import dev.valuex.planning.ValueProposition;
import dev.valuex.planning.Offering;
import dev.valuex.planning.program.ExchangePairing;
import dev.valuex.planning.program.ProgramExchange;
import com.fasterxml.jackson.core.Version;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Jackson module on a plain {@code ObjectMapper}, as a user registers it: every document
 * type and its parts written as the facade writes them and read back equal, the strict and the
 * lenient form, and ids as map keys.
 */
class ValuexJsonModuleTest {
  // One mapper per test, not one per class: each test then registers the module afresh, as an
  // application does at start-up.
  private final ObjectMapper strict =
      JsonMapper.builder().addModule(new ValuexJsonModule()).build();
  private final ObjectMapper lenient =
      JsonMapper.builder().addModule(ValuexJsonModule.lenient()).build();
  private final ValuexJson json = ValuexJson.create();

  private <T> void sameAsFacade(T value, String facadeText, Class<T> type)
      throws IOException {
    assertEquals(facadeText, strict.writeValueAsString(value), type.getSimpleName());
    assertEquals(value, strict.readValue(facadeText, type), type.getSimpleName());
  }

  private <T> void roundTrips(T value, Class<T> type) throws IOException {
    assertEquals(value, strict.readValue(strict.writeValueAsString(value), type),
        type.getSimpleName());
  }

  static Journey journey() {
    return Journey.builder().name("broadband").model(JourneyModel.fiveStage())
        .addFunctions(OrganisationFunction.builder().name("Sales").addOwnedStages("Acquisition")
            .addHandsOffTo("Support").build(),
            OrganisationFunction.builder().name("Support").addOwnedStages("Service").build())
        .addTouchpoints(Touchpoint.builder().id("chat").stage("Service").channel("web chat")
            .description("set-up help").characteristic(Characteristic.EMOTIONAL)
            .owner("Support").build())
        .build();
  }

  @Test
  void everyDocumentIsWrittenAndReadByAPlainMapperAsTheFacadeDoes() throws IOException {
    sameAsFacade(Samples.ledger(), Samples.LEDGER_JSON, Ledger.class);
    sameAsFacade(Samples.element(), Samples.ELEMENT_JSON, dev.valuex.core.ValueElement.class);
    ValueCreationPlan plan = json.readPlan(PlanJsonTest.PLAN, PlanJsonTest.CARDS);
    sameAsFacade(plan, json.toJson(plan), ValueCreationPlan.class);
    ProgramExchange program = json.readProgram(PlanJsonTest.PROGRAM, PlanJsonTest.CARDS);
    sameAsFacade(program, json.toJson(program), ProgramExchange.class);
    sameAsFacade(journey(), json.toJson(journey()), Journey.class);
    StageTags tags = StageTags.of(JourneyModel.fiveStage()).tag(EntryRef.of(
        LedgerId.of("p01"), ElementId.parse("customer.savings"), Side.OUT), "Awareness");
    sameAsFacade(tags, json.toJson(tags), StageTags.class);
    RowStages rows = json.readRowStages("{\"format\":\"valuex.row-stages/1\",\"model\":"
        + "{\"name\":\"m\",\"stages\":[{\"name\":\"Buy\",\"phase\":\"pre_purchase\"}]},"
        + "\"rows\":[{\"element\":\"customer.savings\",\"side\":\"out\",\"stages\":[\"Buy\"]}]}");
    sameAsFacade(rows, json.toJson(rows), RowStages.class);
    GroupLedger group = GroupLedgerJsonTest.commuters();
    sameAsFacade(group, json.toJson(group), GroupLedger.class);
    ValueProposition bakery = PropositionJsonTest.bakery();
    sameAsFacade(bakery, json.toJson(bakery), ValueProposition.class);
  }

  @Test
  void thePartsOfEachDocumentSurviveAloneThroughAPlainMapper() throws IOException {
    Ledger ledger = Samples.ledger();
    roundTrips(ledger.subject(), dev.valuex.core.Subject.class);
    roundTrips(ledger.entries().get(0).evidence().get(0), dev.valuex.core.Evidence.class);
    roundTrips(Samples.element().provenance(), dev.valuex.core.Provenance.class);
    ValueCreationPlan plan = json.readPlan(PlanJsonTest.PLAN, PlanJsonTest.CARDS);
    roundTrips(plan.id(), PlanId.class);
    int parts = 0;
    for (Review r : plan.reviews()) {
      roundTrips(r, Review.class);
      for (Observation o : r.observations()) {
        roundTrips(o, Observation.class);
        parts++;
      }
    }
    for (PlanRow row : plan.rows()) {
      roundTrips(row, PlanRow.class);
      for (Measure m : row.measures()) {
        roundTrips(m, Measure.class);
      }
      for (CreationApproach a : row.approaches()) {
        roundTrips(a, CreationApproach.class);
        for (Action action : a.actions()) {
          roundTrips(action, Action.class);
          if (action.when().isPresent()) {
            roundTrips(action.when().get(), When.class);
            parts++;
          }
        }
      }
    }
    assertTrue(parts > 2, "the sample plan has observations and dated actions");
    ProgramExchange program = json.readProgram(PlanJsonTest.PROGRAM, PlanJsonTest.CARDS);
    roundTrips(program.scope(), ProgramScope.class);
    for (ExchangePairing p : program.pairings()) {
      roundTrips(p, ExchangePairing.class);
    }
    for (Benefit b : program.benefits()) {
      roundTrips(b, Benefit.class);
    }
    for (Contribution c : program.contributions()) {
      roundTrips(c, Contribution.class);
    }
    assertTrue(!program.benefits().isEmpty() && !program.contributions().isEmpty()
        && !program.pairings().isEmpty());
    for (Offering o : PropositionJsonTest.bakery().offerings()) {
      roundTrips(o, Offering.class);
    }
    Journey j = journey();
    roundTrips(j.model(), JourneyModel.class);
    roundTrips(Job.builder().statement("get to work on time").kind(Characteristic.FUNCTIONAL)
        .addChallenges("the bus is late").build(), Job.class);
    for (Stage s : j.model().stages()) {
      roundTrips(s, Stage.class);
    }
    roundTrips(j.functions().get(0), OrganisationFunction.class);
    roundTrips(j.touchpoints().get(0), Touchpoint.class);
    // Decks are registered when valuex-catalog is present, as it is here.
    dev.valuex.catalog.Deck deck = PlanJsonTest.CATALOG.decks().get(0);
    roundTrips(deck, dev.valuex.catalog.Deck.class);
    assertEquals("\"p07-current\"", strict.writeValueAsString(ledger.id()));
    assertEquals("\"customer.savings\"", strict.writeValueAsString(Samples.SAVINGS));
  }

  @Test
  void theStrictModuleRefusesUnknownFieldsAndTheLenientOneSkipsThem() throws IOException {
    String unknown = Samples.LEDGER_JSON.replace("\"owner\":\"P07\"",
        "\"owner\":\"P07\",\"colour\":\"red\"");
    // A document read at the top is not wrapped by Jackson: the exception is the module's own.
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> strict.readValue(unknown, Ledger.class));
    assertEquals(List.of("/colour: must be a field of a ledger (format, id, subject, owner,"
        + " author, perspective, view, context, purpose, as_of, entries, pairings, judgement,"
        + " notes, supersedes), got unknown field"),
        e.problems());
    assertEquals(Samples.ledger(), lenient.readValue(unknown, Ledger.class));
    ValuexFormatException bad = assertThrows(ValuexFormatException.class,
        () -> lenient.readValue(unknown.replace("\"view\":\"current\"", "\"view\":\"now\""),
            Ledger.class));
    assertEquals(List.of("/view: must be one of \"current\", \"desired\", got \"now\""),
        bad.problems());
  }

  @Test
  void theStrictAndLenientModulesAreToldApartByTheMapper() {
    ValuexJsonModule strict = new ValuexJsonModule();
    ValuexJsonModule lenient = ValuexJsonModule.lenient();
    assertEquals(false, strict.isLenient());
    assertEquals(true, lenient.isLenient());
    assertEquals("valuex", strict.getModuleName());
    assertEquals(Version.unknownVersion(), strict.version());
    assertEquals(ValuexJsonModule.class.getName() + ":lenient", lenient.getTypeId());
    ObjectMapper both = JsonMapper.builder().addModule(strict).addModule(lenient)
        .addModule(new ValuexJsonModule()).build();
    assertEquals(2, both.getRegisteredModuleIds().size());
  }

  @Test
  void idsAreWrittenAndReadAsMapKeys() throws IOException {
    Map<LedgerId, Integer> ledgers = ImmutableMap.of(LedgerId.of("p07"), 2, LedgerId.of("p08"),
        1);
    String text = strict.writeValueAsString(ledgers);
    assertEquals("{\"p07\":2,\"p08\":1}", text);
    assertEquals(ledgers, strict.readValue(text, new TypeReference<Map<LedgerId, Integer>>() {}));
    Map<PlanId, String> plans = ImmutableMap.of(PlanId.of("plan-1"), "a");
    Map<ElementId, Integer> elements = ImmutableMap.of(Samples.SAVINGS, 3);
    assertEquals("{\"customer.savings\":3}", strict.writeValueAsString(elements));
    String planText = strict.writeValueAsString(plans);
    assertEquals("{\"plan-1\":\"a\"}", planText);
    assertEquals(plans, strict.readValue(planText, new TypeReference<Map<PlanId, String>>() {}));
  }

  @Test
  void aBadIdAsAMapKeyIsReportedWithTheIdsRule() {
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> strict.readValue("{\"Customer Savings\":1}",
            new TypeReference<Map<ElementId, Integer>>() {}));
    assertEquals("Cannot deserialize Map key of type `dev.valuex.core.ElementId` from String"
        + " \"Customer Savings\": ElementId: text must be <deck>.<slug> with exactly one dot,"
        + " got 'Customer Savings'", e.getOriginalMessage());
    JsonMappingException ledger = assertThrows(JsonMappingException.class,
        () -> strict.readValue("{\" p07\":1}", new TypeReference<Map<LedgerId, Integer>>() {}));
    assertTrue(ledger.getOriginalMessage().startsWith("Cannot deserialize Map key of type"
        + " `dev.valuex.core.LedgerId` from String \" p07\": LedgerId"),
        ledger.getOriginalMessage());
    JsonMappingException plan = assertThrows(JsonMappingException.class,
        () -> strict.readValue("{\"\":1}", new TypeReference<Map<PlanId, Integer>>() {}));
    assertTrue(plan.getOriginalMessage().startsWith("Cannot deserialize Map key of type"
        + " `dev.valuex.planning.PlanId` from String \"\": PlanId"),
        plan.getOriginalMessage());
  }
}
