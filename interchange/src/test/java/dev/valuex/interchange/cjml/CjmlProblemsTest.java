package dev.valuex.interchange.cjml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.ValuexFormatException;
import dev.valuex.core.journey.Characteristic;
import dev.valuex.core.journey.Journey;
import dev.valuex.core.journey.JourneyModel;
import dev.valuex.core.journey.OrganisationFunction;
import dev.valuex.core.journey.Touchpoint;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a researcher exchanging journeys with CJML tools is told: the exported document as it is
 * written, and each problem of an imported one at the line and column of its element.
 */
class CjmlProblemsTest {
  private static final JourneyModel FIVE = JourneyModel.fiveStage();

  private static String doc(String actors, String touchpoints) {
    return "<CJML version=\"2.0\" xmlns:vx=\"" + Cjml.EXTENSION_NS + "\">\n"
        + "<plannedJourney>\n"
        + "<journeyID>J1</journeyID>\n"
        + "<actors>\n" + actors + "</actors>\n"
        + "<touchpoints>\n" + touchpoints + "</touchpoints>\n"
        + "</plannedJourney>\n"
        + "</CJML>\n";
  }

  private static final String CUSTOMER = "<endUser actorID=\"me\"><actorName>Kari</actorName>"
      + "</endUser>\n";

  private static String point(String attrs, String body) {
    return "<communicationPoint" + attrs + ">" + body + "</communicationPoint>\n";
  }

  private static final String CHANNEL = "<channel><channelName>Web</channelName></channel>";

  private static List<String> problems(String xml) {
    return assertThrows(ValuexFormatException.class,
        () -> Cjml.fromXml(xml, "j.cjml", FIVE)).problems();
  }

  @Test
  void writesTheDocumentedCjmlWithTheExtensionAttributes() {
    Journey j = Journey.builder().name("Broadband").model(FIVE)
        .addFunctions(OrganisationFunction.builder().name("Sales").addOwnedStages("Acquisition")
            .addHandsOffTo("Support").build(),
            OrganisationFunction.builder().name("Support").build())
        .addTouchpoints(Touchpoint.builder().id("t1").stage("Acquisition").channel("shop")
            .description("asks for a quote").characteristic(Characteristic.SOCIAL)
            .owner("Sales").build(),
            Touchpoint.builder().id("t2").stage("Service").channel("phone")
                .characteristic(Characteristic.FUNCTIONAL).build())
        .build();
    StringWriter out = new StringWriter();
    Cjml.write(j, out);
    String expected = """
        <?xml version="1.0" encoding="UTF-8"?>
        <CJML version="2.0" xmlns:vx="https://valuex.dev/ns/cjml-extension/1">
          <plannedJourney>
            <journeyID>Broadband</journeyID>
            <actors>
              <endUser actorID="end-user">
                <actorName>Customer</actorName>
              </endUser>
              <serviceProvider actorID="Sales">
                <companyName>Sales</companyName>
                <vx:owns stage="Acquisition"/>
                <vx:handsOffTo function="Support"/>
              </serviceProvider>
              <serviceProvider actorID="Support">
                <companyName>Support</companyName>
              </serviceProvider>
            </actors>
            <touchpoints>
              <communicationPoint vx:stage="Acquisition" vx:characteristic="SOCIAL">
                <touchpointID>t1</touchpointID>
                <initiator>
                  <refersTo actorIDref="end-user"/>
                  <initiatorLabel>asks for a quote</initiatorLabel>
                </initiator>
                <receiver>
                  <refersTo actorIDref="Sales"/>
                </receiver>
                <channel>
                  <channelName>shop</channelName>
                </channel>
              </communicationPoint>
              <communicationPoint vx:stage="Service" vx:characteristic="FUNCTIONAL">
                <touchpointID>t2</touchpointID>
                <initiator>
                  <refersTo actorIDref="end-user"/>
                </initiator>
                <channel>
                  <channelName>phone</channelName>
                </channel>
              </communicationPoint>
            </touchpoints>
          </plannedJourney>
        </CJML>
        """;
    assertEquals(expected, out.toString());
    assertEquals(j, Cjml.fromXml(expected, "j.cjml", FIVE));
  }

  @Test
  void aWriterIsFlushedButNotClosed() throws java.io.IOException {
    StringWriter target = new StringWriter();
    java.io.BufferedWriter buffered = new java.io.BufferedWriter(target);
    Cjml.write(small(), buffered);
    assertEquals(Cjml.toXml(small()), target.toString());
    buffered.write("<!-- still open -->");
    buffered.flush();
    assertEquals(true, target.toString().endsWith("</CJML>\n<!-- still open -->"));
  }

