package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.valuex.core.journey.Job;
import dev.valuex.core.journey.Journey;
import dev.valuex.core.journey.JourneyModel;
import dev.valuex.core.measure.Measure;
import dev.valuex.core.measure.Observation;
import dev.valuex.planning.Action;
import dev.valuex.planning.CreationApproach;
import dev.valuex.planning.PlanRow;
import dev.valuex.planning.ValueCreationPlan;
import dev.valuex.planning.When;
import dev.valuex.planning.program.Benefit;
import dev.valuex.planning.program.Contribution;
import dev.valuex.planning.program.ProgramExchange;
import dev.valuex.planning.program.ProgramScope;
import dev.valuex.testing.JourneyArbitraries;
import java.io.IOException;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Plans, program exchanges, journeys and their parts survive a round trip through a plain
 * Jackson mapper with the module registered, write the same text as the facade, and match the
 * shipped schemas. Plans come with reviews from valuex-testing's arbitrary provider.
 */
class ModulePlanningProperties {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().addModule(new ValuexJsonModule()).build();
  private final ValuexJson json = ValuexJson.create();

  private static <T> T roundTrip(T value, Class<T> type) throws IOException {
    return MAPPER.readValue(MAPPER.writeValueAsString(value), type);
  }

  @Property(tries = 500)
  void planWrittenThenReadByTheMapperIsEqual(@ForAll ValueCreationPlan plan)
      throws IOException {
    assertEquals(plan, roundTrip(plan, ValueCreationPlan.class));
  }

  @Property(tries = 500)
  void mapperWritesPlansAsTheFacadeDoesAndTheSchemaAccepts(
      @ForAll ValueCreationPlan plan) throws IOException {
    String text = MAPPER.writeValueAsString(plan);
    assertEquals(json.toJson(plan), text);
    assertEquals(Set.of(), PlanJsonProperties.PLAN.validate(MAPPER.readTree(text)));
  }

  @Property(tries = 500)
  void programWrittenThenReadByTheMapperIsEqual(
      @ForAll ProgramExchange exchange) throws IOException {
    assertEquals(exchange, roundTrip(exchange, ProgramExchange.class));
  }

  @Property(tries = 500)
  void mapperWritesProgramsAsTheFacadeDoesAndTheSchemaAccepts(
      @ForAll ProgramExchange exchange) throws IOException {
    String text = MAPPER.writeValueAsString(exchange);
    assertEquals(json.toJson(exchange), text);
    assertEquals(Set.of(), PlanJsonProperties.PROGRAM.validate(MAPPER.readTree(text)));
  }

  @Property(tries = 500)
  void journeyWrittenThenReadByTheMapperIsEqual(@ForAll("journeys") Journey journey)
      throws IOException {
    assertEquals(journey, roundTrip(journey, Journey.class));
    assertEquals(json.toJson(journey), MAPPER.writeValueAsString(journey));
  }

  @Property(tries = 500)
  void planRowsAndTheirPartsSurviveAloneThroughTheMapper(@ForAll PlanRow row)
      throws IOException {
    assertEquals(row, roundTrip(row, PlanRow.class));
    for (CreationApproach a : row.approaches()) {
      assertEquals(a, roundTrip(a, CreationApproach.class));
      for (Action action : a.actions()) {
        assertEquals(action, roundTrip(action, Action.class));
      }
    }
    for (Measure m : row.measures()) {
      assertEquals(m, roundTrip(m, Measure.class));
    }
  }

  @Property(tries = 500)
  void observationsAndWhensSurviveAloneThroughTheMapper(
      @ForAll Observation observation, @ForAll When when)
      throws IOException {
    assertEquals(observation, roundTrip(observation, Observation.class));
    assertEquals(when, roundTrip(when, When.class));
  }

  @Property(tries = 500)
  void programPartsSurviveAloneThroughTheMapper(@ForAll ProgramExchange exchange)
      throws IOException {
    assertEquals(exchange.scope(), roundTrip(exchange.scope(), ProgramScope.class));
    for (Benefit b : exchange.benefits()) {
      assertEquals(b, roundTrip(b, Benefit.class));
    }
    for (Contribution c : exchange.contributions()) {
      assertEquals(c, roundTrip(c, Contribution.class));
    }
  }

  @Property(tries = 500)
  void journeyPartsSurviveAloneThroughTheMapper(@ForAll("journeys") Journey journey)
      throws IOException {
    assertEquals(journey.model(), roundTrip(journey.model(), JourneyModel.class));
    for (Job job : journey.jobs()) {
      assertEquals(job, roundTrip(job, Job.class));
    }
  }

  @Provide
  Arbitrary<Journey> journeys() {
    return JourneyArbitraries.journeys();
  }
}
