package dev.valuex.interchange.cjml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.ValuexFormatException;
import dev.valuex.core.journey.Characteristic;
import dev.valuex.core.journey.Journey;
import dev.valuex.core.journey.JourneyModel;
import dev.valuex.core.journey.OrganisationFunction;
import dev.valuex.core.journey.Touchpoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CjmlTest {
  static final String PLAIN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <CJML version="2.0">
        <actualJourney>
          <journeyID>AJ7 book club</journeyID>
          <actors>
            <endUser actorID="Kari"><actorName>Kari</actorName></endUser>
            <serviceProvider actorID="SP1"><companyName>Book Shop</companyName></serviceProvider>
            <serviceProvider actorID="SP2"><companyName>Courier</companyName></serviceProvider>
          </actors>
          <touchpoints>
            <actualCommunicationPoint>
              <touchpointID>TP1</touchpointID>
              <initiator>
                <refersTo actorIDref="Kari"/>
                <initiatorLabel>Kari orders a book</initiatorLabel>
              </initiator>
              <receiver><refersTo actorIDref="SP1"/><receiverLabel>Order taken</receiverLabel>
              </receiver>
              <channel><channelName>Web</channelName></channel>
              <experience><rating>2</rating></experience>
            </actualCommunicationPoint>
            <actualCommunicationPoint>
              <touchpointID>TP2</touchpointID>
              <initiator><refersTo actorIDref="SP2"/></initiator>
              <receiver><refersTo actorIDref="Kari"/></receiver>
              <channel><channelName> SMS </channelName></channel>
            </actualCommunicationPoint>
          </touchpoints>
        </actualJourney>
      </CJML>
      """;

  @Test
  void aPlainCjmlJourneyImportsItsProvidersTouchpointsAndChannelsAtTheDefaultStage() {
    Journey j = Cjml.read(new StringReader(PLAIN), "book.cjml", JourneyModel.eightStage(),
        "Purchase");
    assertEquals("AJ7 book club", j.name());
    assertEquals(List.of(OrganisationFunction.builder().name("Book Shop").build(),
        OrganisationFunction.builder().name("Courier").build()), j.functions());
    assertEquals(List.of(
        Touchpoint.builder().id("TP1").stage("Purchase").channel("Web")
            .description("Kari orders a book").characteristic(Characteristic.FUNCTIONAL)
            .owner("Book Shop").build(),
        Touchpoint.builder().id("TP2").stage("Purchase").channel("SMS")
            .characteristic(Characteristic.FUNCTIONAL).owner("Courier").build()),
        j.touchpoints());
  }

  @Test
  void anExportedJourneyReadsBackEqualWithStagesOwnershipAndHandOffs() {
    Journey j = Journey.builder().name("broadband & <tv>").model(JourneyModel.fiveStage())
        .addFunctions(OrganisationFunction.builder().name("Sales").addOwnedStages("Acquisition")
                .addHandsOffTo("Service \"Desk\"").build(),
            OrganisationFunction.builder().name("Service \"Desk\"").addOwnedStages("Service")
                .build())
        .addTouchpoints(Touchpoint.builder().id("chat").stage("Service").channel("web chat")
                .description("set-up help").characteristic(Characteristic.EMOTIONAL)
                .owner("Service \"Desk\"").build(),
            Touchpoint.builder().id("forum").stage("Loyalty").channel("community")
                .characteristic(Characteristic.SOCIAL).build())
        .build();
    assertEquals(j, Cjml.fromXml(Cjml.toXml(j), "x.cjml", JourneyModel.fiveStage()));
  }

  @Test
  void malformedXmlIsReportedWithItsLineAndColumn() {
    ValuexFormatException e = assertThrows(ValuexFormatException.class, () ->
        Cjml.fromXml("<CJML version=\"2.0\">\n  <plannedJourney>\n</CJML>", "bad.cjml",
            JourneyModel.fiveStage()));
    assertEquals(1, e.problems().size());
    assertEquals(true, e.problems().get(0).startsWith("line 3, column "), e.getMessage());
    assertEquals(true, e.getMessage().startsWith("bad.cjml: 1 problem"), e.getMessage());
  }

  @Test
  void anElementWhoseColumnTheXmlParserLostIsLocatedByItsLine() throws IOException {
    // Found by the CJML fuzzer: after this input the JDK's parser reports column -37.
    String xml;
    try (InputStream in = CjmlTest.class.getResourceAsStream(
        "/dev/valuex/interchange/EachReaderFuzzTestInputs/cjml/negative-column")) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ValuexFormatException e = assertThrows(ValuexFormatException.class, () ->
        Cjml.read(new StringReader(xml), "found.cjml", JourneyModel.eightStage()));
    assertEquals(List.of("line 8, column 214: serviceProvider Courier appears twice",
        "line 50: serviceProvider Courier appears twice",
        "line 53, column 33: actualCommunicationPoint must have a touchpointID",
        "line 53, column 33: actualCommunicationPoint: vx:stage must be present when no "
            + "default stage is given"), e.problems());
  }

  @Test
  void unknownActorsAndStagesAreEachReportedAtTheirElement() {
    String xml = PLAIN.replace("actorIDref=\"SP1\"", "actorIDref=\"SP9\"")
        .replace("<actualCommunicationPoint>\n        <touchpointID>TP2",
            "<actualCommunicationPoint xmlns:vx=\"" + Cjml.EXTENSION_NS
                + "\" vx:stage=\"Checkout\">\n        <touchpointID>TP2");
    ValuexFormatException e = assertThrows(ValuexFormatException.class, () ->
        Cjml.read(new StringReader(xml), "book.cjml", JourneyModel.eightStage(), "Purchase"));
    assertEquals(List.of(
        "line 17, column 47: actualCommunicationPoint TP1: receiver refersTo actorIDref must"
            + " name an actor of the journey, got 'SP9'",
        "line 22, column 103: actualCommunicationPoint TP2: vx:stage must name a stage of model"
            + " eight-stage, got 'Checkout'"), e.problems());
  }

  @Test
  void aTouchpointWithoutStageIsAProblemWhenNoDefaultIsGiven() {
    ValuexFormatException e = assertThrows(ValuexFormatException.class, () ->
        Cjml.fromXml(PLAIN, "book.cjml", JourneyModel.eightStage()));
    assertEquals(2, e.problems().size());
    assertEquals(Optional.of("line 22, column 33: actualCommunicationPoint TP2: vx:stage must"
        + " be present when no default stage is given"), e.problems().stream().skip(1)
        .findFirst());
  }
}
