package dev.valuex.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.valuex.core.Problem;
import dev.valuex.json.internal.Fields;
import dev.valuex.json.internal.Problems;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldsTest {
  @Test
  void unknownFieldIsFoundEvenWhenAKnownFieldIsReadTwice() throws Exception {
    Problems problems = new Problems(false);
    Fields f = Fields.of(new ObjectMapper().readTree("{\"a\":\"x\",\"b\":1}"), "/o", problems,
        "an object").orElseThrow();
    f.text("a", true);
    f.text("a", true);
    assertEquals(Optional.empty(), f.build(() -> "built"));
    assertEquals(List.of(Problem.at("/o/b", "must be a field of an object, got unknown field")),
        problems.list());
  }
}
