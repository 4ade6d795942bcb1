package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import dev.valuex.planning.ValueCreationPlan;
import dev.valuex.planning.program.ProgramExchange;
import dev.valuex.testing.PlanArbitraries;
import dev.valuex.testing.ProgramArbitraries;
import java.io.IOException;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Plans and program exchanges survive writing and reading, and match the shipped schemas. */
class PlanJsonProperties {
  static final JsonSchema PLAN =
      JsonSchemaProperties.FACTORY.getSchema(ValuexJson.schema(ValuexJson.PLAN_FORMAT));
  static final JsonSchema PROGRAM =
      JsonSchemaProperties.FACTORY.getSchema(ValuexJson.schema(ValuexJson.PROGRAM_FORMAT));

  private final ValuexJson json = ValuexJson.create();
  private final ObjectMapper mapper = new ObjectMapper();

  @Property(tries = 500)
  void planWrittenThenReadIsEqual(@ForAll("plans") ValueCreationPlan plan) {
    assertEquals(plan, json.readPlan(json.toJson(plan)));
  }

  @Property(tries = 500)
  void programWrittenThenReadIsEqual(@ForAll("exchanges") ProgramExchange exchange) {
    assertEquals(exchange, json.readProgram(json.toJson(exchange)));
  }

  @Property(tries = 500)
  void everyWrittenPlanMatchesThePlanSchema(@ForAll("plans") ValueCreationPlan plan)
      throws IOException {
    assertEquals(Set.of(), PLAN.validate(mapper.readTree(json.toJson(plan))));
  }

  @Property(tries = 500)
  void everyWrittenProgramMatchesTheProgramSchema(
      @ForAll("exchanges") ProgramExchange exchange) throws IOException {
    assertEquals(Set.of(), PROGRAM.validate(mapper.readTree(json.toJson(exchange))));
  }

  @Provide
  Arbitrary<ValueCreationPlan> plans() {
    return PlanArbitraries.reviewedPlans();
  }

  @Provide
  Arbitrary<ProgramExchange> exchanges() {
    return ProgramArbitraries.exchanges();
  }
}
