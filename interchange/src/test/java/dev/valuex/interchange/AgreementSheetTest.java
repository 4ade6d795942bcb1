package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SchemaLocation;
import dev.valuex.core.ElementId;
import dev.valuex.core.Perspective;
import dev.valuex.core.Side;
import dev.valuex.core.ValuexFormatException;
import dev.valuex.core.agreement.AgreementOptions;
import dev.valuex.core.agreement.AgreementReport;
import dev.valuex.core.agreement.Code;
import dev.valuex.core.agreement.Coding;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgreementSheetTest {
  private static final CodingSheet SHEET = CodingSheet.builder().defaultAuthor("r1")
      .defaultPerspective(Perspective.CUSTOMER).defaultAsOf(LocalDate.of(2026, 3, 1)).build();

  private static final String FIRST = "subject,view,side,element,evidence\n"
      + "P01,current,in,customer.money,I pay nineteen a month\n"
      + "P01,current,in,customer.money,It costs money and an hour\n"
      + "P01,current,in,customer.time,It costs money and an hour\n"
      + "P01,current,out,customer.savings,Cheaper than the bus\n"
      + "P02,current,out,customer.reliability,The bike is always there\n";
  private static final String SECOND = "subject,view,side,element,evidence\n"
      + "P01,current,in,customer.money,\"I pay  nineteen\n a month\"\n"
      + "P01,current,in,customer.money,It costs money and an hour\n"
      + "P01,current,out,customer.time-saving,Cheaper than the bus\n"
      + "P02,current,out,customer.reliability,The bike is always there\n"
      + "P02,current,out,customer.peace-of-mind,I never worry\n";

  static Code code(String id, Side side) {
    return Code.of(ElementId.parse(id), side);
  }

  @Test
  void rowsWithTheSameSubjectAndTextAreOneStatementWithSeveralCodes() {
    Coding c = SHEET.readCoding(new StringReader(FIRST), "first");
    assertEquals(4, c.statements().size());
    assertEquals(Set.of(code("customer.money", Side.IN), code("customer.time", Side.IN)),
        c.statements().get(1).codes());
  }

  @Test
  void sheetsMatchBySubjectAndNormalisedTextAndKeepStatementsOfOneSheet() {
    AgreementReport r = AgreementReport.of(List.of(
        SHEET.readCoding(new StringReader(FIRST), "first"),
        SHEET.readCoding(new StringReader(SECOND), "second")), AgreementOptions.defaults());
    assertEquals(5, r.statements().size());
    assertEquals(2, r.disagreements().size());
    assertEquals("P02: I never worry", r.partial().get(0).key());
    assertEquals(0.5, r.percentAgreement().value(), 1e-12);
  }

  @Test
  void statementColumnMatchesAcrossRewordedEvidence() {
    String a = "statement,subject,view,side,element,evidence\n"
        + "s1,P01,current,in,customer.money,I pay nineteen a month\n"
        + "s2,P01,current,out,customer.savings,Cheaper than the bus\n";
    String b = "statement id,subject,view,side,element,evidence\n"
        + "s1,P01,current,in,customer.money,I pay €19 a month\n"
        + "s2,P01,current,out,customer.savings,It's cheaper than the bus\n";
    AgreementReport r = AgreementReport.of(List.of(SHEET.readCoding(new StringReader(a), "a"),
        SHEET.readCoding(new StringReader(b), "b")), AgreementOptions.defaults());
    assertEquals(AgreementReport.MatchedBy.STATEMENT_ID, r.matchedBy());
    assertEquals(2, r.statements().size());
    assertEquals(1, r.cohensKappa().orElseThrow().value(), 1e-12);
  }

  @Test
  void statementColumnDoesNotChangeTheLedgers() {
    String with = "statement,subject,view,side,element,evidence\n"
        + "s1,P01,current,in,customer.money,I pay nineteen a month\n";
    String without = "subject,view,side,element,evidence\n"
        + "P01,current,in,customer.money,I pay nineteen a month\n";
    assertEquals(SHEET.read(new StringReader(without)), SHEET.read(new StringReader(with)));
  }

  @Test
  void rejectsOneStatementIdForTwoStatements() {
    String sheet = "statement,subject,view,side,element,evidence\n"
        + "s1,P01,current,in,customer.money,I pay nineteen a month\n"
        + "s1,P01,current,out,customer.savings,Cheaper than the bus\n";
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> SHEET.readCoding(new StringReader(sheet), "a"));
    assertEquals(List.of("row 3: statement must name one statement (row 2 gives s1 to P01:"
        + " 'I pay nineteen a month'), got 's1' for P01: 'Cheaper than the bus'"),
        e.problems());
  }

  @Test
  void rejectsAStatementIdWithoutEvidence() {
    String sheet = "statement,subject,view,side,element,evidence\n"
        + "s1,P01,current,in,customer.money,\n";
    ValuexFormatException e = assertThrows(ValuexFormatException.class,
        () -> SHEET.readCoding(new StringReader(sheet), "a"));
    assertEquals(List.of("row 2: evidence_text must be given when statement is, got ''"),
        e.problems());
  }

  @Test
  void reportIsWrittenAsAnAgreementDocumentThatMatchesItsSchema() throws Exception {
    AgreementReport r = AgreementReport.of(List.of(
        SHEET.readCoding(new StringReader(FIRST), "first"),
        SHEET.readCoding(new StringReader(SECOND), "second")), AgreementOptions.defaults());
    String json = ValuexJson.create().toJson(r, id -> id.slug().toUpperCase());
    assertEquals(json, ValuexJson.create().toJson(r, id -> id.slug().toUpperCase()));
    JsonSchema meta = JsonSchemaProperties.FACTORY.getSchema(
        SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    String schema = ValuexJson.schema(ValuexJson.AGREEMENT_FORMAT);
    assertEquals(Set.of(), JsonSchemaProperties.validate(meta, schema));
    assertEquals(Set.of(), JsonSchemaProperties.validate(
        JsonSchemaProperties.FACTORY.getSchema(schema), json));
    JsonNode doc = new ObjectMapper().readTree(json);
    List<String> keys = new ArrayList<>();
    doc.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("format", "coders", "matched_by", "ignore_side", "bootstrap",
        "statements", "measures", "elements", "most_confused", "confusions", "disagreements",
        "partial"), keys);
    assertEquals("{\"element\":\"customer.savings\",\"card\":\"SAVINGS\",\"side\":\"out\"}",
        doc.get("most_confused").get("first").toString());
    assertEquals("cohens_kappa", doc.get("measures").get(1).get("measure").asText());
    assertEquals("[\"first\"]", doc.get("partial").get(0).get("missing_from").toString());
  }
}
