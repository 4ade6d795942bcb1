package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.ValuexFormatException;
import org.junit.jupiter.api.Test;

class JourneyJsonTest {
  private final ValuexJson json = ValuexJson.create();

  @Test
  void aTouchpointAtAStageTheModelLacksIsReportedAtTheDocumentRoot() {
    String doc = "{\"format\":\"valuex.journey/1\",\"name\":\"j\",\"model\":{\"name\":\"m\","
        + "\"stages\":[{\"name\":\"Buy\",\"phase\":\"pre_purchase\"}]},\"touchpoints\":[{\"id\":"
        + "\"t1\",\"stage\":\"Use\",\"channel\":\"web\",\"characteristic\":\"social\"}]}";
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> json.readJourney(doc));
    assertEquals(1, e.problems().size());
    assertEquals(true, e.problems().get(0).contains(
        "Journey j touchpoint t1: stage must name a stage of model m, got 'Use'"),
        e.getMessage());
  }

  @Test
  void anUnknownPhaseIsReportedAtItsPointer() {
    String doc = "{\"format\":\"valuex.journey/1\",\"name\":\"j\",\"model\":{\"name\":\"m\","
        + "\"stages\":[{\"name\":\"Buy\",\"phase\":\"DURING\"}]}}";
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> json.readJourney(doc));
    assertEquals(java.util.List.of("/model/stages/0/phase: must be one of \"pre_purchase\","
        + " \"post_purchase\", got \"DURING\""), e.problems());
  }
}