  private static Journey small() {
    return Journey.builder().name("J").model(FIVE)
        .addTouchpoints(Touchpoint.builder().id("t1").stage("Service").channel("phone")
            .characteristic(Characteristic.FUNCTIONAL).build())
        .build();
  }

  @Test
  void theCustomerTakesAnIdNoFunctionHas() {
    Journey j = Journey.builder().name("J").model(FIVE)
        .addFunctions(OrganisationFunction.builder().name("end-user").build(),
            OrganisationFunction.builder().name("end-user-2").build())
        .addTouchpoints(Touchpoint.builder().id("t1").stage("Service").channel("phone")
            .characteristic(Characteristic.FUNCTIONAL).owner("end-user").build())
        .build();
    String xml = Cjml.toXml(j);
    assertEquals(true, xml.contains("<endUser actorID=\"end-user-3\">"), xml);
    assertEquals(j, Cjml.fromXml(xml, "j.cjml", FIVE));
  }

  @Test
  void aDocumentWhoseRootIsNotCjmlIsRefused() {
    assertEquals(List.of("line 1, column 8: the root element must be CJML, got cjml"),
        problems("<cjml/>"));
  }

  @Test
  void aDocumentWithoutAJourneyIsRefused() {
    assertEquals(List.of("line 1, column 21: CJML must hold a plannedJourney or actualJourney"),
        problems("<CJML version=\"2.0\"><actors/></CJML>"));
  }

  @Test
  void malformedXmlIsReportedWithTheParsersWordsAtItsLineAndColumn() {
    assertEquals(List.of("line 1, column 1: malformed XML: Premature end of file."),
        problems(""));
    assertEquals(List.of("line 3, column 3: malformed XML: The element type \"plannedJourney\""
        + " must be terminated by the matching end-tag \"</plannedJourney>\"."),
        problems("<CJML version=\"2.0\">\n  <plannedJourney>\n</CJML>"));
  }

  @Test
  void entitiesDeclaredInADocumentTypeAreNeverExpanded() {
    // DTDs are switched off: a declared entity (the way into external files) stays undeclared.
    assertEquals(List.of("line 1, column 86: malformed XML: The entity \"x\" was referenced,"
        + " but not declared."),
        problems("<!DOCTYPE CJML [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><CJML>"
            + "<plannedJourney>&x;</plannedJourney></CJML>"));
  }

  @Test
  void theFirstJourneyIsReadAndAnActualJourneyCountsToo() {
    String xml = doc(CUSTOMER, point(" vx:stage=\"Service\"",
        "<touchpointID>t1</touchpointID>" + CHANNEL)).replace("</plannedJourney>\n",
        "</plannedJourney>\n<actualJourney><journeyID>J2</journeyID></actualJourney>\n");
    Journey j = Cjml.fromXml(xml, "j.cjml", FIVE);
    assertEquals("J1", j.name());
    assertEquals(List.of("t1"), j.touchpoints().stream().map(Touchpoint::id).toList());
    Journey actual = Cjml.fromXml("<CJML><x/><actualJourney><journeyID> J2 </journeyID>"
        + "</actualJourney></CJML>", "j.cjml", FIVE);
    assertEquals("J2", actual.name());
    assertEquals(List.of(), actual.touchpoints());
  }

  @Test
  void commentsInsideAnElementAreSkippedAndCdataSectionsAreItsText() {
    Journey j = Cjml.fromXml(doc(CUSTOMER, point(" vx:stage=\"Service\"",
        "<touchpointID>t<!-- the first -->1</touchpointID>"
            + "<channel><channelName><![CDATA[Web & app]]></channelName></channel>")),
        "j.cjml", FIVE);
    assertEquals(List.of(Touchpoint.builder().id("t1").stage("Service").channel("Web & app")
        .characteristic(Characteristic.FUNCTIONAL).build()), j.touchpoints());
  }

  @Test
  void aBlankJourneyIdIsReportedAtTheJourney() {
    assertEquals(List.of("line 2, column 17: journeyID must be present and not blank"),
        problems(doc(CUSTOMER, "").replace("<journeyID>J1</journeyID>",
            "<journeyID> </journeyID>")));
    assertEquals(List.of("line 2, column 17: journeyID must be present and not blank"),
        problems(doc(CUSTOMER, "").replace("<journeyID>J1</journeyID>", "")));
  }

