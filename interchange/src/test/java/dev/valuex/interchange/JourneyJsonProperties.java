package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.valuex.core.journey.Journey;
import dev.valuex.testing.JourneyArbitraries;
import java.io.IOException;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class JourneyJsonProperties {
  static final JsonSchema JOURNEY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(ValuexJson.schema(ValuexJson.JOURNEY_FORMAT));

  private final ValuexJson json = ValuexJson.create();

  @Property(tries = 300)
  void everyGeneratedJourneyReadsBackEqual(@ForAll("journeys") Journey journey) {
    assertEquals(journey, json.readJourney(json.toJson(journey)));
  }

  @Property(tries = 200)
  void everyWrittenJourneyMatchesTheJourneySchema(@ForAll("journeys") Journey journey)
      throws IOException {
    assertEquals(Set.of(), JOURNEY.validate(new ObjectMapper().readTree(json.toJson(journey))));
  }

  @Provide
  Arbitrary<Journey> journeys() {
    return JourneyArbitraries.journeys();
  }
}
