package dev.valuex.core.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valuex.core.ElementId;
import dev.valuex.core.Side;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AgreementReportProperties {
  private static final AgreementOptions QUICK =
      AgreementOptions.defaults().withBootstrap(Bootstrap.of(100, 5));
  private static final List<ElementId> ELEMENTS = List.of(ElementId.parse("customer.money"),
      ElementId.parse("customer.time"), ElementId.parse("customer.savings"),
      ElementId.parse("customer.reliability"));

  /** Two or three coders over up to 30 statements, one to two codes each, some left out. */
  @Provide
  Arbitrary<List<Coding>> codings() {
    return Arbitraries.longs().map(seed -> {
      Random r = new Random(seed);
      int coders = 2 + r.nextInt(2);
      int statements = 3 + r.nextInt(28);
      List<List<CodedStatement>> sheets = new ArrayList<>();
      for (int c = 0; c < coders; c++) {
        sheets.add(new ArrayList<>());
      }
      for (int s = 0; s < statements; s++) {
        Code truth = Code.of(ELEMENTS.get(r.nextInt(4)), r.nextBoolean() ? Side.IN : Side.OUT);
        for (int c = 0; c < coders; c++) {
          if (s > 0 && r.nextInt(8) == 0) {
            continue;
          }
          CodedStatement.Builder b = CodedStatement.builder().subject("P" + (s % 5))
              .text("statement " + s)
              .addCodes(r.nextInt(4) == 0 ? Code.of(ELEMENTS.get(r.nextInt(4)), Side.IN)
                  : truth);
          if (r.nextInt(6) == 0) {
            b.addCodes(Code.of(ELEMENTS.get(r.nextInt(4)), Side.OUT));
          }
          sheets.get(c).add(b.build());
        }
      }
      List<Coding> result = new ArrayList<>();
      for (int c = 0; c < coders; c++) {
        result.add(Coding.of("coder " + c, sheets.get(c)));
      }
      return result;
    });
  }

  @Property
  void everyStatementIsKeptAndClassified(@ForAll("codings") List<Coding> codings) {
    AgreementReport r = AgreementReport.of(codings, QUICK);
    long distinct = codings.stream().flatMap(c -> c.statements().stream())
        .map(CodedStatement::text).distinct().count();
    assertEquals(distinct, r.statements().size());
    long agreed = r.statements().stream().filter(MatchedStatement::agreed).count();
    long single = r.statements().stream().filter(s -> s.codes().size() < 2).count();
    assertEquals(r.statements().size(), agreed + r.disagreements().size() + single);
  }

  @Property
  void ignoringSidesNeverLowersPercentAgreement(@ForAll("codings") List<Coding> codings) {
    double withSides = AgreementReport.of(codings, QUICK).percentAgreement().value();
    double without = AgreementReport.of(codings, QUICK.withIgnoreSide(true))
        .percentAgreement().value();
    assertTrue(without >= withSides - 1e-12, withSides + " then " + without);
  }

  @Property
  void measuresDoNotDependOnSheetOrStatementOrder(@ForAll("codings") List<Coding> codings) {
    List<Coding> reordered = new ArrayList<>();
    for (Coding c : codings) {
      List<CodedStatement> statements = new ArrayList<>(c.statements());
      Collections.shuffle(statements, new Random(statements.size()));
      reordered.add(0, Coding.of(c.coder(), statements));
    }
    AgreementReport a = AgreementReport.of(codings, QUICK);
    AgreementReport b = AgreementReport.of(reordered, QUICK);
    assertEquals(a.percentAgreement().value(), b.percentAgreement().value(), 1e-9);
    assertEquals(a.krippendorffAlpha().isPresent(), b.krippendorffAlpha().isPresent());
    a.krippendorffAlpha().ifPresent(x -> assertEquals(x.value(),
        b.krippendorffAlpha().orElseThrow().value(), 1e-9));
    assertEquals(a.disagreements().size(), b.disagreements().size());
    assertEquals(a.confusions().stream().mapToInt(Confusion::count).sum(),
        b.confusions().stream().mapToInt(Confusion::count).sum());
  }
}
