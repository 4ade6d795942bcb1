package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.networknt.schema.JsonSchema;
import dev.valuex.core.ValuexFormatException;
import java.io.IOException;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class PlanSchemaTest {
  private static void bothReject(JsonSchema schema, String[] docs, Consumer<String> reader)
      throws IOException {
    for (String doc : docs) {
      assertFalse(JsonSchemaProperties.validate(schema, doc).isEmpty(), doc);
      assertThrows(ValuexFormatException.class, () -> reader.accept(doc), doc);
    }
  }

  @Test
  void sampleStudyDocumentsMatchTheirSchemas() throws IOException {
    assertEquals(Set.of(),
        JsonSchemaProperties.validate(PlanJsonProperties.PLAN, PlanJsonTest.PLAN));
    assertEquals(Set.of(),
        JsonSchemaProperties.validate(PlanJsonProperties.PROGRAM, PlanJsonTest.PROGRAM));
  }

  @Test
  void planSchemaAndReaderBothRejectShapeErrors() throws IOException {
    String plan = PlanJsonTest.PLAN;
    String[] bad = {
        plan.replace("\"side\": \"out\"", "\"side\": \"OUT\""),
        plan.replace("\"target\": 45", "\"target\": \"45\""),
        plan.replace("\"reviewer\": \"operations lead", "\"reviewer\": \" operations lead"),
        plan.replace("\"start_date\": \"2026-05-01\",", ""),
        plan.replace("\"title\":", "\"colour\": 1, \"title\":"),
        plan.replace("valuex.plan/1", "valuex.plan/2"),
        plan.replace("\"review_cadence\": \"P1M\"", "\"review_cadence\": \"monthly\""),
        plan.replace("\"status\": \"done\"", "\"status\": \"finished\""),
    };
    bothReject(PlanJsonProperties.PLAN, bad,
        doc -> ValuexJson.create().readPlan(doc, PlanJsonTest.CARDS));
  }

  @Test
  void programSchemaAndReaderBothRejectShapeErrors() throws IOException {
    String program = PlanJsonTest.PROGRAM;
    String[] bad = {
        program.replace("\"id\": \"b1\"", "\"id\": \"B1\""),
        program.replace("\"burden\": 2", "\"burden\": 0"),
        program.replace("\"personal_data\": true", "\"personal_data\": \"yes\""),
        program.replace("\"type\": \"loyalty\"", "\"type\": \"LOYALTY\""),
        program.replace("\"simple\":", "\"easy\":"),
        program.replace("\"name\": \"Pedal Points\",", ""),
    };
    bothReject(PlanJsonProperties.PROGRAM, bad,
        doc -> ValuexJson.create().readProgram(doc, PlanJsonTest.CARDS));
  }
}
