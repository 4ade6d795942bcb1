package dev.valuex.interchange.cjml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.ValuexFormatException;
import dev.valuex.core.journey.Journey;
import dev.valuex.testing.JourneyArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CjmlProperties {

  @Property(tries = 300)
  void everyGeneratedJourneyWithoutJobsSurvivesACjmlRoundTrip(
      @ForAll("journeys") Journey journey) {
    Journey withoutJobs = journey.withJobs();
    assertEquals(withoutJobs,
        Cjml.fromXml(Cjml.toXml(journey), "generated.cjml", journey.model()));
  }

  @Property(tries = 200)
  void aTruncatedDocumentIsRejectedWithALocatedProblem(@ForAll("journeys") Journey journey,
      @ForAll @IntRange(min = 1, max = 1000) int keepPermille) {
    String xml = Cjml.toXml(journey);
    String cut = xml.substring(0, (int) ((long) xml.lastIndexOf("</CJML>") * keepPermille
        / 1001));
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> Cjml.fromXml(cut, "cut.cjml", journey.model()));
    assertEquals(true, e.problems().get(0).startsWith("line "), e.getMessage());
  }

  @Provide
  Arbitrary<Journey> journeys() {
    return JourneyArbitraries.journeys();
  }
}
