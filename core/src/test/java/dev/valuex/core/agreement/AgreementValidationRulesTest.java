package dev.valuex.core.agreement;

import static dev.valuex.core.Rejections.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.valuex.core.ElementId;
import dev.valuex.core.Side;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One test per validation rule of the agreement types that no other test breaks: a coder's
 * statements, the estimates and the bootstrap settings, with the boundary each rule accepts.
 */
class AgreementValidationRulesTest {
  private static final Code MONEY = Code.of(ElementId.parse("customer.money"), Side.IN);

  private static CodedStatement statement(String id, String subject, String text) {
    return CodedStatement.builder().id(id).subject(subject).text(text).addCodes(MONEY).build();
  }

  @Test
  void aCodedStatementNeedsTrimmedIdSubjectAndText() {
    rejected("CodedStatement s1 : id must not start or end with white space, got 's1 '",
        () -> statement("s1 ", "p1", "I pay every month"));
    rejected("CodedStatement: subject must not be blank, got ' '",
        () -> CodedStatement.builder().subject(" ").text("I pay").addCodes(MONEY).build());
    rejected("CodedStatement s1: text must not start or end with white space, "
        + "got ' I pay every month'", () -> statement("s1", "p1", " I pay every month"));
    assertEquals("s1", statement("s1", "p1", "I pay").id().orElseThrow());
  }

  @Test
  void aCodingNeedsATrimmedCoderAndDistinctStatementIds() {
    rejected("Coding: coder must not be blank, got ''",
        () -> Coding.of("", List.of(statement("s1", "p1", "I pay"))));
    rejected("Coding A: statements must have distinct ids, got 's1'",
        () -> Coding.of("A", List.of(statement("s1", "p1", "I pay"),
            statement("s1", "p2", "I pay"))));
    assertEquals(2, Coding.of("A", List.of(statement("s1", "p1", "I pay"),
        statement("s2", "p1", "I pay"))).statements().size());
  }

  @Test
  void aRatedUnitAndItsCodersNeedTrimmedNames() {
    rejected("RatedUnit: id must not be blank, got ' '", () -> RatedUnit.of(" ", Map.of("A", 1)));
    rejected("ReliabilityData: coders must not start or end with white space, got 'B '",
        () -> ReliabilityData.<Integer>builder().addCoders("A", "B ")
            .addUnits(RatedUnit.of("u1", Map.of("A", 1))).build());
  }

  private static Estimate estimate(double value, double lower, double upper, int units,
      int replicates) {
    return Estimate.builder().value(value).lower(lower).upper(upper).units(units)
        .replicates(replicates).build();
  }

  @Test
  void anEstimateIsAtMostOneWithOrderedFiniteBoundsAndCounts() {
    rejected("Estimate: value must be a finite number at most 1, got 1.01",
        () -> estimate(1.01, 0.6, 0.8, 12, 1000));
    rejected("Estimate: value must be a finite number at most 1, got NaN",
        () -> estimate(Double.NaN, 0.6, 0.8, 12, 1000));
    rejected("Estimate: lower must be finite and at most upper 0.8, got 0.9",
        () -> estimate(0.7, 0.9, 0.8, 12, 1000));
    rejected("Estimate: upper must be finite, got Infinity",
        () -> estimate(0.7, 0.6, Double.POSITIVE_INFINITY, 12, 1000));
    rejected("Estimate: units must be at least 1, got 0", () -> estimate(0.7, 0.6, 0.8, 0, 1000));
    rejected("Estimate: replicates must be at least 0, got -1",
        () -> estimate(0.7, 0.6, 0.8, 12, -1));
    Estimate edge = estimate(1.0, 0.8, 0.8, 1, 0);
    assertEquals(1.0, edge.value());
    assertEquals(0, edge.replicates());
  }

  @Test
  void aBootstrapDrawsFromOneHundredToAMillionReplicates() {
    rejected("Bootstrap: replicates must be from 100 to 1000000, got 99",
        () -> Bootstrap.of(99, 1));
    rejected("Bootstrap: replicates must be from 100 to 1000000, got 1000001",
        () -> Bootstrap.of(1_000_001, 1));
    assertEquals(100, Bootstrap.of(100, 1).replicates());
    assertEquals(1_000_000, Bootstrap.of(1_000_000, 1).replicates());
  }

  @Test
  void aCodeReadsAnElementAloneOrWithItsSide() {
    assertEquals(Code.of(ElementId.parse("customer.money")), Code.parse("customer.money"));
    assertEquals(MONEY, Code.parse("customer.money in"));
    rejected("Code: side must be in or out, got 'inside'",
        () -> Code.parse("customer.money inside"));
  }
}