  @Test
  void serviceProvidersWithoutANameOrNamedTwiceAreReportedAtTheirElement() {
    assertEquals(List.of(
        "line 7, column 18: serviceProvider must have an actorID or companyName",
        "line 8, column 34: serviceProvider Shop appears twice"),
        problems(doc(CUSTOMER
            + "<serviceProvider actorID=\"s1\"><companyName>Shop</companyName></serviceProvider>\n"
            + "<serviceProvider><companyName> </companyName></serviceProvider>\n"
            + "<serviceProvider actorID=\"Shop\"/>\n", "")));
  }

  @Test
  void aProviderIsNamedByItsCompanyAndReferredToByItsActorIdOrName() {
    String xml = doc(CUSTOMER
        + "<serviceProvider actorID=\"s1\"><companyName> Shop </companyName></serviceProvider>\n"
        + "<serviceProvider actorID=\"Courier\"/>\n"
        + "<otherActor actorID=\"x\"/>\n",
        point(" vx:stage=\"Service\"", "<touchpointID>t1</touchpointID>"
            + "<initiator><refersTo actorIDref=\"Kari\"/></initiator>"
            + "<receiver><refersTo actorIDref=\"s1\"/></receiver>" + CHANNEL)
        + point(" vx:stage=\"Service\"", "<touchpointID>t2</touchpointID>"
            + "<initiator><refersTo actorIDref=\"Courier\"/></initiator>"
            + "<receiver><refersTo actorIDref=\"Shop\"/></receiver>" + CHANNEL)
        + "<journeyNote>not a touchpoint</journeyNote>\n"
        + point(" vx:stage=\"Service\"", "<touchpointID>t3</touchpointID>"
            + "<initiator><initiatorLabel> </initiatorLabel></initiator>" + CHANNEL));
    Journey j = Cjml.fromXml(xml, "j.cjml", FIVE);
    assertEquals(List.of("Shop", "Courier"),
        j.functions().stream().map(OrganisationFunction::name).toList());
    assertEquals(List.of(
        Touchpoint.builder().id("t1").stage("Service").channel("Web")
            .characteristic(Characteristic.FUNCTIONAL).owner("Shop").build(),
        // The receiver is looked at first: the courier initiates, the shop receives.
        Touchpoint.builder().id("t2").stage("Service").channel("Web")
            .characteristic(Characteristic.FUNCTIONAL).owner("Shop").build(),
        Touchpoint.builder().id("t3").stage("Service").channel("Web")
            .characteristic(Characteristic.FUNCTIONAL).build()),
        j.touchpoints());
  }

  @Test
  void extensionElementsThatNameNothingAreReportedAtTheirElement() {
    assertEquals(List.of(
        "line 7, column 24: vx:owns stage must name a stage of model five-stage, got 'Sale'",
        "line 8, column 33: vx:handsOffTo function must name a serviceProvider, got 'Desk'"),
        problems(doc(CUSTOMER + "<serviceProvider actorID=\"Shop\">\n"
            + "<vx:owns stage=\"Sale\"/>\n"
            + "<vx:handsOffTo function=\"Desk\"/><vx:note/>\n"
            + "</serviceProvider>\n", "")));
  }

  @Test
  void everyProblemOfATouchpointIsReportedAtItsElement() {
    assertEquals(List.of(
        "line 8, column 71: communicationPoint must have a touchpointID",
        "line 8, column 71: communicationPoint: vx:characteristic must be FUNCTIONAL, SOCIAL"
            + " or EMOTIONAL, got 'functional'",
        "line 8, column 71: communicationPoint: channel/channelName must be present and not"
            + " blank",
        "line 9, column 40: communicationPoint t2: channel/channelName must be present and not"
            + " blank",
        "line 9, column 93: communicationPoint t2: initiator refersTo actorIDref must name an"
            + " actor of the journey, got ''"),
        problems(doc(CUSTOMER,
            point(" vx:stage=\"Service\" vx:characteristic=\"functional\"", "")
            + point(" vx:stage=\"Service\"", "<touchpointID>t2</touchpointID>"
                + "<initiator><refersTo/></initiator><channel><channelName> </channelName>"
                + "</channel>"))));
  }

  @Test
  void aJourneyRuleIsReportedAtTheElementThatBreaksIt() {
    List<String> p = problems(doc(CUSTOMER,
        point(" vx:stage=\"Service\"", "<touchpointID>t1</touchpointID>" + CHANNEL)
        + point(" vx:stage=\"Loyalty\"", "<touchpointID>t1</touchpointID>" + CHANNEL)));
    assertEquals(List.of("line 2, column 17: Journey J1: touchpoints must have unique ids,"
        + " got 't1'"), p);
  }
}
