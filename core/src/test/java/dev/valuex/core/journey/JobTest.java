package dev.valuex.core.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.valuex.core.ElementId;
import dev.valuex.core.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobTest {

  @Test
  void aJobKeepsTheCustomersWordsChallengesBenefitsAndElements() {
    Job job = Job.builder().statement("keep my family's photos safe")
        .kind(Characteristic.EMOTIONAL).addChallenges("I never remember to back up")
        .addBenefits("peace of mind").addElements(ElementId.parse("customer.reduces-anxiety"))
        .build();
    assertEquals(Characteristic.EMOTIONAL, job.kind());
    assertEquals(List.of("I never remember to back up"), job.challenges());
    assertEquals(List.of(ElementId.parse("customer.reduces-anxiety")),
        job.elements().asList());
  }

  @Test
  void aBlankChallengeIsRejectedNamingTheJob() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Job.builder()
        .statement("get to work on time").kind(Characteristic.FUNCTIONAL).addChallenges(" ")
        .build());
    assertEquals("Job 'get to work on time': challenges must not be blank, got ' '",
        e.getMessage());
  }

  @Test
  void aFunctionThatHandsOffToItselfIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () ->
        OrganisationFunction.builder().name("Sales").addHandsOffTo("Sales").build());
    assertEquals("OrganisationFunction Sales: handsOffTo must name other functions, got 'Sales'",
        e.getMessage());
  }

  @Test
  void aTouchpointWithABlankChannelIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () ->
        Touchpoint.builder().id("t1").stage("Use").channel("").characteristic(
            Characteristic.SOCIAL).build());
    assertEquals("Touchpoint t1: channel must not be blank, got ''", e.getMessage());
  }
}
