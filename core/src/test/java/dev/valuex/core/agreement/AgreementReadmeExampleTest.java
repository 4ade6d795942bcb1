package dev.valuex.core.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.valuex.core.ElementId;
import dev.valuex.core.Side;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the sample of the README's "Agreement between coders" section as written. */
class AgreementReadmeExampleTest {
  @Test
  void readmeSampleRuns() {
    PrintStream console = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    AgreementReport report;
    try {
      report = sample();
    } finally {
      System.setOut(console);
    }
    // po = 2/3, pe = 1/9 + 1/9 = 2/9, kappa = (4/9) / (7/9) = 4/7
    assertEquals(4.0 / 7, report.cohensKappa().orElseThrow().value(), 1e-12);
    String printed = captured.toString(StandardCharsets.UTF_8);
    assertEquals("P08: Queueing at the desk eats my lunch break {researcher-1=[customer.time"
        + " in], researcher-2=[customer.patience in]}" + System.lineSeparator(),
        printed.substring(printed.indexOf(System.lineSeparator())
            + System.lineSeparator().length()));
  }

  private static AgreementReport sample() {
    // As in the README:
    Code money = Code.of(ElementId.parse("customer.money"), Side.IN);
    Code time = Code.of(ElementId.parse("customer.time"), Side.IN);
    Code savings = Code.of(ElementId.parse("customer.savings"), Side.OUT);
    Coding first = Coding.of("researcher-1", List.of(
        CodedStatement.builder().subject("P07").text("I pay a yearly fee")
            .addCodes(money).build(),
        CodedStatement.builder().subject("P07").text("I always look around for the best deal")
            .addCodes(savings).build(),
        CodedStatement.builder().subject("P08").text("Queueing at the desk eats my lunch break")
            .addCodes(time).build()));
    Coding second = Coding.of("researcher-2", List.of(
        CodedStatement.builder().subject("P07").text("I pay a yearly fee")
            .addCodes(money).build(),
        CodedStatement.builder().subject("P07").text("I always look around for the best deal")
            .addCodes(savings).build(),
        CodedStatement.builder().subject("P08").text("Queueing at the desk eats my lunch break")
            .addCodes(Code.of(ElementId.parse("customer.patience"), Side.IN)).build()));
    AgreementReport report = AgreementReport.of(List.of(first, second),
        AgreementOptions.defaults());
    System.out.println("kappa " + report.cohensKappa().orElseThrow());
    for (MatchedStatement s : report.disagreements()) {
      System.out.println(s.key() + " " + s.codes());
    }
    return report;
  }
}
