package dev.valuex.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.valuex.core.Perspective;
import dev.valuex.core.agreement.AgreementOptions;
import dev.valuex.core.agreement.AgreementReport;
import dev.valuex.core.agreement.Confusion;
import dev.valuex.core.agreement.Estimate;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The agreement document of three coders: the statement counts, every measure the report has
 * with its interval, each element's kappa, the pair of codes most often confused, and the
 * statement ids of the disagreements and partly coded statements.
 */
class AgreementReportJsonTest {
  private static final CodingSheet SHEET = CodingSheet.builder().defaultAuthor("r1")
      .defaultPerspective(Perspective.CUSTOMER).defaultAsOf(LocalDate.of(2026, 3, 1)).build();
  private static final String HEADER = "statement,subject,view,side,element,evidence\n";

  private static AgreementReport report() {
    String a = HEADER
        + "s1,P01,current,in,customer.money,I pay monthly\n"
        + "s2,P01,current,out,customer.savings,Cheaper than the bus\n"
        + "s3,P01,current,in,customer.time,It takes an hour\n"
        + "s4,P02,current,out,customer.safety,I feel safe\n"
        + "s5,P02,current,out,customer.reliability,Always there\n";
    String b = HEADER
        + "s1,P01,current,in,customer.money,I pay monthly\n"
        + "s2,P01,current,out,customer.savings,Cheaper than the bus\n"
        + "s3,P01,current,in,customer.money,It takes an hour\n"
        + "s4,P02,current,out,customer.safety,I feel safe\n";
    String c = HEADER
        + "s1,P01,current,in,customer.money,I pay monthly\n"
        + "s2,P01,current,out,customer.time-saving,Cheaper than the bus\n"
        + "s3,P01,current,in,customer.money,It takes an hour\n";
    return AgreementReport.of(List.of(SHEET.readCoding(new StringReader(a), "a"),
        SHEET.readCoding(new StringReader(b), "b"), SHEET.readCoding(new StringReader(c), "c")),
        AgreementOptions.defaults());
  }

  private static JsonNode document(AgreementReport r) throws IOException {
    return new ObjectMapper().readTree(ValuexJson.create().toJson(r,
        id -> id.slug().toUpperCase(java.util.Locale.ROOT)));
  }

  private static void sameEstimate(Estimate e, JsonNode n) {
    assertEquals(e.value(), n.get("value").doubleValue(), 0);
    assertEquals(e.lower(), n.get("lower").doubleValue(), 0);
    assertEquals(e.upper(), n.get("upper").doubleValue(), 0);
    assertEquals(e.units(), n.get("statements").longValue());
    assertEquals(e.replicates(), n.get("replicates").longValue());
  }

  @Test
  void countsStatementsSharedAgreedDisagreedAndPartlyCoded() throws IOException {
    JsonNode s = document(report()).get("statements");
    // s1 to s4 are coded by two coders or more, s5 by one; s1 is agreed by all three and s4
    // by the two who coded it; s2 and s3 are coded differently; s4 and s5 lack a coder.
    assertEquals(5, s.get("total").intValue());
    assertEquals(4, s.get("shared").intValue());
    assertEquals(2, s.get("agreed").intValue());
    assertEquals(2, s.get("disagreed").intValue());
    assertEquals(2, s.get("partial").intValue());
  }

  @Test
  void writesEveryMeasureOfManyCodersWithItsInterval() throws IOException {
    AgreementReport r = report();
    JsonNode measures = document(r).get("measures");
    List<String> names = new ArrayList<>();
    measures.forEach(m -> names.add(m.get("measure").textValue()));
    List<String> expected = new ArrayList<>(List.of("percent_agreement"));
    r.cohensKappa().ifPresent(e -> expected.add("cohens_kappa"));
    expected.addAll(List.of("fleiss_kappa", "krippendorff_alpha", "masi_alpha"));
    assertEquals(expected, names);
    sameEstimate(r.percentAgreement(), measures.get(0));
    sameEstimate(r.fleissKappa().orElseThrow(), measures.get(names.indexOf("fleiss_kappa")));
    sameEstimate(r.krippendorffAlpha().orElseThrow(),
        measures.get(names.indexOf("krippendorff_alpha")));
    sameEstimate(r.masiAlpha().orElseThrow(), measures.get(names.indexOf("masi_alpha")));
  }

  @Test
  void writesEachElementsKappaAndTheCodesMostOftenConfused() throws IOException {
    AgreementReport r = report();
    JsonNode doc = document(r);
    JsonNode elements = doc.get("elements");
    assertEquals(r.elements().size(), elements.size());
    for (int i = 0; i < elements.size(); i++) {
      JsonNode e = elements.get(i);
      assertEquals(r.elements().get(i).code().element().toString(), e.get("element").textValue());
      assertEquals(r.elements().get(i).statements(), e.get("statements").intValue());
      assertEquals(r.elements().get(i).kappa().isPresent(), e.has("kappa"));
      r.elements().get(i).kappa().ifPresent(k -> sameEstimate(k, e.get("kappa")));
    }
    Confusion most = r.mostConfused().orElseThrow();
    JsonNode m = doc.get("most_confused");
    assertEquals(most.first().element().toString(), m.get("first").get("element").textValue());
    assertEquals(most.second().element().toString(),
        m.get("second").get("element").textValue());
    assertEquals(most.count(), m.get("count").intValue());
    assertEquals(r.confusions().size(), doc.get("confusions").size());
  }

  @Test
  void disagreementsAndPartlyCodedStatementsCarryTheirStatementIds() throws IOException {
    JsonNode doc = document(report());
    List<String> disagreed = new ArrayList<>();
    doc.get("disagreements").forEach(d -> disagreed.add(d.get("id").textValue()));
    assertEquals(List.of("s2", "s3"), disagreed);
    List<String> partial = new ArrayList<>();
    doc.get("partial").forEach(p -> partial.add(p.get("id").textValue() + " "
        + p.get("coded_by") + " " + p.get("missing_from")));
    assertEquals(List.of("s4 [\"a\",\"b\"] [\"c\"]", "s5 [\"a\"] [\"b\",\"c\"]"), partial);
  }
}
